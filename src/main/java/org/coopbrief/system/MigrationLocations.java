package org.coopbrief.system;

import java.util.Arrays;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Resolves {@code {database}} in {@code spring.flyway.locations} (h2, postgresql) from the JDBC URL.
 * Spring Boot's own {@code {vendor}} asks a live connection, which would open (and create) the H2
 * file before {@link SchemaMigration} has decided how to build or upgrade it.
 */
@Component
class MigrationLocations implements FlywayConfigurationCustomizer {

    static final String PLACEHOLDER = "{database}";

    private final String database;

    MigrationLocations(DataSourceProperties dataSource) {
        this.database = DatabaseDriver.fromJdbcUrl(dataSource.getUrl()).getId();
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.locations(Arrays.stream(configuration.getLocations())
                .map(Location::getDescriptor)
                .map(l -> l.replace(PLACEHOLDER, database))
                .toArray(String[]::new));
    }
}
