package dev.alertdigest.cli;

import java.util.List;

/** The fictional sample articles `run` uses when given no PATH (under src/main/resources/samples/). */
final class BundledSamples {

    private BundledSamples() {
    }

    static final List<String> NAMES = List.of("lyon-market-threat.html", "lyon-market-warning.txt", "markets-rally.html");
}
