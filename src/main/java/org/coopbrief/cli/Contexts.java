package org.coopbrief.cli;

import org.coopbrief.system.SharedDatabaseHandoff;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where a command gets its Spring context: a fresh one it closes afterwards (the command line),
 * or the long-lived one of the scheduler, which it must leave open.
 */
interface Contexts {

    ConfigurableApplicationContext open();

    void release(ConfigurableApplicationContext context);

    Contexts STANDALONE = new Contexts() {
        @Override
        public ConfigurableApplicationContext open() {
            return ApplicationStarter.start();
        }

        @Override
        public void release(ConfigurableApplicationContext context) {
            try (context) {
                context.getBean(SharedDatabaseHandoff.class).awaitOtherProcesses(line -> System.err.println("coopbrief: " + line));
            }
        }
    };

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
}
