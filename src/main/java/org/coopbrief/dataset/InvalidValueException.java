package org.coopbrief.dataset;

/** A text that is not a value of its kind: the English message, and the {@link Problem} for other languages. */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public InvalidValueException(String message, String key, Object... args) {
        super(message);
        this.problem = Problem.of(key, args);
    }

    public Problem problem() {
        return problem;
    }
}
