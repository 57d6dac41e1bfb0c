package dev.alertdigest.store;

import static dev.alertdigest.store.AttributeValues.n;
import static dev.alertdigest.store.AttributeValues.number;
import static dev.alertdigest.store.AttributeValues.s;
import static dev.alertdigest.store.AttributeValues.string;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Which flash alerts went out, so that an event alerts once per tier though score events repeat and run
 * concurrently.
 *
 * <p>An alert is claimed under all of its keys ({@code dev.alertdigest.digest.FlashKeys}) in one transaction:
 * it succeeds only if no key already holds an alert at this tier or higher that is still in force (and not a
 * claim whose lease ran out: its sender crashed before publishing). The sender then publishes and marks the
 * claim sent, or releases it when publishing failed, so the retry alerts. As with the digest, the one gap a
 * standard SNS topic leaves is a crash after SNS accepted the message and before {@link #complete}.
 */
public final class FlashLedger {

    private static final String SK_VALUE = "FLASH";
    private static final String CLAIMED = "CLAIMED";

    /** What the ledger says about an alert this invocation wanted to send. */
    public enum Outcome {
        /** This invocation holds the claim: publish, then {@link #complete} or {@link #release}. */
        CLAIMED,
        /** An alert at this tier or higher already went out for this event: nothing to send. */
        ALREADY_SENT,
        /** Another invocation is sending it right now: retry later to learn whether it succeeded. */
        IN_FLIGHT
    }

    /** An alert claim under {@code keys}, identified by {@code claimId}. */
    public record Claim(String claimId, List<String> keys, int tierLevel) {
    }

    public record Attempt(Outcome outcome, Claim claim) {
    }

    private final DynamoDbClient dynamoDb;
    private final String table;

    public FlashLedger(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /**
     * Claims the alert for {@code storyId} at {@code tierLevel} under {@code keys}.
     *
     * @param lease   how long the claim holds before another invocation may take it over (longer than a publish)
     * @param inForce how long a sent alert suppresses another at the same tier for the same keys
     */
    public Attempt claim(List<String> keys, String storyId, int tierLevel, Instant now, Duration lease,
                         Duration inForce) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a flash alert needs at least one key");
        }
        Claim claim = new Claim(UUID.randomUUID().toString(), List.copyOf(keys), tierLevel);
        Instant until = now.plus(inForce);
        List<TransactWriteItem> puts = new ArrayList<>();
        for (String key : keys) {
            Map<String, AttributeValue> item = new HashMap<>(key(key));
            item.put("status", s(CLAIMED));
            item.put("claimId", s(claim.claimId()));
            item.put("storyId", s(storyId));
            item.put("flashedLevel", n(tierLevel));
            item.put("claimedAt", s(AlertTable.sortable(now)));
            item.put("leaseUntil", n(now.plus(lease).toEpochMilli()));
            item.put("inForceUntil", n(until.toEpochMilli()));
            item.put(AlertTable.TTL_ATTRIBUTE, n(until.getEpochSecond()));
            puts.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(" + AlertTable.PK + ") OR flashedLevel < :level"
                            + " OR inForceUntil < :now OR (#status = :claimed AND leaseUntil < :now)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":level", n(tierLevel), ":now", n(now.toEpochMilli()),
                            ":claimed", s(CLAIMED)))
                    .build()).build());
        }
        try {
            dynamoDb.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(puts).build());
            return new Attempt(Outcome.CLAIMED, claim);
        } catch (TransactionCanceledException e) {
            if (e.cancellationReasons().stream().noneMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                throw e; // a conflict with a concurrent transaction, not an answer: let the caller retry
            }
            return new Attempt(holderIsSending(keys, tierLevel, now) ? Outcome.IN_FLIGHT : Outcome.ALREADY_SENT, null);
        }
    }

    /** Marks the claim sent, under every key at once. */
    public void complete(Claim claim, String messageId, Instant now) {
        List<TransactWriteItem> updates = new ArrayList<>();
        for (String key : claim.keys()) {
            updates.add(TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(key))
                    .updateExpression("SET #status = :sent, messageId = :message, sentAt = :now")
                    .conditionExpression("claimId = :claim")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":sent", s("SENT"), ":message", s(messageId),
                            ":now", s(AlertTable.sortable(now)), ":claim", s(claim.claimId())))
                    .build()).build());
        }
        try {
            dynamoDb.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(updates).build());
        } catch (TransactionCanceledException e) {
            // a higher-tier alert (or a takeover after our lease ran out) replaced the claim: it is theirs now
        }
    }

    /** Gives the claim up after a failed publish, so that the retry can alert. */
    public void release(Claim claim) {
        List<TransactWriteItem> deletes = new ArrayList<>();
        for (String key : claim.keys()) {
            deletes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key(key))
                    .conditionExpression("claimId = :claim")
                    .expressionAttributeValues(Map.of(":claim", s(claim.claimId())))
                    .build()).build());
        }
        try {
            dynamoDb.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(deletes).build());
        } catch (TransactionCanceledException e) {
            // someone else took the keys over: nothing of ours left to release
        }
    }

    /** After a refused claim: does a live, unexpired claim at this tier or higher block it (still sending)? */
    private boolean holderIsSending(List<String> keys, int tierLevel, Instant now) {
        for (String key : keys) {
            Map<String, AttributeValue> item = dynamoDb.getItem(GetItemRequest.builder().tableName(table)
                    .key(key(key)).consistentRead(true).build()).item();
            if (item != null && !item.isEmpty() && CLAIMED.equals(string(item, "status"))
                    && number(item, "flashedLevel", 0) >= tierLevel
                    && number(item, "leaseUntil", 0) >= now.toEpochMilli()) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, AttributeValue> key(String flashKey) {
        return Map.of(AlertTable.PK, s("FLASH#" + flashKey), AlertTable.SK, s(SK_VALUE));
    }
}
