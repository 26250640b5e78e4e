package org.coopbrief.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class RunInfoTest {

    private final Path home = Path.of("/srv/coopbrief");

    @Test
    void aFolderInsideTheProjectIsRecordedRelativeToIt() {
        assertThat(RunInfo.relative(home, "/srv/coopbrief/input")).isEqualTo("input");
        assertThat(RunInfo.relative(home, "/srv/coopbrief/data/in")).isEqualTo("data/in");
        assertThat(RunInfo.relative(home, "input")).isEqualTo("input");
    }

    @Test
    void aFolderOutsideTheProjectIsRecordedByItsNameAloneWhateverTheHome() {
        assertThat(RunInfo.relative(home, "/tmp/junit-1/input")).isEqualTo("input");
        assertThat(RunInfo.relative(Path.of("/tmp/other/home"), "/tmp/junit-1/input"))
                .isEqualTo("input");
    }
}
