package dev.alertdigest.function.score;

import dev.alertdigest.assess.ThreatAssessor;
import dev.alertdigest.assess.Tier;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The score function's configuration, read once from its environment, with errors that say what to set.
 *
 * @param topicArn  where flash alerts go; null turns flash alerts off (a local run without a topic)
 * @param flashTier the tier at which an assessment's story alerts at once; null turns flash alerts off
 */
public record ScoreSettings(String tableName, Duration retention, ThreatAssessor assessor, String topicArn,
                            Tier flashTier) {

    /** Every variable this function reads: template.yaml must set exactly these (a test checks). */
    public static final Set<String> ENVIRONMENT = Set.of("TABLE_NAME", "RETENTION_DAYS", "TOPIC_ARN", "FLASH_TIER");

    public ScoreSettings {
        if (topicArn != null && topicArn.isBlank()) {
            topicArn = null;
        }
    }

    /** Settings without flash alerts. */
    public static ScoreSettings withoutFlash(String tableName, Duration retention, ThreatAssessor assessor) {
        return new ScoreSettings(tableName, retention, assessor, null, null);
    }

    public boolean flashEnabled() {
        return topicArn != null && flashTier != null;
    }

    public static ScoreSettings fromEnvironment(Map<String, String> env) {
        String table = env.get("TABLE_NAME");
        if (table == null || table.isBlank()) {
            throw new IllegalStateException("TABLE_NAME is not set: the score function needs the alert table's name");
        }
        return new ScoreSettings(table, Duration.ofDays(positive(env, "RETENTION_DAYS", 30)),
                ThreatAssessor.withDefaults(), env.get("TOPIC_ARN"), flashTier(env.getOrDefault("FLASH_TIER", "IMMINENT")));
    }

    /** "IMMINENT" by default; "NONE" (or "OFF") turns flash alerts off. */
    static Tier flashTier(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT);
        if (name.equals("NONE") || name.equals("OFF")) {
            return null;
        }
        try {
            return Tier.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("FLASH_TIER must be ELEVATED, SPECIFIC, IMMINENT or NONE, not '" + value + "'", e);
        }
    }

    static long positive(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new IllegalStateException(name + " must be a positive whole number, got '" + value + "'");
    }
}
