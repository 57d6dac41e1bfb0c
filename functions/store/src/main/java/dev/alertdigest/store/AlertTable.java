package dev.alertdigest.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The one DynamoDB table's shape (single-table design). template.yaml declares the same keys, index and
 * TTL attribute; a test holds the two together.
 *
 * <pre>
 * pk                 sk                 what
 * ARTICLE#&lt;sha256&gt;   ASSESSMENT         one assessment per distinct upload (GSI: by day assessed)
 * DIGEST             CURSOR             where the next digest window starts
 * DIGEST             WINDOW#&lt;start&gt;     a digest window's claim and outcome
 * STORY#&lt;id&gt;        STORY              a story (GSI: partition STORIES, by expiry)
 * FLASH#&lt;key&gt;       FLASH              a flash alert claimed or sent under one of its keys
 * </pre>
 */
public final class AlertTable {

    public static final String PK = "pk";
    public static final String SK = "sk";
    /** Global secondary index: assessments by day, and stories by expiry. */
    public static final String BY_TIME_INDEX = "byTime";
    public static final String GSI_PK = "gsi1pk";
    public static final String GSI_SK = "gsi1sk";
    /**
     * The non-key attributes the index carries: an assessment's compact brief and a story's JSON, all that the
     * digest reads. Smaller index items are cheaper to write and much faster to read than whole ones.
     */
    public static final List<String> INDEX_ATTRIBUTES = List.of(AssessmentBrief.ATTRIBUTE, StoryRecords.STORY_ATTRIBUTE);
    /** Epoch seconds after which DynamoDB's TTL deletes the item. */
    public static final String TTL_ATTRIBUTE = "expiresAt";

    /** Fixed-width UTC instants (millisecond precision), so string order in a sort key is time order. */
    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private AlertTable() {
    }

    public static String sortable(Instant instant) {
        return SORTABLE.format(instant);
    }

    public static CreateTableRequest createTableRequest(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        attribute(PK), attribute(SK), attribute(GSI_PK), attribute(GSI_SK))
                .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(BY_TIME_INDEX)
                        .keySchema(key(GSI_PK, KeyType.HASH), key(GSI_SK, KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                                .nonKeyAttributes(INDEX_ATTRIBUTES).build())
                        .build())
                .build();
    }

    /**
     * Every item a key-condition Query on the by-time index finds, all pages of it, each read by {@code read}.
     * The condition names the index keys #pk and #sk.
     */
    static <T> List<T> queryIndex(DynamoDbClient dynamoDb, String table, String keyCondition,
                                  Map<String, AttributeValue> values, Function<Map<String, AttributeValue>, T> read) {
        List<T> found = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            QueryResponse page = dynamoDb.query(QueryRequest.builder()
                    .tableName(table)
                    .indexName(BY_TIME_INDEX)
                    .keyConditionExpression(keyCondition)
                    .expressionAttributeNames(Map.of("#pk", GSI_PK, "#sk", GSI_SK))
                    .expressionAttributeValues(values)
                    .exclusiveStartKey(startKey)
                    .build());
            for (Map<String, AttributeValue> item : page.items()) {
                found.add(read.apply(item));
            }
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return found;
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
