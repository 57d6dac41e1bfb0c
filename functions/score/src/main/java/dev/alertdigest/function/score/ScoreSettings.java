package dev.alertdigest.function.score;

import dev.alertdigest.assess.ThreatAssessor;
import java.time.Duration;
import java.util.Map;

/** The score function's configuration, read once from its environment, with errors that say what to set. */
public record ScoreSettings(String tableName, Duration retention, ThreatAssessor assessor) {

    public static ScoreSettings fromEnvironment(Map<String, String> env) {
        String table = env.get("TABLE_NAME");
        if (table == null || table.isBlank()) {
            throw new IllegalStateException("TABLE_NAME is not set: the score function needs the alert table's name");
        }
        return new ScoreSettings(table, Duration.ofDays(positive(env, "RETENTION_DAYS", 30)), ThreatAssessor.withDefaults());
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
