package dev.alertdigest.cli;

/**
 * A mistake in how a command was called (a path that does not exist, an unreadable option file, an output
 * folder that is a file): the command line prints it as one line on stderr and exits 2, with no stack trace and
 * no usage page, because the fix is in the arguments. The message says what is wrong and what to do.
 */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message);
    }
}
