package org.coopbrief.cli;

/** Turns exceptions into the one line a user needs. */
final class Messages {

    private Messages() {
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null ? t.getClass().getSimpleName() : message;
    }
}
