package org.coopbrief.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coopbrief.system.CoopbriefProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFoldersTest {

    @TempDir
    Path home;

    private RunFolders folders(int keep) {
        return new RunFolders(CoopbriefProperties.defaults(home.toString()), keep);
    }

    private Path completeRun(RunFolders folders, long id) throws Exception {
        Path run = folders.runFolder("2020", id);
        folders.writeAtomically(run.resolve(RunFolders.MANIFEST), f -> Files.writeString(f, "{}"));
        return run;
    }

    @Test
    void retentionKeepsTheNewestCompleteRunsAndEveryIncompleteOne() throws Exception {
        RunFolders folders = folders(2);
        for (long id = 1; id <= 4; id++) {
            completeRun(folders, id);
        }
        Path incomplete = folders.runFolder("2020", 5);
        folders.markLatest("2020", 4);

        assertThat(folders.prune("2020"))
                .extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("1", "2");

        assertThat(home.resolve("reports/2020/1")).doesNotExist();
        assertThat(home.resolve("reports/2020/3")).exists();
        assertThat(home.resolve("reports/2020/4")).exists();
        assertThat(incomplete).exists();
        assertThat(Files.readSymbolicLink(home.resolve("reports/2020/latest"))).isEqualTo(Path.of("4"));
    }

    @Test
    void keepZeroKeepsEverything() throws Exception {
        RunFolders folders = folders(0);
        completeRun(folders, 1);
        completeRun(folders, 2);
        assertThat(folders.prune("2020")).isEmpty();
        assertThat(home.resolve("reports/2020/1")).exists();
        assertThat(home.resolve("reports/2020/2")).exists();
    }

    @Test
    void atomicWritesLeaveNoTemporaryFileBehindAndReplaceTheLatestLink() throws Exception {
        RunFolders folders = folders(10);
        Path run = completeRun(folders, 7);
        folders.markLatest("2020", 7);
        completeRun(folders, 8);
        folders.markLatest("2020", 8);
        try (var files = Files.list(run)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("manifest.json");
        }
        assertThat(Files.readSymbolicLink(home.resolve("reports/2020/latest"))).isEqualTo(Path.of("8"));
    }

    @Test
    void retentionKeepsTheRunLatestPointsAtHoweverManyAdHocRunsCameAfterIt() throws Exception {
        RunFolders folders = folders(2);
        completeRun(folders, 1);
        folders.markLatest("2020", 1);
        for (long id = 2; id <= 4; id++) {
            completeRun(folders, id); // ad-hoc runs: no link moved
        }

        assertThat(folders.prune("2020"))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("2");

        assertThat(home.resolve("reports/2020/1/manifest.json")).exists();
        assertThat(home.resolve("reports/2020/latest/manifest.json")).exists();
    }

    @Test
    void aWriteThatFailsNamesTheFileAndTheCauseAndLeavesNeitherTheFileNorItsTemporary() throws Exception {
        RunFolders folders = folders(10);
        Path run = folders.runFolder("2020", 3);
        Path target = run.resolve("coopbrief-2020.xlsx");

        assertThatThrownBy(() -> folders.writeAtomically(target, tmp -> {
                    Files.writeString(tmp, "half a workbook");
                    throw new AccessDeniedException(tmp.toString());
                }))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot write " + target + ": permission denied (");

        try (var files = Files.list(run)) {
            assertThat(files).isEmpty();
        }
    }
}
