package org.coopbrief.partitioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopbrief.system.CoopbriefProperties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Prepares the settings for the partitioning mode, once they are read and before any bean exists (every
 * context: the command line's, the scheduler's, the tests'):
 *
 * <ul>
 *   <li>local (the default): Spring Boot's JMS and Artemis auto-configuration are excluded, so a run
 *       neither needs nor looks for a broker (and starts no embedded one where its classes are on the
 *       class path, as in the tests);
 *   <li>remote: Artemis connects to the broker of {@code spring.artemis.broker-url} ({@code native}
 *       mode unless set otherwise), and a database that only this machine can open (H2) is refused:
 *       the workers must share the manager's job repository.
 * </ul>
 *
 * A value other than local or remote is left to {@link org.coopbrief.system.SettingsCheck}, which
 * refuses it with the key's name.
 */
class PartitioningEnvironment implements EnvironmentPostProcessor, Ordered {

    static final List<String> JMS_AUTO_CONFIGURATION = List.of(
            "org.springframework.boot.artemis.autoconfigure.ArtemisAutoConfiguration",
            "org.springframework.boot.jms.autoconfigure.JmsAutoConfiguration",
            "org.springframework.boot.jms.autoconfigure.JndiConnectionFactoryAutoConfiguration",
            "org.springframework.boot.jms.autoconfigure.health.JmsHealthContributorAutoConfiguration");

    private static final String EXCLUDE = "spring.autoconfigure.exclude";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder binder = Binder.get(environment);
        String mode = binder.bind("coopbrief.partitioning", String.class).orElse(CoopbriefProperties.LOCAL);
        if (CoopbriefProperties.REMOTE.equals(mode)) {
            refuseH2(environment.getProperty("spring.datasource.url"));
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "coopbrief-remote-partitioning", Map.of("spring.artemis.mode", "native")));
        } else {
            List<String> excluded = new ArrayList<>(
                    binder.bind(EXCLUDE, Bindable.listOf(String.class)).orElse(List.of()));
            excluded.addAll(JMS_AUTO_CONFIGURATION);
            Map<String, Object> exclusion = new LinkedHashMap<>();
            exclusion.put(EXCLUDE, String.join(",", excluded));
            environment.getPropertySources().addFirst(new MapPropertySource("coopbrief-local-partitioning", exclusion));
        }
    }

    /** Workers on other machines cannot open this machine's H2 file, nor an in-memory database. */
    static void refuseH2(String url) {
        if (url == null || url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("coopbrief.partitioning=remote (and coopbrief worker) needs a database"
                    + " server that the manager and every worker share, PostgreSQL (SPRING_DATASOURCE_URL, with"
                    + " _USERNAME and _PASSWORD), not the embedded H2 database "
                    + (url == null ? "" : "(" + url + ") ")
                    + "that only this machine can open");
        }
    }

    /** After the configuration files are read (Boot's own processor runs first). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
