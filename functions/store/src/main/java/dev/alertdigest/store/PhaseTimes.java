package dev.alertdigest.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Milliseconds spent in each phase of one invocation, for its log line: when a run is slow, the log says whether
 * it was reading, grouping, writing or publishing. Not thread-safe; one per invocation.
 */
public final class PhaseTimes {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long since = System.nanoTime();

    /** Ends the phase running since the last mark (or since construction) under {@code name}. */
    public void mark(String name) {
        long now = System.nanoTime();
        millis.merge(name, (now - since) / 1_000_000, Long::sum);
        since = now;
    }

    void addTo(StructuredLog.Entry entry) {
        millis.forEach(entry::with);
    }
}
