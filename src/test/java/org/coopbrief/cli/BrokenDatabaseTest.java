package org.coopbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database file that cannot be used stops the start with one line naming it and what to do, exit 2, untouched. */
class BrokenDatabaseTest {

    @TempDir
    Path home;

    @AfterEach
    void restoreProperties() {
        System.clearProperty("coopbrief.home");
        System.clearProperty("coopbrief.data-dir");
    }

    private String[] history() {
        System.setProperty("coopbrief.home", home.toString());
        System.setProperty("coopbrief.data-dir", home.resolve("data").toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "history");
        return new String[] {Integer.toString(code), err.toString()};
    }

    @Test
    void aTruncatedDatabaseExits2NamingTheFileAndIsLeftAsItWas() throws Exception {
        String[] created = history();
        assertThat(created[0]).as("positive control: a whole database opens").isEqualTo("0");
        Path file = home.resolve("data/coopbrief.mv.db");
        byte[] whole = Files.readAllBytes(file);
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2 + 100);
        Files.write(file, truncated);

        String[] result = history();

        assertThat(result[0]).isEqualTo(Integer.toString(ExitCode.USAGE));
        assertThat(result[1].strip().lines())
                .singleElement()
                .asString()
                .contains(file.toString(), "it is truncated", "Nothing was changed", "Restore it from a backup");
        assertThat(Files.readAllBytes(file)).isEqualTo(truncated);
    }

    @Test
    void aFileThatIsNotAnH2DatabaseExits2AndIsLeftAsItWas() throws Exception {
        Path file = home.resolve("data/coopbrief.mv.db");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "PK\u0003\u0004 a zip file where the database should be");
        byte[] before = Files.readAllBytes(file);

        String[] result = history();

        assertThat(result[0]).isEqualTo(Integer.toString(ExitCode.USAGE));
        assertThat(result[1]).contains(file + " cannot be used: it is not an H2 database file", "move it away");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("nothing written beside it")
                    .containsExactlyInAnyOrder("coopbrief.mv.db", ".coopbrief.migration.lock");
        }
    }
}
