package dev.alertdigest.function.digest;

import dev.alertdigest.assess.Tier;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The digest function's configuration, read once from its environment.
 *
 * @param settle      how long after an assessment's time the digest waits before it counts it (score invocations
 *                    still running when the schedule fires must not write into a window already sent)
 * @param firstWindow how far back the very first digest looks
 * @param lease       how long a claimed window is held before another run may take it over
 */
public record DigestSettings(String tableName, String topicArn, Tier minTier, int maxStories, Duration settle,
                             Duration firstWindow, Duration lease) {

    /** Every variable this function reads: template.yaml must set exactly these (a test checks). */
    public static final Set<String> ENVIRONMENT = Set.of("TABLE_NAME", "TOPIC_ARN", "DIGEST_MIN_TIER",
            "DIGEST_MAX_STORIES", "DIGEST_SETTLE_SECONDS", "DIGEST_FIRST_WINDOW_HOURS");

    public static DigestSettings fromEnvironment(Map<String, String> env) {
        return new DigestSettings(
                required(env, "TABLE_NAME", "the alert table's name"),
                required(env, "TOPIC_ARN", "the alert topic's ARN"),
                tier(env.getOrDefault("DIGEST_MIN_TIER", "ELEVATED")),
                (int) number(env, "DIGEST_MAX_STORIES", 20),
                Duration.ofSeconds(number(env, "DIGEST_SETTLE_SECONDS", 120)),
                Duration.ofHours(number(env, "DIGEST_FIRST_WINDOW_HOURS", 24)),
                Duration.ofMinutes(5));
    }

    static String required(Map<String, String> env, String name, String what) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: the digest function needs " + what);
        }
        return value;
    }

    static Tier tier(String value) {
        try {
            return Tier.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("DIGEST_MIN_TIER must be BACKGROUND, ELEVATED, SPECIFIC or IMMINENT, not " + value, e);
        }
    }

    static long number(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalStateException(name + " must be a whole number of zero or more, got '" + value + "'");
    }
}
