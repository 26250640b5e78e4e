package org.coopbrief.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

class SchemaCheckTest {

    @Test
    void theLatestMigrationItKnowsIsTheNewestInTheMigrationFolders() throws Exception {
        Path root =
                Path.of(getClass().getClassLoader().getResource("db/migration").toURI());
        MigrationVersion newest;
        try (Stream<Path> files = Files.walk(root)) {
            newest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V[\\d_]+__.*\\.sql"))
                    .map(n -> MigrationVersion.fromVersion(n.substring(1, n.indexOf("__"))))
                    .max(MigrationVersion::compareTo)
                    .orElseThrow();
        }
        assertThat(SchemaCheck.LATEST_MIGRATION)
                .as("a migration was added: raise SchemaCheck.LATEST_MIGRATION with it")
                .isEqualTo(newest.getVersion());
    }
}
