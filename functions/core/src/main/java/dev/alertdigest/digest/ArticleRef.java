package dev.alertdigest.digest;

import dev.alertdigest.assess.Tier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Story} keeps of each of its articles: enough to list it in a digest, to match later
 * articles against it (the fingerprint) and to place it in time, without the text or the full assessment.
 */
public record ArticleRef(String articleId, String objectKey, String title, String source, String published,
                         Instant assessedAt, int score, Tier tier, boolean allClear, TextFingerprint fingerprint) {

    public ArticleRef {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(assessedAt, "assessedAt");
        Objects.requireNonNull(tier, "tier");
        title = title == null ? "" : title;
        fingerprint = fingerprint == null ? TextFingerprint.empty() : fingerprint;
    }

    public Optional<LocalDate> publishedDate() {
        return AssessedArticle.parseDate(published);
    }
}
