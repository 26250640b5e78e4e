package org.coopbrief.ingest;

/** A whole input file is unusable (missing, empty, not UTF-8, wrong header, too large): nothing is loaded. */
public class InputFileException extends RuntimeException {

    public InputFileException(String message) {
        super(message);
    }
}
