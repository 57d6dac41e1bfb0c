package dev.alertdigest.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The folder run writes its outputs to. Made ready before the stack starts, so a wrong --out costs nothing, and
 * cleared of what an earlier run wrote there: a delivery file left from that run would read as sent by this one.
 * Only the files run writes are removed; anything else in the folder is the user's.
 */
final class OutputFolder {

    static final String DIGEST = "digest.json";
    static final String EMAIL = "email.txt";
    static final String SMS = "sms.txt";
    static final String REJECTED = "rejected.json";
    static final String DELIVERIES = "deliveries";

    /** Everything run writes into the folder, and so everything it clears there first. */
    static final List<String> OWNED = List.of(DIGEST, EMAIL, SMS, REJECTED, DELIVERIES);

    private OutputFolder() {
    }

    static Path prepare(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageError("--out " + out + " is a file, not a folder;"
                    + " name a folder (run creates it if missing)");
        }
        try {
            Files.createDirectories(out);
            for (String name : OWNED) {
                deleteTree(out.resolve(name));
            }
            return out;
        } catch (IOException e) {
            throw new UsageError("cannot prepare --out " + out + ": " + IoErrors.describe(e)
                    + "; name a folder you can write to");
        }
    }

    /** Deletes a file or a directory with everything in it; a symbolic link is removed, never what it points to. */
    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
