package dev.alertdigest.store;

import static dev.alertdigest.store.AttributeValues.bool;
import static dev.alertdigest.store.AttributeValues.list;
import static dev.alertdigest.store.AttributeValues.n;
import static dev.alertdigest.store.AttributeValues.number;
import static dev.alertdigest.store.AttributeValues.putIfPresent;
import static dev.alertdigest.store.AttributeValues.s;
import static dev.alertdigest.store.AttributeValues.string;
import static dev.alertdigest.store.AttributeValues.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alertdigest.assess.AssessmentJson;
import dev.alertdigest.assess.Kind;
import dev.alertdigest.assess.ThreatAssessment;
import dev.alertdigest.assess.Tier;
import dev.alertdigest.digest.AssessedArticle;
import dev.alertdigest.digest.TextFingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Assessments in the alert table: written once per distinct upload (a conditional put, so a replayed event
 * changes nothing), read back by the digest through the by-day index (a Query per day, never a Scan).
 */
public final class AssessmentRecords {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SORT_KEY = "ASSESSMENT";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public AssessmentRecords(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /**
     * Stores the assessment unless one for the same article exists.
     *
     * @return true if this call stored it, false if it was already there (a replay or a duplicate upload)
     */
    public boolean putIfAbsent(AssessedArticle article, Duration retention) {
        try {
            dynamoDb.putItem(PutItemRequest.builder()
                    .tableName(table)
                    .item(toItem(article, retention))
                    .conditionExpression("attribute_not_exists(" + AlertTable.PK + ")")
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    public Optional<AssessedArticle> get(String articleId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(GetItemRequest.builder()
                .tableName(table)
                .key(Map.of(AlertTable.PK, s(pk(articleId)), AlertTable.SK, s(SORT_KEY)))
                .consistentRead(true)
                .build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    /** Every assessment made in [from, to), oldest first: one Query per UTC day of the window. */
    public List<AssessedArticle> assessedBetween(Instant from, Instant to) {
        List<AssessedArticle> found = new ArrayList<>();
        LocalDate last = LocalDate.ofInstant(to, ZoneOffset.UTC);
        for (LocalDate day = LocalDate.ofInstant(from, ZoneOffset.UTC); !day.isAfter(last); day = day.plusDays(1)) {
            Map<String, AttributeValue> startKey = null;
            do {
                QueryResponse page = dynamoDb.query(QueryRequest.builder()
                        .tableName(table)
                        .indexName(AlertTable.BY_TIME_INDEX)
                        .keyConditionExpression("#pk = :day AND #sk BETWEEN :from AND :to")
                        .expressionAttributeNames(Map.of("#pk", AlertTable.GSI_PK, "#sk", AlertTable.GSI_SK))
                        .expressionAttributeValues(Map.of(
                                ":day", s(dayPartition(day)),
                                ":from", s(AlertTable.sortable(from)),
                                // sort keys are "<instant>#<id>": BETWEEN from AND to#~ would include `to`;
                                // the filter below makes the window half-open
                                ":to", s(AlertTable.sortable(to) + "#~")))
                        .exclusiveStartKey(startKey)
                        .build());
                for (Map<String, AttributeValue> item : page.items()) {
                    AssessedArticle article = fromItem(item);
                    if (article.assessedAt().isBefore(to)) {
                        found.add(article);
                    }
                }
                startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (startKey != null);
        }
        return found;
    }

    static String pk(String articleId) {
        return "ARTICLE#" + articleId;
    }

    static String dayPartition(LocalDate day) {
        return "ASSESSED#" + day;
    }

    static Map<String, AttributeValue> toItem(AssessedArticle article, Duration retention) {
        ThreatAssessment a = article.assessment();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(AlertTable.PK, s(pk(article.articleId())));
        item.put(AlertTable.SK, s(SORT_KEY));
        item.put(AlertTable.GSI_PK, s(dayPartition(LocalDate.ofInstant(article.assessedAt(), ZoneOffset.UTC))));
        item.put(AlertTable.GSI_SK, s(AlertTable.sortable(article.assessedAt()) + "#" + article.articleId()));
        item.put("articleId", s(article.articleId()));
        item.put("objectKey", s(article.objectKey()));
        item.put("title", s(article.title()));
        putIfPresent(item, "source", article.source());
        putIfPresent(item, "published", article.published());
        item.put("assessedAt", s(AlertTable.sortable(article.assessedAt())));
        item.put("kind", s(a.kind().label()));
        item.put("score", n(a.score()));
        item.put("tier", s(a.tier().name()));
        item.put("tierLevel", n(a.tier().level()));
        item.put("actors", list(a.actors()));
        item.put("places", list(a.places()));
        item.put("times", list(a.times()));
        item.put("allClear", AttributeValue.fromBool(a.allClear()));
        item.put("headline", s(a.headline()));
        item.put("summary", list(a.summary()));
        item.put("sms", s(a.sms()));
        item.put("dimensions", s(AssessmentJson.dimensionsToJson(a.dimensions()).toString()));
        item.put("fingerprint", s(article.fingerprint().encode()));
        item.put(AlertTable.TTL_ATTRIBUTE, n(article.assessedAt().plus(retention).getEpochSecond()));
        return item;
    }

    static AssessedArticle fromItem(Map<String, AttributeValue> item) {
        ThreatAssessment assessment;
        try {
            assessment = new ThreatAssessment(
                    Kind.ofLabel(string(item, "kind")),
                    (int) number(item, "score", 0),
                    Tier.valueOf(string(item, "tier")),
                    strings(item, "actors"),
                    strings(item, "places"),
                    strings(item, "times"),
                    AssessmentJson.dimensionsFromJson(MAPPER.readTree(string(item, "dimensions"))),
                    bool(item, "allClear"),
                    string(item, "headline"),
                    strings(item, "summary"),
                    string(item, "sms"));
        } catch (IOException e) {
            throw new UncheckedIOException("assessment item " + string(item, AlertTable.PK) + " has bad dimensions JSON", e);
        }
        return new AssessedArticle(
                string(item, "articleId"),
                string(item, "objectKey"),
                string(item, "title"),
                string(item, "source"),
                string(item, "published"),
                Instant.parse(string(item, "assessedAt")),
                assessment,
                TextFingerprint.decode(string(item, "fingerprint")));
    }
}
