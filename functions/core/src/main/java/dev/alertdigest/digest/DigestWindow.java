package dev.alertdigest.digest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The span of time one digest covers, [start, end).
 *
 * @param id derived from start and end ("20260302T000000Z-20260303T000000Z"): the same window always has the
 *           same id, so the lead can use it as the digest's idempotency key
 */
public record DigestWindow(Instant start, Instant end, String id) {

    private static final DateTimeFormatter COMPACT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public DigestWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("window must start before it ends: " + start + " .. " + end);
        }
        if (!idFor(start, end).equals(id)) {
            throw new IllegalArgumentException("window id must be derived from its start and end: " + id);
        }
    }

    public static DigestWindow of(Instant start, Instant end) {
        return new DigestWindow(start, end, idFor(start, end));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    private static String idFor(Instant start, Instant end) {
        return start == null || end == null ? null : COMPACT.format(start) + "-" + COMPACT.format(end);
    }
}
