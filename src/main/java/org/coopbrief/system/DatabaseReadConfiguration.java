package org.coopbrief.system;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The context of a command that only reads the database ({@code history}) when its schema is
 * already this build's ({@link SchemaCheck}): the data source, the run lock and the job
 * repository's tables read with plain JDBC; no schema migration (Flyway is not even set up), no
 * Spring Batch, no jobs. Otherwise the command opens {@link DatabaseConfiguration}, which migrates.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
@EnableConfigurationProperties(CoopbriefProperties.class)
@Import({
    SchemaCheck.class,
    NoMessages.class,
    RunLock.class,
    RunHistory.class,
    SharedDatabaseHandoff.class,
    AbandonedRuns.class
})
public class DatabaseReadConfiguration {}
