package dev.alertdigest.extract;

/**
 * The input cannot become an article (empty, binary, undecodable, too large, no text).
 * Not retryable: the same bytes fail the same way, so the caller records a rejection instead of retrying.
 */
public final class RejectedInputException extends Exception {

    /** Why, as a stable code a program can count on. */
    public enum Reason { EMPTY, TOO_LARGE, BINARY, UNDECODABLE, NO_TEXT }

    private final Reason reason;

    public RejectedInputException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
