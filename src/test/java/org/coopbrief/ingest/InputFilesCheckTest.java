package org.coopbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesCheckTest {

    @TempDir
    Path dir;

    private final InputFilesCheck check = new InputFilesCheck(new DatasetFiles(), 10_000);

    private Path fixture() throws IOException {
        return TestInputs.copyFixture(dir);
    }

    @Test
    void theFixtureHasNoProblems() throws IOException {
        assertThat(check.check(fixture())).isEmpty();
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path in = fixture();
        Files.delete(in.resolve("events.csv"));
        assertThat(check.check(in))
                .singleElement()
                .asString()
                .isEqualTo(in.resolve("events.csv")
                        + ": file is missing (every input file is required, even with no rows)");
    }

    @Test
    void anEmptyFileIsNamedWithTheExpectedHeader() throws IOException {
        Path in = fixture();
        Files.writeString(in.resolve("targets.csv"), "");
        assertThat(check.check(in))
                .singleElement()
                .asString()
                .startsWith(in.resolve("targets.csv") + ": file is empty (expected the header row id,reporter,");
    }

    @Test
    void aWrongHeaderShowsExpectedAndFound() throws IOException {
        Path in = fixture();
        Files.writeString(in.resolve("sources.csv"), "id,book,title\nB1-FN1,B1,x\n");
        assertThat(check.check(in))
                .singleElement()
                .asString()
                .startsWith(in.resolve("sources.csv") + ":1: header does not match: expected \"id,book,footnote,")
                .endsWith("found \"id,book,title\"");
    }

    @Test
    void aNonUtf8FileIsNamedWithTheLineOfTheBadByte() throws IOException {
        Path in = fixture();
        byte[] cp1251 =
                "code,name_en,name_ru,kind,parent,iso\nBY,Belarus,\u0411\u0435\u043b\u0430\u0440\u0443\u0441\u044c,country,,Y\n"
                        .getBytes("windows-1251");
        Files.write(in.resolve("entities.csv"), cp1251);
        assertThat(check.check(in))
                .singleElement()
                .asString()
                .isEqualTo(in.resolve("entities.csv") + ":2: not valid UTF-8 text (save the file as UTF-8)");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeReading() throws IOException {
        Path in = fixture();
        Files.writeString(in.resolve("figures.csv"), "x".repeat(10_001));
        assertThat(check.check(in))
                .singleElement()
                .asString()
                .isEqualTo(in.resolve("figures.csv")
                        + ": 10001 bytes is more than the limit of 10000 bytes (coopbrief.max-input-file-bytes)");
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        Path in = fixture();
        Files.writeString(in.resolve("events.csv"), "\uFEFF" + Files.readString(in.resolve("events.csv")));
        assertThat(check.check(in)).isEmpty();
    }

    @Test
    void aMissingFolderIsOneProblem() {
        assertThat(check.check(dir.resolve("nope")))
                .containsExactly(dir.resolve("nope") + ": input directory does not exist");
    }
}
