package org.coopbrief.system;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;

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
public class DatabaseConfiguration {

    /** Spring Boot's bean name for its Flyway (FlywayAutoConfiguration). */
    static final String FLYWAY_BEAN = "flyway";

    private static final String INITIALIZER_BEAN = "flywayInitializer";

    /**
     * Spring Boot's initializer (the job repository and every other database user wait for it), given
     * Flyway lazily: {@link SchemaMigration} sets Flyway up only when the schema is not already this
     * build's, so a start on an up-to-date database (every run after the first) skips Flyway's
     * configuration, plugins and their Jackson (about a tenth of the context's start-up).
     */
    @Bean(INITIALIZER_BEAN)
    FlywayMigrationInitializer flywayInitializer(@Lazy Flyway flyway, SchemaMigration migration) {
        return new FlywayMigrationInitializer(flyway, migration);
    }

    /**
     * Without this, the context would make Flyway at start-up anyway: it is a singleton, and Spring Boot
     * makes every database user depend on it by name as well as on the initializer. The initializer
     * alone keeps them waiting for the migration (it makes Flyway when it migrates), so that second
     * dependency goes. Runs after Spring Boot's (an unordered post-processor runs after ordered ones).
     */
    @Bean
    static BeanFactoryPostProcessor lazyFlyway() {
        return beanFactory -> {
            if (!beanFactory.containsBeanDefinition(FLYWAY_BEAN)
                    || !beanFactory.containsBeanDefinition(INITIALIZER_BEAN)) {
                return;
            }
            beanFactory.getBeanDefinition(FLYWAY_BEAN).setLazyInit(true);
            for (String name : beanFactory.getBeanDefinitionNames()) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                String[] dependsOn = definition.getDependsOn();
                if (dependsOn != null && Arrays.asList(dependsOn).contains(FLYWAY_BEAN)) {
                    definition.setDependsOn(Arrays.stream(dependsOn)
                            .filter(bean -> !bean.equals(FLYWAY_BEAN))
                            .toArray(String[]::new));
                }
            }
        };
    }
}
