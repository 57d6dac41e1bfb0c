package dev.alertdigest.function.digest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.alertdigest.digest.AssessedArticle;
import dev.alertdigest.digest.Digest;
import dev.alertdigest.digest.DigestComposer;
import dev.alertdigest.digest.DigestOptions;
import dev.alertdigest.digest.DigestWindow;
import dev.alertdigest.digest.Story;
import dev.alertdigest.digest.StoryGrouper;
import dev.alertdigest.digest.StoryUpdate;
import dev.alertdigest.digest.SyntheticArticles;
import dev.alertdigest.store.AlertMessage;
import dev.alertdigest.store.AlertTopic;
import dev.alertdigest.store.AssessmentRecords;
import dev.alertdigest.store.AwsClients;
import dev.alertdigest.store.DigestLedger;
import dev.alertdigest.store.PhaseTimes;
import dev.alertdigest.store.SnapStartPriming;
import dev.alertdigest.store.StoryRecords;
import dev.alertdigest.store.StructuredLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crac.Core;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * On a schedule: the assessments since the previous digest are grouped into stories, and the stories active in
 * the window go out as one digest on the SNS topic, exactly once per window.
 *
 * <p>Order matters for retries. The window is claimed ({@link DigestLedger}); the stories are grouped and saved;
 * the digest is published; the window is completed. A crash or failed publish leaves the claim to expire and the
 * next run takes the same window again: grouping the same articles again changes no story (each article is held
 * once), so the retried digest is the same digest. Returns a one-line JSON status for the log and callers.
 */
public final class DigestHandler implements RequestHandler<ScheduledEvent, String>, SnapStartPriming {

    /** Enough articles for the JIT to compile the hot paths during priming, few enough to take well under a second. */
    private static final int PRIMING_ARTICLES = 2_000;

    private final AssessmentRecords assessments;
    private final StoryRecords stories;
    private final DigestLedger ledger;
    private final AlertTopic topic;
    private final DigestSettings settings;
    private final StoryGrouper grouper;
    private final DigestComposer composer;
    private final Clock clock;

    /**
     * Lambda's constructor: clients built once per container, and a SnapStart hook that primes the function
     * before the snapshot (template.yaml enables SnapStart on published versions).
     */
    public DigestHandler() {
        this(AwsClients.dynamoDb(), AwsClients.sns(), DigestSettings.fromEnvironment(System.getenv()), Clock.systemUTC());
        Core.getGlobalContext().register(this);
    }

    public DigestHandler(DynamoDbClient dynamoDb, SnsClient sns, DigestSettings settings, Clock clock) {
        this.assessments = new AssessmentRecords(dynamoDb, settings.tableName());
        this.stories = new StoryRecords(dynamoDb, settings.tableName());
        this.ledger = new DigestLedger(dynamoDb, settings.tableName());
        this.topic = new AlertTopic(sns, settings.topicArn());
        this.settings = settings;
        this.grouper = StoryGrouper.withDefaults();
        this.composer = new DigestComposer(new DigestOptions(settings.minTier(), settings.maxStories(), "alertdigest"));
        this.clock = clock;
    }

