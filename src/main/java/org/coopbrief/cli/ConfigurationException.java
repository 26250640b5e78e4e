package org.coopbrief.cli;

/** The application context could not start: a setting or the database is wrong (exit 2). */
final class ConfigurationException extends RuntimeException {

    ConfigurationException(Throwable cause) {
        super("configuration error: " + ExitCode.message(cause), cause);
    }

    @Override
    public synchronized Throwable getCause() {
        return null; // the message already holds the cause's; keeps ExitCode.message from unwrapping it
    }
}
