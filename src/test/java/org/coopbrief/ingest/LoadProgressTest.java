package org.coopbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadProgressTest {

    @TempDir
    Path dir;

    private long records(String content) throws IOException {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return LoadProgress.records(file);
    }

    @Test
    void countsDataRecordsWithoutTheHeaderWithOrWithoutAFinalLineEnd() throws IOException {
        assertThat(records("id,name\nA,Alpha\nB,Beta\n")).isEqualTo(2);
        assertThat(records("id,name\nA,Alpha\nB,Beta")).isEqualTo(2);
        assertThat(records("id,name\n")).isZero();
    }

    @Test
    void blankLinesAndCarriageReturnsDoNotCountAndAStrayQuoteCannotSwallowTheRest() throws IOException {
        assertThat(records("id,note\r\nA,Минск\r\n\r\nB,it\"s\nC,x\n\n")).isEqualTo(3);
    }

    @Test
    void aMissingFileCountsNothing() {
        assertThat(LoadProgress.records(dir.resolve("absent.csv"))).isZero();
    }
}
