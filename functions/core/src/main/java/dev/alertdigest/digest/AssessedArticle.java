package dev.alertdigest.digest;

import dev.alertdigest.assess.ThreatAssessment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * One scored article as the store hands it to the digest.
 *
 * @param articleId   SHA-256 hex of the uploaded content: the same upload twice is the same article
 * @param objectKey   the uploaded S3 key
 * @param title       the article's title ("" when unknown)
 * @param source      the outlet, or null when the page does not say
 * @param published   the publication date as ISO-8601 (yyyy-MM-dd…), or null
 * @param assessedAt  when the score function assessed it: the digest's clock for this article
 * @param assessment  the score function's assessment
 * @param fingerprint the text's near-duplicate signature, computed at score time
 */
public record AssessedArticle(String articleId, String objectKey, String title, String source, String published,
                              Instant assessedAt, ThreatAssessment assessment, TextFingerprint fingerprint) {

    public AssessedArticle {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(assessedAt, "assessedAt");
        Objects.requireNonNull(assessment, "assessment");
        title = title == null ? "" : title.strip();
        source = source == null || source.isBlank() ? null : source.strip();
        published = published == null || published.isBlank() ? null : published.strip();
        fingerprint = fingerprint == null ? TextFingerprint.empty() : fingerprint;
    }

    /** The publication date when {@link #published} parses as one (only its first ten characters are read). */
    public Optional<LocalDate> publishedDate() {
        return parseDate(published);
    }

    /** The compact form a {@link Story} keeps of this article. */
    public ArticleRef ref() {
        return new ArticleRef(articleId, objectKey, title, source, published, assessedAt, assessment.score(),
                assessment.tier(), assessment.allClear(), fingerprint);
    }

    static Optional<LocalDate> parseDate(String iso) {
        if (iso == null || iso.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(iso.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
