package dev.alertdigest.cli;

import dev.alertdigest.stack.Subscription;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The subscriptions --subscriptions names, or the bundled ones: read before the stack starts. */
final class SubscriptionsFile {

    private static final String REMEDY = "fix the file (a JSON array of {name, protocol: email|sms, filterPolicy}),"
            + " or leave --subscriptions out for the default subscriptions";

    private SubscriptionsFile() {
    }

    static List<Subscription> read(Path file) {
        if (file == null) {
            return Subscription.defaults();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Subscription.read(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageError("--subscriptions " + file + ": " + IoErrors.describe(e) + "; " + REMEDY);
        }
    }
}
