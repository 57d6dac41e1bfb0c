package dev.alertdigest.cli;

import java.util.Map;

/** Environment the local stack sets on top of template.yaml's, and why. */
final class LocalRunOverrides {

    private LocalRunOverrides() {
    }

    static final Map<String, String> VALUES = Map.of(
            // locally every function runs to completion before the digest starts: no late writers to wait for
            "DIGEST_SETTLE_SECONDS", "0");

    /** The overrides as run's and serve's help state them. */
    static final String HELP = "The local functions run with DIGEST_SETTLE_SECONDS=0 (deployed, the default is 120):"
            + " here every function has finished before the digest runs, so it has no late writers to wait for.";
}
