package org.coopbrief.system;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the database already has the schema this build's migrations make, judged with one query
 * of Flyway's schema history and without Flyway itself (whose set-up, scan of the migrations and
 * validation take longer than the rest of a {@code history}): then a read-only command can use the
 * database as it is. Anything else (no database file, an upgrade that did not finish, a file that
 * does not look whole, a failed migration, an older or a newer schema, no schema history at all)
 * is left to {@link SchemaMigration}, which builds, upgrades or refuses it and says so. Never
 * creates the H2 file: it connects only when the file is there.
 */
@Component
public class SchemaCheck {

    /**
     * The newest migration in {@code db/migration} (its version, as Flyway writes it). {@code
     * SchemaCheckTest} fails when a migration is added and this is not raised with it.
     */
    static final String LATEST_MIGRATION = "11";

    private static final Logger log = LoggerFactory.getLogger(SchemaCheck.class);

    private final JdbcTemplate jdbc;
    private final Optional<H2DatabaseFile> h2;
    private final String database;
    private final String table;

    // the data source, not the context's JdbcTemplate: that one waits for the schema migration, which asks this
    SchemaCheck(
            DataSource dataSource,
            DataSourceProperties database,
            @Value("${spring.flyway.table:flyway_schema_history}") String table) {
        this.jdbc = new JdbcTemplate(dataSource);
        String url = database.getUrl() == null ? "" : database.getUrl();
        this.h2 = H2DatabaseFile.of(url);
        this.database = h2.map(db -> db.file().toString()).orElse(url.replaceFirst("[?;].*", ""));
        this.table = table;
    }

    /** True (and logs the start's one line on the database) when the schema is this build's, complete. */
    public boolean upToDate() {
        if (!current()) {
            return false;
        }
        log.info("Database {}: schema version {}, up to date", database, LATEST_MIGRATION);
        return true;
    }

    /** True when the schema is this build's, complete; says nothing. */
    boolean current() {
        if (h2.isPresent() && !looksWhole(h2.get())) {
            return false;
        }
        List<Applied> applied;
        try {
            applied = jdbc.query(
                    // Flyway makes the table and its columns with quoted lower-case names, on H2 as on PostgreSQL
                    "select \"version\", \"success\" from \"" + table + "\" where \"version\" is not null",
                    (rs, row) -> new Applied(rs.getString(1), rs.getBoolean(2)));
        } catch (DataAccessException noHistoryOrNoConnection) {
            return false;
        }
        if (applied.stream().anyMatch(a -> !a.success())) {
            return false;
        }
        Optional<MigrationVersion> current = applied.stream()
                .map(a -> MigrationVersion.fromVersion(a.version()))
                .max(MigrationVersion::compareTo);
        return current.isPresent() && current.get().equals(MigrationVersion.fromVersion(LATEST_MIGRATION));
    }

    /** There, whole by its header, and no upgrade left unfinished: the only H2 file this may open. */
    private static boolean looksWhole(H2DatabaseFile db) {
        if (!Files.isRegularFile(db.file()) || Files.exists(db.copy())) {
            return false;
        }
        try {
            return db.problem().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private record Applied(String version, boolean success) {}
}
