package org.coopbrief.partitioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** What each partitioning mode does to the settings before the context starts, and the requests' wire form. */
class PartitioningEnvironmentTest {

    private static StandardEnvironment prepared(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        new PartitioningEnvironment().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void localModeLeavesOutJmsAndArtemisSoNoBrokerIsNeededOrStarted() {
        StandardEnvironment local = prepared(Map.of("spring.autoconfigure.exclude", "com.example.Other"));

        assertThat(local.getProperty("spring.autoconfigure.exclude"))
                .contains(
                        "com.example.Other",
                        "org.springframework.boot.artemis.autoconfigure.ArtemisAutoConfiguration",
                        "org.springframework.boot.jms.autoconfigure.JmsAutoConfiguration");
        assertThat(local.getProperty("spring.artemis.mode")).isNull();
        assertThat(prepared(Map.of()).getProperty("spring.autoconfigure.exclude"))
                .as("the default is local")
                .contains("ArtemisAutoConfiguration");
    }

    @Test
    void remoteModeOnPostgresqlConnectsToTheConfiguredBroker() {
        StandardEnvironment remote = prepared(Map.of(
                "coopbrief.partitioning", "remote", "spring.datasource.url", "jdbc:postgresql://db:5432/coopbrief"));

        assertThat(remote.getProperty("spring.autoconfigure.exclude")).isNull();
        assertThat(remote.getProperty("spring.artemis.mode")).isEqualTo("native");
    }

    @Test
    void remoteModeRefusesTheEmbeddedH2Database() {
        assertThatThrownBy(() -> prepared(Map.of(
                        "coopbrief.partitioning", "remote", "spring.datasource.url", "jdbc:h2:file:/x/coopbrief")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PostgreSQL")
                .hasMessageContaining("jdbc:h2:file:/x/coopbrief");
        assertThatThrownBy(() -> prepared(Map.of("coopbrief.partitioning", "remote")))
                .as("no URL: Spring Boot would make an in-memory database")
                .hasMessageContaining("H2");
    }

    @Test
    void aRequestTravelsAsItsStepNameAndStepExecutionId() {
        String text = PartitionRequests.encode(new StepExecutionRequest("write-partner-briefing", 42));

        assertThat(text).isEqualTo("write-partner-briefing 42");
        StepExecutionRequest back = PartitionRequests.decode(text);
        assertThat(back.getStepName()).isEqualTo("write-partner-briefing");
        assertThat(back.getStepExecutionId()).isEqualTo(42L);
        assertThatThrownBy(() -> PartitionRequests.decode("rm -rf /")).isInstanceOf(IllegalArgumentException.class);
    }
}
