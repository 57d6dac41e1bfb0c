package dev.alertdigest.function.score;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import dev.alertdigest.article.Article;
import dev.alertdigest.assess.ThreatAssessment;
import dev.alertdigest.assess.ThreatAssessor;
import dev.alertdigest.assess.Tier;
import dev.alertdigest.digest.AssessedArticle;
import dev.alertdigest.digest.SyntheticArticles;
import dev.alertdigest.digest.TextFingerprint;
import dev.alertdigest.store.ArticleBucket;
import dev.alertdigest.store.AssessmentRecords;
import dev.alertdigest.store.AwsClients;
import dev.alertdigest.store.BucketLayout;
import dev.alertdigest.store.ParsedArticle;
import dev.alertdigest.store.Rejection;
import dev.alertdigest.store.SnapStartPriming;
import dev.alertdigest.store.StructuredLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crac.Core;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * S3 ObjectCreated under parsed/ → the threat assessment, stored with a conditional PutItem keyed by the
 * article's content hash: a replayed event, or the same article parsed twice, changes nothing. An assessment at
 * the flash tier then alerts its story at once ({@link FlashAlertPublisher}): also on a replay, since the
 * invocation that stored the assessment may have died before it alerted; the flash ledger keeps that to once.
 *
 * <p>Environment: {@code TABLE_NAME} (required), {@code RETENTION_DAYS} (default 30: the assessment's TTL),
 * {@code TOPIC_ARN} (flash alerts; unset turns them off), {@code FLASH_TIER} (default IMMINENT, or NONE).
 */
public final class ScoreHandler implements RequestHandler<S3Event, Void>, SnapStartPriming {

    /** Enough articles for the JIT to compile the assessor's hot paths, few enough to take well under a second. */
    private static final int PRIMING_ARTICLES = 300;

    private final S3Client s3;
    private final AssessmentRecords assessments;
    private final ThreatAssessor assessor;
    private final Duration retention;
    private final FlashAlertPublisher flashAlerts;
    private final Tier flashTier;
    private final Clock clock;

    /**
     * Lambda's constructor: clients built once per container, and a SnapStart hook that primes the function
     * before the snapshot (template.yaml enables SnapStart on published versions).
     */
    public ScoreHandler() {
        this(AwsClients.s3(), AwsClients.dynamoDb(), AwsClients.sns(), ScoreSettings.fromEnvironment(System.getenv()),
                Clock.systemUTC());
        Core.getGlobalContext().register(this);
    }

    public ScoreHandler(S3Client s3, DynamoDbClient dynamoDb, SnsClient sns, ScoreSettings settings, Clock clock) {
        this.s3 = s3;
        this.assessments = new AssessmentRecords(dynamoDb, settings.tableName());
        this.assessor = settings.assessor();
        this.retention = settings.retention();
        this.flashAlerts = settings.flashEnabled()
                ? new FlashAlertPublisher(dynamoDb, sns, settings.tableName(), settings.topicArn(), settings.flashTier())
                : null;
        this.flashTier = settings.flashEnabled() ? settings.flashTier() : null;
        this.clock = clock;
    }

    /**
     * Runs the function's own code on {@link SyntheticArticles#reportsForPriming made-up reports} (read the
     * parsed JSON, assess, fingerprint, map to the stored item and back, compose a flash alert) and a few
     * read-only requests, so that a snapshot taken afterwards holds that code loaded and compiled. Stores nothing
     * and sends nothing. Returns the articles assessed.
     */
    @Override
    public int prime() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<AssessedArticle> assessed = new ArrayList<>(PRIMING_ARTICLES);
        int n = 0;
        for (Article report : SyntheticArticles.reportsForPriming(PRIMING_ARTICLES)) {
            String id = String.format("%064x", n++);
            ParsedArticle parsed = ParsedArticle.fromJson(new ParsedArticle(id, "primed/" + id, report).toJson());
            assessed.add(new AssessedArticle(id, parsed.objectKey(), report.title(), report.source(), report.published(),
                    now, assessor.assess(parsed.article()), TextFingerprint.of(parsed.article())));
        }
        assessments.warmUp(assessed, now);
        if (flashAlerts != null) {
            flashAlerts.warmUp(assessed);
        }
        return assessed.size();
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        StructuredLog log = new StructuredLog(context);
        for (S3EventNotificationRecord record : event.getRecords()) {
            String key = record.getS3().getObject().getUrlDecodedKey();
            score(new ArticleBucket(s3, record.getS3().getBucket().getName()), key, log);
        }
        return null;
    }

    private void score(ArticleBucket bucket, String key, StructuredLog log) {
        if (!key.startsWith(BucketLayout.PARSED)) {
            log.warn("ignored: not a parsed article").with("key", key).log();
            return;
        }
        Optional<ParsedArticle> found;
        try {
            found = bucket.readParsed(key);
        } catch (IllegalArgumentException e) {
            bucket.writeRejection(new Rejection(key, "score", "MALFORMED",
                    "the parsed article is not readable: " + e.getMessage(), 0, clock.instant()));
            log.warn("rejected").with("key", key).with("reason", "MALFORMED").log();
            return;
        }
        if (found.isEmpty()) {
            log.warn("ignored: parsed article no longer exists").with("key", key).log();
            return;
        }
        ParsedArticle parsed = found.get();
        ThreatAssessment assessment;
        try {
            assessment = assessor.assess(parsed.article());
        } catch (RuntimeException | StackOverflowError e) {
            // deterministic for this article: record it rather than retry it forever
            bucket.writeRejection(new Rejection(parsed.objectKey(), "score", "ASSESSMENT_FAILED",
                    "the assessor failed on this article (" + e.getClass().getSimpleName() + "); report it", 0, clock.instant()));
            log.error("assessment failed").with("key", parsed.objectKey()).with("error", e.getClass().getName()).log();
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AssessedArticle assessed = new AssessedArticle(parsed.articleId(), parsed.objectKey(), parsed.article().title(),
                parsed.article().source(), parsed.article().published(), now, assessment,
                TextFingerprint.of(parsed.article()));
        boolean stored = assessments.putIfAbsent(assessed, retention);
        log.info(stored ? "assessed" : "already assessed").with("key", parsed.objectKey())
                .with("articleId", parsed.articleId()).with("score", assessment.score())
                .with("tier", assessment.tier().name()).log();
        if (flashAlerts != null && !assessment.allClear() && assessment.tier().level() >= flashTier.level()) {
            // a replay re-assesses to the same tier; the stored assessment is the one its story holds
            AssessedArticle held = stored ? assessed : assessments.get(parsed.articleId()).orElse(assessed);
            FlashAlertPublisher.Sent sent = flashAlerts.alertFor(held, now);
            log.info("flash alert " + sent.result().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .with("key", parsed.objectKey()).with("storyId", sent.storyId())
                    .with("messageId", sent.messageId()).log();
        }
    }
}
