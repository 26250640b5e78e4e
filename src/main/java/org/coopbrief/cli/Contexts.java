package org.coopbrief.cli;

import org.coopbrief.CoopbriefApplication;
import org.coopbrief.delivery.DeliveryStatusConfiguration;
import org.coopbrief.partitioning.Worker;
import org.coopbrief.system.CoopbriefProperties;
import org.coopbrief.system.DatabaseConfiguration;
import org.coopbrief.system.DatabaseReadConfiguration;
import org.coopbrief.system.SchemaCheck;
import org.coopbrief.system.SettingsCheck;
import org.coopbrief.system.SharedDatabaseHandoff;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where a command gets its Spring context: a fresh one it closes afterwards (the command line),
 * or the long-lived one of the scheduler, which it must leave open.
 */
interface Contexts {

    /** @throws ConfigurationException when the context cannot start (a setting, the database) */
    ConfigurableApplicationContext open();

    void release(ConfigurableApplicationContext context);

    /** The whole application: the jobs, Spring Batch, the database. */
    Contexts STANDALONE = standalone(CoopbriefApplication.class);

    /** Only the database (data source, schema migration, run lock, plain JDBC): for {@code history}. */
    Contexts DATABASE = standalone(DatabaseConfiguration.class, DeliveryStatusConfiguration.class);

    /**
     * Only the database, read as it is (data source, run lock, plain JDBC; no schema migration, not
     * even Flyway): for {@code history} when {@link SchemaCheck} finds the schema up to date.
     */
    Contexts DATABASE_READ = standalone(DatabaseReadConfiguration.class, DeliveryStatusConfiguration.class);

    /**
     * The whole application as a remote partitioning worker ({@code coopbrief worker}): in remote mode
     * whatever the settings say, with the worker's part, under this name.
     */
    static Contexts worker(String name) {
        return standalone(
                new Class<?>[] {CoopbriefApplication.class, Worker.configuration()},
                "--coopbrief.partitioning=" + CoopbriefProperties.REMOTE,
                "--" + Worker.NAME_PROPERTY + "=" + name);
    }

    private static Contexts standalone(Class<?>... configuration) {
        return standalone(configuration, new String[0]);
    }

    /** {@code args}: settings that win over every other source (as on Spring Boot's command line). */
    private static Contexts standalone(Class<?>[] configuration, String... args) {
        return new Contexts() {
            @Override
            public ConfigurableApplicationContext open() {
                try {
                    return new SpringApplicationBuilder(configuration)
                            .web(WebApplicationType.NONE)
                            .bannerMode(Banner.Mode.OFF)
                            .logStartupInfo(false)
                            .listeners(new SettingsCheck())
                            .run(args);
                } catch (RuntimeException e) {
                    throw new ConfigurationException(e);
                }
            }

            @Override
            public void release(ConfigurableApplicationContext context) {
                try (context) {
                    context.getBean(SharedDatabaseHandoff.class)
                            .awaitOtherProcesses(line -> System.err.println("coopbrief: " + line));
                }
            }
        };
    }

    static Contexts shared(ConfigurableApplicationContext context) {
        return new Contexts() {
            @Override
            public ConfigurableApplicationContext open() {
                return context;
            }

            @Override
            public void release(ConfigurableApplicationContext ignored) {
                // the owner closes it
            }
        };
    }

    /** What a command does with its context; returns the exit code. */
    interface Work {
        int run(ConfigurableApplicationContext context) throws Exception;
    }

    /** Opens a context, does the work, releases the context: the one way commands use Spring. */
    default int with(Work work) throws Exception {
        ConfigurableApplicationContext context = open();
        try {
            return work.run(context);
        } finally {
            release(context);
        }
    }
}
