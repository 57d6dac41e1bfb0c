package dev.alertdigest.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** A failure to read or write a file, in words for a person: what happened, on one line, no exception class. */
final class IoErrors {

    private IoErrors() {
    }

    static String describe(Exception e) {
        return switch (e) {
            case NoSuchFileException missing -> "no such file";
            case AccessDeniedException denied -> "permission denied";
            case FileAlreadyExistsException exists -> exists.getFile() + " already exists";
            // getReason is the operating system's words ("Not a directory"); getMessage repeats the path
            case FileSystemException fs when fs.getReason() != null -> fs.getReason();
            case JsonProcessingException json -> "not valid " + where(json.getLocation()) + ": "
                    + oneLine(json.getOriginalMessage());
            default -> oneLine(String.valueOf(e.getMessage()));
        };
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : "at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /**
     * A usage error is one line; parser messages span lines and repeat where they are: Jackson names the source
     * of a bracket it was matching, SnakeYAML names its reader and draws a caret under the column.
     */
    private static String oneLine(String message) {
        return message.replaceAll(" \\(start marker at \\[Source:[^\\]]*]\\)", "")
                .replaceAll("\\s*in 'reader', line \\d+, column \\d+:\\s*\\^\\s*", ": ")
                .replaceAll("\\s*\\R\\s*", " ")
                .replaceAll("[:\\s]+$", "")
                .strip();
    }
}
