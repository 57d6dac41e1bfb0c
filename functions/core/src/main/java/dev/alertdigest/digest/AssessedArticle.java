package dev.alertdigest.digest;

import dev.alertdigest.assess.ThreatAssessment;
import java.time.Instant;

/** What the store hands the digest: one assessed upload. (Interim: the digest domain work replaces this.) */
public record AssessedArticle(String articleId, String objectKey, String title, String source, String published,
                              Instant assessedAt, ThreatAssessment assessment, TextFingerprint fingerprint) {
}
