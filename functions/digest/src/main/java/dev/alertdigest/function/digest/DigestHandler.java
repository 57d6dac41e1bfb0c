package dev.alertdigest.function.digest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.alertdigest.digest.AssessedArticle;
import dev.alertdigest.store.AlertMessage;
import dev.alertdigest.store.AlertTopic;
import dev.alertdigest.store.AssessmentRecords;
import dev.alertdigest.store.AwsClients;
import dev.alertdigest.store.DigestLedger;
import dev.alertdigest.store.StructuredLog;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * On a schedule: the assessments since the previous digest → one digest on the SNS topic, exactly once per
 * window (see {@link DigestLedger}). Returns a one-line JSON status for the invocation's log and callers.
 */
public final class DigestHandler implements RequestHandler<ScheduledEvent, String> {

    private final AssessmentRecords assessments;
    private final DigestLedger ledger;
    private final AlertTopic topic;
    private final DigestSettings settings;
    private final DigestComposition composition;
    private final Clock clock;

    /** Lambda's constructor: clients built once per container. */
    public DigestHandler() {
        this(AwsClients.dynamoDb(), AwsClients.sns(), DigestSettings.fromEnvironment(System.getenv()), Clock.systemUTC());
    }

    public DigestHandler(DynamoDbClient dynamoDb, SnsClient sns, DigestSettings settings, Clock clock) {
        this.assessments = new AssessmentRecords(dynamoDb, settings.tableName());
        this.ledger = new DigestLedger(dynamoDb, settings.tableName());
        this.topic = new AlertTopic(sns, settings.topicArn());
        this.settings = settings;
        this.composition = new DigestComposition(settings.minTier(), settings.maxStories());
        this.clock = clock;
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        StructuredLog log = new StructuredLog(context);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant end = now.minus(settings.settle());
        Instant start = ledger.cursor().orElse(end.minus(settings.firstWindow()));
        if (!start.isBefore(end)) {
            return status("nothing to do", start, end, 0);
        }
        Optional<DigestLedger.Claim> claimed = ledger.claim(start, end, now, settings.lease());
        if (claimed.isEmpty()) {
            log.info("window held by another run or already sent").with("windowStart", start.toString()).log();
            return status("skipped", start, end, 0);
        }
        DigestLedger.Claim claim = claimed.get();
        List<AssessedArticle> window = assessments.assessedBetween(claim.start(), claim.end());
        ComposedDigest digest = composition.compose(claim.start(), claim.end(), window);
        String messageId = null;
        if (digest.storyCount() > 0) {
            // a publish failure throws: the claim expires and the retry (or next schedule) sends this same window
            messageId = topic.publish(message(digest));
        }
        ledger.complete(claim, messageId == null ? "EMPTY" : "SENT", digest.storyCount(), messageId, now);
        log.info(messageId == null ? "empty window" : "digest sent")
                .with("windowStart", claim.start().toString()).with("windowEnd", claim.end().toString())
                .with("articles", window.size()).with("stories", digest.storyCount())
                .with("resumed", claim.resumed() ? "yes" : "no").log();
        return status(messageId == null ? "empty" : "sent", claim.start(), claim.end(), digest.storyCount());
    }

    private static AlertMessage message(ComposedDigest digest) {
        return new AlertMessage(digest.subject(), digest.json().toString(), digest.email(), digest.sms(),
                Map.of("tierLevel", (long) digest.highestTier().level(), "score", (long) digest.highestScore(),
                        "storyCount", (long) digest.storyCount()),
                Map.of("type", "digest", "tier", digest.highestTier().name()),
                Map.of("actors", digest.actors(), "places", digest.places()));
    }

    private static String status(String outcome, Instant start, Instant end, int stories) {
        return "{\"outcome\":\"" + outcome + "\",\"windowStart\":\"" + start + "\",\"windowEnd\":\"" + end
                + "\",\"stories\":" + stories + "}";
    }
}
