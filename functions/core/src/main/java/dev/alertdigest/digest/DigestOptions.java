package dev.alertdigest.digest;

import dev.alertdigest.assess.Tier;
import java.util.Objects;

/**
 * @param minimumTier stories below it stay out of the digest (and out of its threats-over section)
 * @param maxStories  stories listed at most; the rest are counted, not listed
 * @param productName the name subjects and SMS start with
 */
public record DigestOptions(Tier minimumTier, int maxStories, String productName) {

    public DigestOptions {
        Objects.requireNonNull(minimumTier, "minimumTier");
        if (maxStories < 1) {
            throw new IllegalArgumentException("maxStories must be at least 1");
        }
        productName = productName == null || productName.isBlank() ? "alertdigest" : MatchKeys.oneLine(productName);
    }

    public static DigestOptions defaults() {
        return new DigestOptions(Tier.ELEVATED, 10, "alertdigest");
    }
}
