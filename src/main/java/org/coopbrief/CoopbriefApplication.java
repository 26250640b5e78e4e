package org.coopbrief;

import org.coopbrief.cli.Cli;
import org.coopbrief.system.CoopbriefProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** coopbrief: batch reports and exports on a country's international cooperation. */
@SpringBootApplication
@EnableConfigurationProperties(CoopbriefProperties.class)
public class CoopbriefApplication {

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
