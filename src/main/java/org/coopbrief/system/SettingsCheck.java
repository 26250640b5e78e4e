package org.coopbrief.system;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Reads the {@code coopbrief.*} settings as soon as they are known, before any bean exists: a bad
 * value (a reference template with an unknown placeholder, a negative retention) stops the command
 * before the database is opened or a folder is made. The context binds them again for its beans.
 */
public final class SettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        // the records' constructors check every value and throw with the key's name
        Binder.get(event.getEnvironment()).bindOrCreate("coopbrief", CoopbriefProperties.class);
    }
}
