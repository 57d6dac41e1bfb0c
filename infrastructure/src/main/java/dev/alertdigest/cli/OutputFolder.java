package dev.alertdigest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder run writes its outputs to: made ready before the stack starts, so a wrong --out costs nothing. */
final class OutputFolder {

    private OutputFolder() {
    }

    static Path prepare(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageError("--out " + out + " is a file, not a folder; name a folder (run creates it if missing)");
        }
        try {
            return Files.createDirectories(out);
        } catch (IOException e) {
            throw new UsageError("cannot create --out " + out + ": " + IoErrors.describe(e)
                    + "; name a folder you can write to");
        }
    }
}
