package dev.alertdigest.store;

import static dev.alertdigest.store.AttributeValues.n;
import static dev.alertdigest.store.AttributeValues.s;
import static dev.alertdigest.store.AttributeValues.string;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alertdigest.digest.ArticleRef;
import dev.alertdigest.digest.Story;
import dev.alertdigest.digest.StoryJson;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Stories in the alert table, one item each, listed through the by-time index by expiry (partition "STORIES"):
 * loading the stories still alive at an instant is one key-condition Query, and an expired story drops out of it
 * before DynamoDB's TTL deletes it. Closed (all-clear) stories stay listed until they expire, so the digest of
 * the window that closed them can still report the threat as over.
 */
public final class StoryRecords {

    /**
     * Articles a stored story keeps: its first (the story's id derives from it) and the latest ones. A story item
     * must stay under DynamoDB's 400 KB limit; each article costs about 0.45 KB, a third of it its fingerprint.
     */
    public static final int MAX_STORED_ARTICLES = 300;
    /** Kept this long past expiry, so a late retry still finds the story rather than starting it again. */
    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(7);
    private static final int BATCH = 25;
    private static final int PARALLEL_BATCHES = 8;
    private static final int MAX_BATCH_ATTEMPTS = 8;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String INDEX_PARTITION = "STORIES";
    /** The story as JSON: with the assessments' brief, the only non-key attribute the index carries. */
    static final String STORY_ATTRIBUTE = "story";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public StoryRecords(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** Every story, open or closed, that has not expired by {@code instant}. */
    public List<Story> notExpiredBy(Instant instant) {
        return AlertTable.queryIndex(dynamoDb, table, "#pk = :stories AND #sk > :instant",
                Map.of(":stories", s(INDEX_PARTITION), ":instant", s(AlertTable.sortable(instant))),
                StoryRecords::fromItem);
    }

    /**
     * Writes the stories whole, 25 to a request (BatchWriteItem), eight requests at a time, resending what DynamoDB
     * leaves unprocessed under throttling with a growing pause: a digest that creates a thousand stories makes 40
     * requests, not 1,000, and waits on five rounds of them. Only the digest function writes stories, one run at a
     * time (it holds the window's claim), and grouping the same articles again gives the same stories: plain puts
     * are safe to repeat, in any order.
     */
    public void saveAll(List<Story> stories) {
        List<Callable<Void>> batches = new ArrayList<>();
        for (int from = 0; from < stories.size(); from += BATCH) {
            List<WriteRequest> batch = new ArrayList<>();
            for (Story story : stories.subList(from, Math.min(stories.size(), from + BATCH))) {
                batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(toItem(story)).build()).build());
            }
            batches.add(() -> {
                write(batch);
                return null;
            });
        }
        ConcurrentRequests.all(batches, PARALLEL_BATCHES);
    }

    private void write(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt == MAX_BATCH_ATTEMPTS) {
                throw new IllegalStateException(pending.get(table).size() + " stories stayed unprocessed after "
                        + attempt + " attempts (the table is throttling): the digest run fails and is retried");
            }
            if (attempt > 0) {
                pause(attempt);
            }
            BatchWriteItemResponse response = dynamoDb.batchWriteItem(
                    BatchWriteItemRequest.builder().requestItems(pending).build());
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
    }

    /**
     * For priming (SnapStart): maps the stories to items and back as {@link #saveAll} and {@link #notExpiredBy} do.
     * Writes and reads nothing. Returns how many came back.
     */
    public int warmUp(List<Story> stories) {
        int decoded = 0;
        for (Story story : stories) {
            decoded += fromItem(toItem(story)).storyId().equals(story.storyId()) ? 1 : 0;
        }
        return decoded;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(2_000, 50L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while saving stories", e);
        }
    }

    private static Map<String, AttributeValue> toItem(Story story) {
        Story stored = capped(story);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(AlertTable.PK, s("STORY#" + stored.storyId()));
        item.put(AlertTable.SK, s("STORY"));
        item.put(AlertTable.GSI_PK, s(INDEX_PARTITION));
        item.put(AlertTable.GSI_SK, s(AlertTable.sortable(stored.expiresAt()) + "#" + stored.storyId()));
        item.put(STORY_ATTRIBUTE, s(StoryJson.toJson(stored).toString()));
        item.put("tierLevel", n(stored.tier().level()));
        item.put(AlertTable.TTL_ATTRIBUTE, n(stored.expiresAt().plus(KEPT_AFTER_EXPIRY).getEpochSecond()));
        return item;
    }

    /** The story with its first article and the latest ones, at most {@link #MAX_STORED_ARTICLES}. */
    static Story capped(Story story) {
        List<ArticleRef> articles = story.articles();
        if (articles.size() <= MAX_STORED_ARTICLES) {
            return story;
        }
        List<ArticleRef> kept = new ArrayList<>(MAX_STORED_ARTICLES);
        kept.add(articles.getFirst());
        kept.addAll(articles.subList(articles.size() - (MAX_STORED_ARTICLES - 1), articles.size()));
        return new Story(story.storyId(), story.headline(), story.tier(), story.score(), story.summary(),
                story.sources(), kept, story.actors(), story.places(), story.firstSeen(), story.lastSeen(),
                story.expiresAt(), story.allClear(), story.closedAt(), story.evidence());
    }

    private static Story fromItem(Map<String, AttributeValue> item) {
        try {
            return StoryJson.fromJson(MAPPER.readTree(string(item, STORY_ATTRIBUTE)));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("story item " + string(item, AlertTable.PK) + " in table is unreadable ("
                    + e.getMessage() + "): delete the item or restore it from the digest JSON", e);
        }
    }
}
