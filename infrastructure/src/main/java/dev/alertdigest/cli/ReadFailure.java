package dev.alertdigest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why an input file could not be read: words for a person and a reason code a program can count on (the
 * parse function's codes cover what is wrong with the bytes; these cover not getting the bytes at all).
 * extract and assess print it in the input's place; run refuses to start with it.
 */
record ReadFailure(String error, String reason) {

    static ReadFailure of(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            // a link to nothing is found by a directory walk or named by the user, yet reads as missing
            return Files.isSymbolicLink(file)
                    ? new ReadFailure("broken symbolic link: its target " + target(file) + " does not exist",
                            "BROKEN_LINK")
                    : new ReadFailure("no such file", "NOT_FOUND");
        }
        return new ReadFailure("cannot read: " + IoErrors.describe(e), "UNREADABLE");
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "(unreadable)";
        }
    }
}
