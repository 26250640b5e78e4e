package org.coopbrief.system;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The context of a command that needs only the database ({@code history}) when its schema must be
 * built or upgraded first (a start builds or upgrades the database, whatever the command): {@link
 * DatabaseReadConfiguration} with the schema migration. No Spring Batch, no jobs. When a killed run
 * left an execution marked running ({@link AbandonedRuns}), the command opens the whole application
 * instead, which recovers it.
 */
@Configuration(proxyBeanMethods = false)
@Import({DatabaseReadConfiguration.class, SchemaMigration.class, MigrationLocations.class, MigrationFaultHook.class})
@ImportAutoConfiguration(FlywayAutoConfiguration.class)
public class DatabaseConfiguration {}
