package org.coopbrief.cli;

import org.coopbrief.CoopbriefApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring context a command needs (database, migrations, jobs); never runs a job by itself. */
final class ApplicationStarter {

    private ApplicationStarter() {
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CoopbriefApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run();
    }
}
