package dev.alertdigest.store;

import static dev.alertdigest.store.AttributeValues.n;
import static dev.alertdigest.store.AttributeValues.number;
import static dev.alertdigest.store.AttributeValues.s;
import static dev.alertdigest.store.AttributeValues.string;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Which digest windows were sent, so that each window is published once though schedule events repeat,
 * run concurrently, or crash half-way.
 *
 * <p>A run claims the window that starts at the cursor with a conditional write (a lease), publishes, then in
 * one transaction marks the window sent and moves the cursor to the window's end. A crash or a failed publish
 * leaves the claim to expire; the next run reclaims the same window (same start and end: nothing lost, nothing
 * duplicated in a later window). The one gap a standard SNS topic leaves: a crash after SNS accepted the
 * message but before the transaction, which resends that window once.
 */
public final class DigestLedger {

    private static final String PK_VALUE = "DIGEST";
    private static final String CURSOR = "CURSOR";

    /** A window this run holds and must publish. */
    public record Claim(Instant start, Instant end, boolean resumed) {
    }

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DigestLedger(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** Where the next window starts, or empty before the first digest. */
    public Optional<Instant> cursor() {
        Map<String, AttributeValue> item = get(CURSOR);
        return item == null ? Optional.empty() : Optional.of(Instant.parse(string(item, "windowEnd")));
    }

    /**
     * Where the next window starts; before the first digest, {@code firstStart} is recorded as the cursor (if no
     * other run recorded one first) and returned. Recording it makes the first window's start stable: a run that
     * retries the first window after a crash claims the same window, not one starting a little later.
     */
    public Instant cursorOrStartAt(Instant firstStart) {
        Optional<Instant> cursor = cursor();
        if (cursor.isPresent()) {
            return cursor.get();
        }
        Map<String, AttributeValue> item = new HashMap<>(key(CURSOR));
        item.put("windowEnd", s(AlertTable.sortable(firstStart)));
        try {
            dynamoDb.putItem(PutItemRequest.builder().tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(" + AlertTable.PK + ")").build());
            return firstStart;
        } catch (ConditionalCheckFailedException e) {
            return cursor().orElseThrow(() -> new IllegalStateException(
                    "the digest cursor was recorded and then vanished: check nothing else deletes DIGEST items", e));
        }
    }

    /**
     * Claims the window [start, proposedEnd) for {@code lease}. Returns empty when another run holds it, or it
     * was already sent (then the cursor is repaired). A claim left by a crashed run comes back with its
     * original end, flagged {@code resumed}.
     */
    public Optional<Claim> claim(Instant start, Instant proposedEnd, Instant now, Duration lease) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(AlertTable.PK, s(PK_VALUE));
        item.put(AlertTable.SK, s(windowKey(start)));
        item.put("windowStart", s(AlertTable.sortable(start)));
        item.put("windowEnd", s(AlertTable.sortable(proposedEnd)));
        item.put("status", s("CLAIMED"));
        item.put("claimedAt", s(AlertTable.sortable(now)));
        item.put("leaseUntil", n(now.plus(lease).toEpochMilli()));
        try {
            dynamoDb.putItem(PutItemRequest.builder().tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(" + AlertTable.PK + ")").build());
            return Optional.of(new Claim(start, proposedEnd, false));
        } catch (ConditionalCheckFailedException e) {
            return reclaim(start, now, lease);
        }
    }

    private Optional<Claim> reclaim(Instant start, Instant now, Duration lease) {
        Map<String, AttributeValue> existing = get(windowKey(start));
        if (existing == null) {
            return Optional.empty(); // vanished between the two calls: the next run will claim it
        }
        Instant end = Instant.parse(string(existing, "windowEnd"));
        if (!"CLAIMED".equals(string(existing, "status"))) {
            advanceCursor(start, end);
            return Optional.empty();
        }
        long leaseUntil = number(existing, "leaseUntil", Long.MAX_VALUE);
        if (leaseUntil > now.toEpochMilli()) {
            return Optional.empty();
        }
        try {
            dynamoDb.updateItem(UpdateItemRequest.builder().tableName(table)
                    .key(key(windowKey(start)))
                    .updateExpression("SET leaseUntil = :lease, claimedAt = :now")
                    .conditionExpression("#status = :claimed AND leaseUntil = :old")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(
                            ":lease", n(now.plus(lease).toEpochMilli()),
                            ":now", s(AlertTable.sortable(now)),
                            ":claimed", s("CLAIMED"),
                            ":old", n(leaseUntil)))
                    .build());
            return Optional.of(new Claim(start, end, true));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty(); // another run reclaimed it first
        }
    }

    /**
     * Marks the window sent (or empty, when there was nothing to send) and moves the cursor to its end, in one
     * transaction, so no later run can see one without the other.
     */
    public void complete(Claim claim, String outcome, int storyCount, String messageId, Instant now) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":outcome", s(outcome));
        values.put(":count", n(storyCount));
        values.put(":message", s(messageId == null ? "" : messageId));
        values.put(":now", s(AlertTable.sortable(now)));
        values.put(":claimed", s("CLAIMED"));
        Map<String, AttributeValue> cursor = new HashMap<>(key(CURSOR));
        cursor.put("windowEnd", s(AlertTable.sortable(claim.end())));
        try {
            dynamoDb.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                    TransactWriteItem.builder().update(Update.builder().tableName(table)
                            .key(key(windowKey(claim.start())))
                            .updateExpression("SET #status = :outcome, storyCount = :count, messageId = :message, completedAt = :now")
                            .conditionExpression("#status = :claimed")
                            .expressionAttributeNames(Map.of("#status", "status"))
                            .expressionAttributeValues(values)
                            .build()).build(),
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(cursor)
                            .conditionExpression("attribute_not_exists(" + AlertTable.PK + ") OR windowEnd = :start")
                            .expressionAttributeValues(Map.of(":start", s(AlertTable.sortable(claim.start()))))
                            .build()).build())
                    .build());
        } catch (TransactionCanceledException e) {
            throw new IllegalStateException("digest window " + claim.start() + " could not be completed: "
                    + "another run completed it or moved the cursor (" + e.getMessage() + ")", e);
        }
    }

    private void advanceCursor(Instant start, Instant end) {
        Map<String, AttributeValue> cursor = new HashMap<>(key(CURSOR));
        cursor.put("windowEnd", s(AlertTable.sortable(end)));
        try {
            dynamoDb.putItem(PutItemRequest.builder().tableName(table).item(cursor)
                    .conditionExpression("attribute_not_exists(" + AlertTable.PK + ") OR windowEnd = :start")
                    .expressionAttributeValues(Map.of(":start", s(AlertTable.sortable(start))))
                    .build());
        } catch (ConditionalCheckFailedException e) {
            // the cursor has already moved past this window
        }
    }

    private Map<String, AttributeValue> get(String sortKey) {
        Map<String, AttributeValue> item = dynamoDb.getItem(GetItemRequest.builder().tableName(table)
                .key(key(sortKey)).consistentRead(true).build()).item();
        return item == null || item.isEmpty() ? null : item;
    }

    private static Map<String, AttributeValue> key(String sortKey) {
        return Map.of(AlertTable.PK, s(PK_VALUE), AlertTable.SK, s(sortKey));
    }

    private static String windowKey(Instant start) {
        return "WINDOW#" + AlertTable.sortable(start);
    }
}
