package dev.alertdigest.function.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alertdigest.article.Article;
import dev.alertdigest.assess.ThreatAssessor;
import dev.alertdigest.assess.Tier;
import dev.alertdigest.extract.ArticleExtractor;
import dev.alertdigest.local.LambdaEvents;
import dev.alertdigest.local.LocalAws;
import dev.alertdigest.local.LocalLambdaContext;
import dev.alertdigest.local.S3EventNotifications;
import dev.alertdigest.local.TopicQueue;
import dev.alertdigest.store.AlertTable;
import dev.alertdigest.store.ArticleBucket;
import dev.alertdigest.store.BucketLayout;
import dev.alertdigest.store.FlashLedger;
import dev.alertdigest.store.ParsedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Flash alerts through s3proxy, DynamoDB Local and fauxqs (SNS fanned out to an SQS queue we read): one alert per
 * event and tier, whatever repeats.
 */
class FlashAlertTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00.000Z");
    private static final AtomicInteger RUN = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalAws aws;
    private static S3Client s3;
    private static DynamoDbClient dynamoDb;
    private static Article seed;

    private String bucket;
    private String table;
    private String topicArn;
    private TopicQueue queue;

    @BeforeAll
    static void startStack() throws Exception {
        aws = LocalAws.start();
        s3 = aws.s3();
        dynamoDb = aws.dynamoDb();
        // the first seed: ISIS-K's "very specific threat" to Kabul airport, pinned at IMMINENT by the core tests
        Path file = Path.of(System.getProperty("alertdigest.shared", "../../../shared"), "corpus/seeds/000_922f6c582b33c752.txt");
        seed = new ArticleExtractor().extract(Files.readAllBytes(file), file.getFileName().toString());
        assertThat(ThreatAssessor.withDefaults().assess(seed).tier()).isEqualTo(Tier.IMMINENT);
    }

    @AfterAll
    static void stopStack() {
        aws.close();
    }

    @BeforeEach
    void freshResources() {
        int run = RUN.incrementAndGet();
        bucket = "flash-" + run;
        table = "flash-" + run;
        s3.createBucket(b -> b.bucket(bucket));
        dynamoDb.createTable(AlertTable.createTableRequest(table));
        topicArn = aws.sns().createTopic(t -> t.name("flash-" + run)).topicArn();
        queue = TopicQueue.subscribe(aws, topicArn, "flash-" + run, null);
    }

    @Test
    void anImminentArticleAlertsOnceThoughReplayedAndReportedAgainByAnotherOutlet() throws Exception {
        upload("a", seed);
        score("a", NOW);
        score("a", NOW.plusSeconds(60)); // Lambda replays the event
        upload("b", otherOutlet(seed, "Kabul Evening Courier"));
        score("b", NOW.plusSeconds(120)); // a second report of the same event

        List<JsonNode> alerts = received();
        assertThat(alerts).hasSize(1);
        JsonNode alert = alerts.getFirst();
        assertThat(alert.path("Subject").asText()).startsWith("alertdigest FLASH: IMMINENT");
        assertThat(attribute(alert, "type")).isEqualTo("flash");
        assertThat(attribute(alert, "tierLevel")).isEqualTo("3");
        JsonNode bodies = JSON.readTree(alert.path("Message").asText());
        assertThat(bodies.path("sms").asText()).startsWith("FLASH IMMINENT").contains("ISIS-K");
        assertThat(bodies.path("email").asText()).contains("Kabul");
    }

    @Test
    void primingBeforeTheSnapshotStoresNothingAndSendsNothing() throws Exception {
        assertThat(handlerAt(NOW).prime()).isEqualTo(300);

        assertThat(dynamoDb.scan(r -> r.tableName(table)).count()).isZero();
        assertThat(s3.listObjectsV2(r -> r.bucket(bucket)).keyCount()).isZero();
        assertThat(received()).isEmpty();
        // and the first real alert afterwards goes out as it would have
        upload("a", seed);
        score("a", NOW);
        assertThat(received()).hasSize(1);
    }

    @Test
    void twoReportsScoredAtTheSameMomentAlertOnce() throws Exception {
        upload("a", seed);
        upload("b", otherOutlet(seed, "Kabul Evening Courier"));
        // two invocations race; the loser either finds the alert sent or fails so that Lambda retries it
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Void>> runs = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            runs.add(pool.submit((Callable<Void>) () -> {
                score(name, NOW);
                return null;
            }));
        }
        int failed = 0;
        for (Future<Void> run : runs) {
            try {
                run.get();
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).hasMessageContaining("being sent by another invocation");
                failed++;
            }
        }
        pool.shutdown();
        if (failed > 0) {
            score("a", NOW.plusSeconds(60)); // Lambda's retries, after the lease
            score("b", NOW.plusSeconds(60));
        }

        assertThat(received()).hasSize(1);
    }

    @Test
    void aFailedPublishReleasesTheClaimSoTheRetryAlerts() throws Exception {
        upload("a", seed);
        String goodTopic = topicArn;
        topicArn = goodTopic + "-missing"; // SNS refuses: the topic does not exist

        assertThatThrownBy(() -> score("a", NOW)).isInstanceOf(RuntimeException.class);
        assertThat(received()).isEmpty();

        topicArn = goodTopic;
        score("a", NOW.plusSeconds(60));
        assertThat(received()).hasSize(1);
    }

    @Test
    void theLedgerAlertsAgainOnlyWhenTheTierRisesOrTheAlertIsNoLongerInForce() {
        FlashLedger ledger = new FlashLedger(dynamoDb, table);
        Duration lease = Duration.ofSeconds(45);
        Duration inForce = Duration.ofDays(3);
        List<String> keys = List.of("story:st-1", "event:redlanternfront@averly");

        FlashLedger.Attempt specific = ledger.claim(keys, "st-1", 2, NOW, lease, inForce);
        assertThat(specific.outcome()).isEqualTo(FlashLedger.Outcome.CLAIMED);
        // another invocation while the first is still publishing
        assertThat(ledger.claim(keys, "st-1", 2, NOW.plusSeconds(1), lease, inForce).outcome())
                .isEqualTo(FlashLedger.Outcome.IN_FLIGHT);
        ledger.complete(specific.claim(), "m-1", NOW.plusSeconds(2));
        assertThat(ledger.claim(keys, "st-1", 2, NOW.plusSeconds(3), lease, inForce).outcome())
                .isEqualTo(FlashLedger.Outcome.ALREADY_SENT);
        // a different story sharing one event key is the same event
        assertThat(ledger.claim(List.of("story:st-2", "event:redlanternfront@averly"), "st-2", 2,
                NOW.plusSeconds(4), lease, inForce).outcome()).isEqualTo(FlashLedger.Outcome.ALREADY_SENT);
        assertThat(ledger.claim(keys, "st-1", 3, NOW.plusSeconds(5), lease, inForce).outcome())
                .isEqualTo(FlashLedger.Outcome.CLAIMED);

        // a claim whose sender died is taken over once its lease has run out
        List<String> other = List.of("story:st-9");
        assertThat(ledger.claim(other, "st-9", 3, NOW, lease, inForce).outcome()).isEqualTo(FlashLedger.Outcome.CLAIMED);
        assertThat(ledger.claim(other, "st-9", 3, NOW.plus(lease).plusSeconds(1), lease, inForce).outcome())
                .isEqualTo(FlashLedger.Outcome.CLAIMED);
        // and once an alert is no longer in force, the same keys alert again
        List<String> old = List.of("story:st-7");
        FlashLedger.Attempt first = ledger.claim(old, "st-7", 3, NOW, lease, inForce);
        ledger.complete(first.claim(), "m-7", NOW);
        assertThat(ledger.claim(old, "st-7", 3, NOW.plus(inForce).plusSeconds(1), lease, inForce).outcome())
                .isEqualTo(FlashLedger.Outcome.CLAIMED);
    }

    private static Article otherOutlet(Article article, String source) {
        return new Article(article.title(), source, article.dateline(), article.published(), null, null,
                article.text() + "\n\nThe embassy repeated its advice to avoid the airport.");
    }

    private void upload(String name, Article article) {
        new ArticleBucket(s3, bucket).writeParsed(new ParsedArticle(articleId(name), "incoming/" + name + ".txt", article));
    }

    private ScoreHandler handlerAt(Instant at) {
        return new ScoreHandler(s3, dynamoDb, aws.sns(),
                new ScoreSettings(table, Duration.ofDays(30), ThreatAssessor.withDefaults(), topicArn, Tier.IMMINENT),
                Clock.fixed(at, ZoneOffset.UTC));
    }

    private void score(String name, Instant at) throws IOException {
        ScoreHandler handler = handlerAt(at);
        String key = BucketLayout.parsedKey(articleId(name));
        handler.handleRequest(LambdaEvents.s3Event(S3EventNotifications.objectCreated("us-east-1", bucket, key, 100, "e", at)),
                new LocalLambdaContext("score"));
    }

    private static String articleId(String name) {
        return (name.repeat(64)).substring(0, 64);
    }

    private List<JsonNode> received() throws IOException {
        List<JsonNode> messages = new ArrayList<>();
        for (String body : queue.drain()) {
            messages.add(JSON.readTree(body));
        }
        return messages;
    }

    private static String attribute(JsonNode envelope, String name) {
        return envelope.path("MessageAttributes").path(name).path("Value").asText();
    }
}
