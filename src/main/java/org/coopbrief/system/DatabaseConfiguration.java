package org.coopbrief.system;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The context of a command that needs only the database ({@code history}): the data source, the
 * schema migration (a start builds or upgrades the database, whatever the command), the run lock
 * and the job repository's tables read with plain JDBC. No Spring Batch, no jobs: it starts in a
 * fraction of the application's time. When a killed run left an execution marked running
 * ({@link AbandonedRuns}), the command opens the whole application instead, which recovers it.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({
    DataSourceAutoConfiguration.class,
    JdbcTemplateAutoConfiguration.class,
    FlywayAutoConfiguration.class
})
@EnableConfigurationProperties(CoopbriefProperties.class)
@Import({
    SchemaMigration.class,
    MigrationLocations.class,
    MigrationFaultHook.class,
    RunLock.class,
    RunHistory.class,
    SharedDatabaseHandoff.class,
    AbandonedRuns.class
})
public class DatabaseConfiguration {}
