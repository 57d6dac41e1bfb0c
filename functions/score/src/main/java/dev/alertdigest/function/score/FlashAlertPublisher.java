package dev.alertdigest.function.score;

import dev.alertdigest.assess.Tier;
import dev.alertdigest.digest.AssessedArticle;
import dev.alertdigest.digest.FlashAlert;
import dev.alertdigest.digest.FlashAlertComposer;
import dev.alertdigest.digest.FlashKeys;
import dev.alertdigest.digest.GroupingRules;
import dev.alertdigest.digest.Story;
import dev.alertdigest.digest.StoryGrouper;
import dev.alertdigest.digest.StoryUpdate;
import dev.alertdigest.store.AlertMessage;
import dev.alertdigest.store.AlertTopic;
import dev.alertdigest.store.AssessmentRecords;
import dev.alertdigest.store.DigestLedger;
import dev.alertdigest.store.FlashLedger;
import dev.alertdigest.store.StoryRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Sends the flash alert for an article at the flash tier, once per event and tier.
 *
 * <p>The alert is about the article's story, not the article alone ("2 sources"), so the story is worked out
 * the way the next digest will: the stored stories plus the assessments made since the last digest, grouped by
 * the same {@link StoryGrouper}. The alert is then claimed in the {@link FlashLedger} under the story's
 * {@link FlashKeys}, published, and marked sent; a failed publish releases the claim and throws, so Lambda's
 * retry alerts. Replays and second articles find the claim and send nothing, unless the tier rose.
 */
final class FlashAlertPublisher {

    /** Longer than one publish takes; a claim older than this belonged to an invocation that died. */
    private static final Duration LEASE = Duration.ofSeconds(45);

    private final AssessmentRecords assessments;
    private final StoryRecords stories;
    private final DigestLedger digests;
    private final FlashLedger flashes;
    private final AlertTopic topic;
    private final StoryGrouper grouper;
    private final GroupingRules rules;
    private final FlashAlertComposer composer;

    FlashAlertPublisher(DynamoDbClient dynamoDb, SnsClient sns, String table, String topicArn, Tier flashTier) {
        this.assessments = new AssessmentRecords(dynamoDb, table);
        this.stories = new StoryRecords(dynamoDb, table);
        this.digests = new DigestLedger(dynamoDb, table);
        this.flashes = new FlashLedger(dynamoDb, table);
        this.topic = new AlertTopic(sns, topicArn);
        this.rules = GroupingRules.defaults();
        this.grouper = new StoryGrouper(rules);
        this.composer = new FlashAlertComposer(flashTier, "alertdigest");
    }

    /** What happened, for the log. */
    enum Result { SENT, ALREADY_SENT, NOT_FLASH }

    /** The sent alert's story and message id, when one was sent. */
    record Sent(Result result, String storyId, String messageId) {
    }

    Sent alertFor(AssessedArticle article, Instant now) {
        Optional<Story> found = storyOf(article, now);
        if (found.isEmpty() || !composer.qualifies(found.get())) {
            return new Sent(Result.NOT_FLASH, found.map(Story::storyId).orElse(null), null);
        }
        Story story = found.get();
        FlashLedger.Attempt attempt = flashes.claim(FlashKeys.of(story), story.storyId(), story.tier().level(), now,
                LEASE, rules.eventWindow());
        switch (attempt.outcome()) {
            case ALREADY_SENT -> {
                return new Sent(Result.ALREADY_SENT, story.storyId(), null);
            }
            case IN_FLIGHT -> throw new IllegalStateException("the flash alert for story " + story.storyId()
                    + " is being sent by another invocation; failing so that Lambda retries this event and "
                    + "confirms it went out (the retry finds it sent and does nothing)");
            case CLAIMED -> {
                // fall through to publishing below
            }
        }
        String messageId;
        try {
            messageId = topic.publish(message(composer.compose(story), story, article));
        } catch (RuntimeException e) {
            flashes.release(attempt.claim());
            throw e;
        }
        flashes.complete(attempt.claim(), messageId, now);
        return new Sent(Result.SENT, story.storyId(), messageId);
    }

    /**
     * For priming: the alert's own code (group into stories, map them to items, compose, build the message) on
     * {@code articles}, whatever their tier, and one read of the digest cursor. Claims nothing and sends nothing;
     * returns the stories composed.
     */
    int warmUp(List<AssessedArticle> articles) {
        StoryUpdate update = grouper.group(List.of(), articles);
        stories.warmUp(update.created());
        // made-up stories seldom reach the flash tier: compose them as if the tier were the lowest one
        FlashAlertComposer anyTier = new FlashAlertComposer(Tier.ELEVATED, "alertdigest");
        int composed = 0;
        for (Story story : update.created()) {
            composer.qualifies(story);
            if (anyTier.qualifies(story)) {
                message(anyTier.compose(story), story, articles.getFirst());
                composed++;
            }
        }
        digests.cursor();
        return composed;
    }

    /** The story the article belongs to, as the next digest will group it. */
    private Optional<Story> storyOf(AssessedArticle article, Instant now) {
        Instant lookback = now.minus(rules.eventWindow());
        Instant since = digests.cursor().filter(cursor -> cursor.isAfter(lookback)).orElse(lookback);
        List<Story> known = stories.notExpiredBy(since);
        List<AssessedArticle> recent = new ArrayList<>();
        if (since.isBefore(now)) {
            recent.addAll(assessments.assessedBetween(since, now.plusMillis(1)));
        }
        // the by-day index is eventually consistent: the article just written may not be listed yet
        if (recent.stream().noneMatch(a -> a.articleId().equals(article.articleId()))) {
            recent.add(article);
        }
        StoryUpdate update = grouper.group(known, recent);
        return Stream.concat(update.changed().stream(), known.stream())
                .filter(story -> story.articles().stream().anyMatch(ref -> ref.articleId().equals(article.articleId())))
                .findFirst();
    }

    private static AlertMessage message(FlashAlert alert, Story story, AssessedArticle article) {
        return new AlertMessage(alert.subject(), alert.body(), alert.body(), alert.sms(),
                Map.of("tierLevel", (long) story.tier().level(), "score", (long) story.score()),
                Map.of("type", "flash", "tier", story.tier().name(), "kind", article.assessment().kind().label()),
                Map.of("actors", story.actors(), "places", story.places()));
    }
}
