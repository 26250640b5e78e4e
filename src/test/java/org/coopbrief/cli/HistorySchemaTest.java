package org.coopbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** history on a schema this build did not make: one a newer coopbrief migrated further is named as such, and read. */
class HistorySchemaTest {

    @TempDir
    Path home;

    @AfterEach
    void restoreProperties() {
        System.clearProperty("coopbrief.home");
        System.clearProperty("coopbrief.data-dir");
    }

    private int history() {
        System.setProperty("coopbrief.home", home.toString());
        System.setProperty("coopbrief.data-dir", home.resolve("data").toString());
        return Cli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true), "history");
    }

    @Test
    void aSchemaANewerVersionMigratedFurtherIsSaidToBeNewerAndStillRead() throws Exception {
        assertThat(history()).as("positive control: the database is built").isZero();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/coopbrief"), "sa", "");
                Statement s = c.createStatement()) {
            s.executeUpdate("""
                    insert into "flyway_schema_history" ("installed_rank", "version", "description", "type",
                      "script", "checksum", "installed_by", "execution_time", "success")
                    values (1000, '99', 'future', 'SQL', 'V99__future.sql', 0, 'sa', 1, true)""");
        }

        assertThat(history()).isZero();

        assertThat(Files.readString(home.resolve("logs/coopbrief.log")))
                .containsPattern(
                        "schema version 99, newer than this coopbrief's \\([\\d.]+\\): made by a newer version of it");
    }
}