    /**
     * Runs the digest's own code on {@link SyntheticArticles} (map to items and back, group into stories, compose,
     * build the message) and one read-only Query, so that a snapshot taken afterwards holds that code loaded and
     * compiled. Claims no window, writes nothing and publishes nothing. Returns the stories composed.
     */
    @Override
    public int prime() {
        Instant end = clock.instant();
        List<AssessedArticle> articles = SyntheticArticles.forPriming(PRIMING_ARTICLES, end);
        assessments.warmUp(articles, end);
        StoryUpdate update = grouper.group(List.of(), articles);
        stories.warmUp(update.created());
        Digest digest = composer.compose(update.created(), DigestWindow.of(end.minus(Duration.ofHours(1)), end));
        if (!digest.isEmpty()) {
            message(digest, update.created());
        }
        return digest.storyCount();
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        StructuredLog log = new StructuredLog(context);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant end = now.minus(settings.settle());
        Instant start = ledger.cursorOrStartAt(end.minus(settings.firstWindow()));
        if (!start.isBefore(end)) {
            return status("nothing to do", start, end, 0);
        }
        Optional<DigestLedger.Claim> claimed = ledger.claim(start, end, now, settings.lease());
        if (claimed.isEmpty()) {
            log.info("window held by another run or already sent").with("windowStart", start.toString()).log();
            return status("skipped", start, end, 0);
        }
        DigestLedger.Claim claim = claimed.get();
        DigestWindow window = DigestWindow.of(claim.start(), claim.end());

        PhaseTimes times = new PhaseTimes();
        List<AssessedArticle> assessed = assessments.assessedBetween(window.start(), window.end());
        List<Story> known = stories.notExpiredBy(window.start());
        times.mark("readMs");
        StoryUpdate update = grouper.group(known, assessed);
        times.mark("groupMs");
        stories.saveAll(update.changed());
        times.mark("saveMs");
        List<Story> active = activeIn(window, known, update);
        Digest digest = composer.compose(active, window);
        times.mark("composeMs");
        String messageId = null;
        if (!digest.isEmpty()) {
            // a publish failure throws: the claim expires and the retry (or next schedule) sends this same window
            messageId = topic.publish(message(digest, active));
        }
        times.mark("publishMs");
        ledger.complete(claim, messageId == null ? "EMPTY" : "SENT", digest.storyCount(), messageId, now);
        log.info(messageId == null ? "empty window" : "digest sent")
                .with("windowStart", window.start().toString()).with("windowEnd", window.end().toString())
                .with("articles", assessed.size()).with("storiesCreated", update.created().size())
                .with("storiesUpdated", update.updated().size()).with("stories", digest.storyCount())
                .with("closed", digest.closedCount()).with("messageId", messageId)
                .with("resumed", claim.resumed() ? "yes" : "no").with(times).log();
        return status(messageId == null ? "empty" : "sent", window.start(), window.end(), digest.storyCount());
    }

    /**
     * The stories with an article assessed in the window (new or joined) or closed in it. Read from the stories
     * themselves, not from this run's changes, so that a retried window (whose grouping changes nothing) finds
     * the same stories.
     */
    static List<Story> activeIn(DigestWindow window, List<Story> known, StoryUpdate update) {
        Map<String, Story> latest = new LinkedHashMap<>();
        known.forEach(story -> latest.put(story.storyId(), story));
        update.changed().forEach(story -> latest.put(story.storyId(), story));
        List<Story> active = new ArrayList<>();
        for (Story story : latest.values()) {
            boolean reported = story.articles().stream().anyMatch(ref -> window.contains(ref.assessedAt()));
            boolean closed = story.closedAt() != null && window.contains(story.closedAt());
            if (reported || closed) {
                active.add(story);
            }
        }
        return active;
    }

    /**
     * The digest with attributes subscribers filter on. tierLevel is the highest tier among the stories it
     * reports, threats over included, so that whoever was alerted to a threat also hears that it is over.
     */
    private AlertMessage message(Digest digest, List<Story> active) {
        List<Story> reported = active.stream()
                .filter(story -> story.tier().level() >= settings.minTier().level()).toList();
        Set<String> actors = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        reported.forEach(story -> {
            actors.addAll(story.actors());
            places.addAll(story.places());
        });
        Story top = reported.stream().max(Comparator.comparingInt((Story s) -> s.tier().level())
                .thenComparingInt(Story::score)).orElseThrow();
        return new AlertMessage(digest.subject(), digest.json().toString(), digest.emailBody(), digest.sms(),
                Map.of("tierLevel", (long) top.tier().level(), "score", (long) top.score(),
                        "storyCount", (long) digest.storyCount()),
                Map.of("type", "digest", "tier", top.tier().name()),
                Map.of("actors", List.copyOf(actors), "places", List.copyOf(places)));
    }

    private static String status(String outcome, Instant start, Instant end, int stories) {
        return "{\"outcome\":\"" + outcome + "\",\"windowStart\":\"" + start + "\",\"windowEnd\":\"" + end
                + "\",\"stories\":" + stories + "}";
    }
}
