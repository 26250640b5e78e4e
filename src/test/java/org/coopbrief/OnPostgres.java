package org.coopbrief;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * A {@link CoopbriefTest} whose context uses a real PostgreSQL instead of the in-memory H2: a
 * database of its own on the JVM's {@link EmbeddedPostgresServer}, given the way an operator gives
 * it ({@code spring.datasource.url}, user and password; everything else is the test profile). Put
 * on a subclass of an H2 test class, it runs the same tests on PostgreSQL. Its reports folder is the
 * class's own with {@code -postgres} added, so the two runs never share run folders.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = OnPostgres.Database.class)
public @interface OnPostgres {

    /** Points the context at a new database on the shared server. */
    final class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            EmbeddedPostgresServer.Database db = EmbeddedPostgresServer.newDatabase();
            String reports = context.getEnvironment().getProperty("coopbrief.reports-dir", "reports");
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "embedded-postgres",
                            Map.of(
                                    "spring.datasource.url",
                                    db.url(),
                                    "spring.datasource.username",
                                    db.user(),
                                    "spring.datasource.password",
                                    db.password(),
                                    // a handful is plenty for one test context; many contexts stay cached
                                    "spring.datasource.hikari.maximum-pool-size",
                                    "5",
                                    "coopbrief.reports-dir",
                                    reports + "-postgres")));
        }
    }
}
