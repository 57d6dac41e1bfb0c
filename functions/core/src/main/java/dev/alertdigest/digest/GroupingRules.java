package dev.alertdigest.digest;

import dev.alertdigest.assess.Tier;
import java.time.Duration;

/**
 * The knobs of story grouping and story lifetime.
 *
 * @param nearDuplicateSimilarity fingerprint similarity at or above which two texts are one report
 * @param eventWindow             how far apart in time two reports naming the same actor and place may be
 *                                and still be one event (compared on publication dates when both have one)
 * @param lifetime                how long an ELEVATED or higher story stays open after its last article
 * @param backgroundLifetime      the same for a BACKGROUND story: shorter, it is rarely worth tracking
 * @param corroborationBoost      score points a story gains from two or more distinct outlets
 * @param maxEvidence             evidence lines a story keeps
 */
public record GroupingRules(double nearDuplicateSimilarity, Duration eventWindow, Duration lifetime,
                            Duration backgroundLifetime, int corroborationBoost, int maxEvidence) {

    public GroupingRules {
        if (nearDuplicateSimilarity <= 0 || nearDuplicateSimilarity > 1) {
            throw new IllegalArgumentException("nearDuplicateSimilarity must be in (0, 1]");
        }
        if (corroborationBoost < 0 || maxEvidence < 0) {
            throw new IllegalArgumentException("corroborationBoost and maxEvidence must not be negative");
        }
    }

    public static GroupingRules defaults() {
        return new GroupingRules(0.5, Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(2), 5, 3);
    }

    public Duration lifetimeFor(Tier tier) {
        return tier == Tier.BACKGROUND ? backgroundLifetime : lifetime;
    }
}
