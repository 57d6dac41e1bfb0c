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
import dev.alertdigest.digest.StoryGrouper;
import dev.alertdigest.digest.TextFingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Assessments in the alert table: written once per distinct upload (a conditional put, so a replayed event
 * changes nothing), read back by the digest through the by-day index (Queries, never a Scan). Only assessments
 * that can belong to a story are in the index.
 */
public final class AssessmentRecords {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SORT_KEY = "ASSESSMENT";
    /** Index partitions per day (see {@link #indexPartition}). */
    static final int SHARDS = 4;
    private static final int PARALLEL_QUERIES = 8;

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

    /**
     * Every assessment made in [from, to) that can start or join a story ({@link StoryGrouper#canBelongToAStory}),
     * oldest first. One Query per UTC day and shard of the window, sent side by side.
     */
    public List<AssessedArticle> assessedBetween(Instant from, Instant to) {
        List<Callable<List<AssessedArticle>>> queries = new ArrayList<>();
        LocalDate last = LocalDate.ofInstant(to, ZoneOffset.UTC);
        for (LocalDate day = LocalDate.ofInstant(from, ZoneOffset.UTC); !day.isAfter(last); day = day.plusDays(1)) {
            for (int shard = 0; shard < SHARDS; shard++) {
                String partition = indexPartition(day, shard);
                queries.add(() -> assessedBetween(partition, from, to));
            }
        }
        List<AssessedArticle> found = new ArrayList<>();
        ConcurrentRequests.all(queries, PARALLEL_QUERIES).forEach(found::addAll);
        found.sort(Comparator.comparing(AssessedArticle::assessedAt).thenComparing(AssessedArticle::articleId));
        return found;
    }

    /**
     * For priming (SnapStart): maps the articles to items and back, both ways the digest reads them, and reads the
     * last hour of the index. Writes nothing. Returns how many articles came back, so the work cannot be skipped.
     */
    public int warmUp(List<AssessedArticle> articles, Instant now) {
        int decoded = 0;
        for (AssessedArticle article : articles) {
            Map<String, AttributeValue> item = toItem(article, Duration.ofDays(1));
            decoded += fromBrief(item).articleId().equals(fromItem(item).articleId()) ? 1 : 0;
        }
        return decoded + assessedBetween(now.minus(Duration.ofHours(1)), now).size();
    }

    /** One index partition's assessments in [from, to), all pages of them. */
    private List<AssessedArticle> assessedBetween(String partition, Instant from, Instant to) {
        // sort keys are "<instant>#<id>" in milliseconds: BETWEEN from AND to#~ takes in the whole millisecond of
        // `to`; the check below makes the window exactly half-open
        List<AssessedArticle> found = AlertTable.queryIndex(dynamoDb, table, "#pk = :partition AND #sk BETWEEN :from AND :to",
                Map.of(":partition", s(partition), ":from", s(AlertTable.sortable(from)),
                        ":to", s(AlertTable.sortable(to) + "#~")),
                AssessmentRecords::fromBrief);
        found.removeIf(article -> article.assessedAt().isBefore(from) || !article.assessedAt().isBefore(to));
        return found;
    }

    static String pk(String articleId) {
        return "ARTICLE#" + articleId;
    }

    /**
     * The index partition of an assessment: its UTC day and a shard of the article id. Sharding spreads a busy
     * day's writes and the digest's reads over several DynamoDB partitions (each serves at most 1,000 writes and
     * 3,000 reads a second) and lets the digest read them side by side.
     */
    static String indexPartition(LocalDate day, int shard) {
        return "ASSESSED#" + day + "#" + shard;
    }

    static int shardOf(String articleId) {
        return Math.floorMod(articleId.hashCode(), SHARDS); // String.hashCode is fixed by the Java spec
    }

    static Map<String, AttributeValue> toItem(AssessedArticle article, Duration retention) {
        ThreatAssessment a = article.assessment();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(AlertTable.PK, s(pk(article.articleId())));
        item.put(AlertTable.SK, s(SORT_KEY));
        if (StoryGrouper.canBelongToAStory(a)) { // a sparse index: the digest never reads the rest
            item.put(AlertTable.GSI_PK, s(indexPartition(LocalDate.ofInstant(article.assessedAt(), ZoneOffset.UTC),
                    shardOf(article.articleId()))));
            item.put(AlertTable.GSI_SK, s(AlertTable.sortable(article.assessedAt()) + "#" + article.articleId()));
            item.put(AssessmentBrief.ATTRIBUTE, AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(AssessmentBrief.encode(article))));
        }
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
        item.put("rules", list(a.rules()));
        item.put("dimensions", s(AssessmentJson.dimensionsToJson(a.dimensions()).toString()));
        item.put("fingerprint", s(article.fingerprint().encode()));
        item.put(AlertTable.TTL_ATTRIBUTE, n(article.assessedAt().plus(retention).getEpochSecond()));
        return item;
    }

    /** An item as the index returns it: its keys and its brief. */
    static AssessedArticle fromBrief(Map<String, AttributeValue> item) {
        AttributeValue brief = item.get(AssessmentBrief.ATTRIBUTE);
        if (brief == null || brief.b() == null) {
            throw new IllegalStateException("assessment item " + string(item, AlertTable.PK) + " is in the index without"
                    + " a brief (written by an older score function?): put it again with the current one");
        }
        return AssessmentBrief.decode(brief.b().asByteArrayUnsafe(), string(item, AlertTable.PK));
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
                    string(item, "sms"),
                    strings(item, "rules")); // absent on items an older score function wrote: none kept
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
