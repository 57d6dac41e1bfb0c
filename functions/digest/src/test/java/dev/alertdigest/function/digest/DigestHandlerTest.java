package dev.alertdigest.function.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alertdigest.article.Article;
import dev.alertdigest.assess.ThreatAssessor;
import dev.alertdigest.assess.Tier;
import dev.alertdigest.digest.AssessedArticle;
import dev.alertdigest.digest.TextFingerprint;
import dev.alertdigest.extract.ArticleExtractor;
import dev.alertdigest.local.LambdaEvents;
import dev.alertdigest.local.LocalAws;
import dev.alertdigest.local.LocalLambdaContext;
import dev.alertdigest.local.TopicQueue;
import dev.alertdigest.store.AlertTable;
import dev.alertdigest.store.AssessmentRecords;
import dev.alertdigest.store.DigestLedger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

/**
 * The digest function through DynamoDB Local and fauxqs (SNS fanned out to an SQS queue): one digest per window,
 * whatever crashes, repeats or fails.
 */
class DigestHandlerTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00.000Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final AtomicInteger RUN = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalAws aws;
    private static DynamoDbClient dynamoDb;
    private static List<Article> seeds;

    private String table;
    private String topicArn;
    private TopicQueue subscriber;

    @BeforeAll
    static void startStack() throws Exception {
        aws = LocalAws.start();
        dynamoDb = aws.dynamoDb();
        Path dir = Path.of(System.getProperty("alertdigest.shared", "../../../shared"), "corpus/seeds");
        seeds = new ArrayList<>();
        for (String name : List.of("000_922f6c582b33c752.txt", "001_c888c2d213108913.txt")) {
            seeds.add(new ArticleExtractor().extract(Files.readAllBytes(dir.resolve(name)), name));
        }
    }

    @AfterAll
    static void stopStack() {
        aws.close();
    }

    @BeforeEach
    void freshResources() {
        int run = RUN.incrementAndGet();
        table = "digest-" + run;
        dynamoDb.createTable(AlertTable.createTableRequest(table));
        topicArn = aws.sns().createTopic(t -> t.name("digest-" + run)).topicArn();
        subscriber = TopicQueue.subscribe(aws, topicArn, "digest-" + run, null);
    }

    @Test
    void theTwoSeedsGoOutAsOneStoryInOneDigestAndTheNextWindowIsEmpty() throws IOException {
        storeSeedAssessments();

        JsonNode status = run(T0.plus(Duration.ofHours(1)));
        assertThat(status.path("outcome").asText()).isEqualTo("sent");
        List<JsonNode> digests = received();
        assertThat(digests).hasSize(1);
        JsonNode digest = digests.getFirst();
        JsonNode stories = bodies(digest).path("default").path("stories");
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).path("articles").findValuesAsText("key"))
                .containsExactlyInAnyOrder("incoming/seed-0.txt", "incoming/seed-1.txt");
        assertThat(stories.get(0).path("tier").asText()).isEqualTo("IMMINENT");
        assertThat(attribute(digest, "type")).isEqualTo("digest");
        assertThat(attribute(digest, "tierLevel")).isEqualTo("3");
        assertThat(digest.path("Subject").asText()).startsWith("alertdigest: 1 IMMINENT threat").hasSizeLessThan(100);
        assertThat(bodies(digest).path("sms").asText()).startsWith("alertdigest IMMINENT").hasSizeLessThanOrEqualTo(160);

        // the next window holds no new article: nothing is sent, and the story is not repeated
        assertThat(run(T0.plus(Duration.ofHours(2))).path("outcome").asText()).isEqualTo("empty");
        assertThat(received()).isEmpty();
    }

    @Test
    void aDuplicateScheduleEventSendsNothingMore() throws IOException {
        storeSeedAssessments();
        Instant at = T0.plus(Duration.ofHours(1));

        assertThat(run(at).path("outcome").asText()).isEqualTo("sent");
        // EventBridge delivers the same event again, at once and later
        assertThat(run(at).path("outcome").asText()).isEqualTo("nothing to do");
        assertThat(run(at.plusMillis(1)).path("outcome").asText()).isEqualTo("empty");

        assertThat(received()).hasSize(1);
    }

    @Test
    void twoRunsAtTheSameMomentSendOneDigest() throws Exception {
        storeSeedAssessments();
        Instant at = T0.plus(Duration.ofHours(1));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<JsonNode>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit((Callable<JsonNode>) () -> run(at)));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<JsonNode> future : runs) {
            outcomes.add(future.get().path("outcome").asText());
        }
        pool.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder("sent", "skipped");
        assertThat(received()).hasSize(1);
    }

    @Test
    void aRunThatDiedAfterItsClaimIsResumedWithTheSameWindowOnceTheLeaseRunsOut() throws IOException {
        storeSeedAssessments();
        Instant crashedAt = T0.plus(Duration.ofHours(1));
        // a run claimed the first window, as the handler does, and died before publishing
        DigestLedger ledger = new DigestLedger(dynamoDb, table);
        Instant windowStart = ledger.cursorOrStartAt(crashedAt.minus(Duration.ofHours(24)));
        assertThat(ledger.claim(windowStart, crashedAt, crashedAt, LEASE)).isPresent();

        assertThat(run(crashedAt.plusSeconds(60)).path("outcome").asText()).isEqualTo("skipped");
        assertThat(received()).isEmpty();

        JsonNode resumed = run(crashedAt.plus(LEASE).plusSeconds(1));
        assertThat(resumed.path("outcome").asText()).isEqualTo("sent");
        assertThat(resumed.path("windowStart").asText()).isEqualTo(windowStart.toString());
        assertThat(resumed.path("windowEnd").asText()).isEqualTo(crashedAt.toString());
        List<JsonNode> digests = received();
        assertThat(digests).hasSize(1);
        assertThat(bodies(digests.getFirst()).path("default").path("stories").get(0).path("articles")).hasSize(2);
    }

    @Test
    void aFailedPublishLosesNoStoryAndTheRetrySendsTheSameWindowOnce() throws IOException {
        storeSeedAssessments();
        Instant at = T0.plus(Duration.ofHours(1));
        String goodTopic = topicArn;
        topicArn = goodTopic + "-missing"; // SNS refuses: the topic does not exist

        assertThatThrownBy(() -> run(at)).isInstanceOf(RuntimeException.class);

        topicArn = goodTopic;
        JsonNode retried = run(at.plus(LEASE).plusSeconds(1));
        assertThat(retried.path("outcome").asText()).isEqualTo("sent");
        assertThat(retried.path("windowEnd").asText()).isEqualTo(at.toString());
        List<JsonNode> digests = received();
        assertThat(digests).hasSize(1);
        assertThat(bodies(digests.getFirst()).path("default").path("stories").get(0).path("articles")).hasSize(2);
    }

    @Test
    void aLaterArticleJoinsTheStoredStoryAndTheNextDigestReportsTheStoryAgain() throws IOException {
        AssessmentRecords records = new AssessmentRecords(dynamoDb, table);
        records.putIfAbsent(assessed("seed-0", seeds.get(0), T0.plusSeconds(60)), Duration.ofDays(30));
        run(T0.plus(Duration.ofHours(1)));
        assertThat(received()).hasSize(1);

        records.putIfAbsent(assessed("seed-1", seeds.get(1), T0.plus(Duration.ofMinutes(90))), Duration.ofDays(30));
        assertThat(run(T0.plus(Duration.ofHours(2))).path("outcome").asText()).isEqualTo("sent");

        JsonNode stories = bodies(received().getFirst()).path("default").path("stories");
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).path("articles").findValuesAsText("key"))
                .containsExactly("incoming/seed-0.txt", "incoming/seed-1.txt");
        // the second seed names no outlet of its own: only the first one's is listed
        assertThat(stories.get(0).path("sources")).hasSize(1);
        assertThat(stories.get(0).path("sources").get(0).asText()).isEqualTo("Washington Insider Magazine");
    }

    @Test
    void anAllClearIsReportedOnceToWhoeverHeardOfTheThreatAndTheStoryLeavesLaterDigests() throws IOException {
        AssessmentRecords records = new AssessmentRecords(dynamoDb, table);
        records.putIfAbsent(assessed("seed-0", seeds.get(0), T0.plusSeconds(60)), Duration.ofDays(30));
        run(T0.plus(Duration.ofHours(1)));
        assertThat(received()).hasSize(1);

        Article allClear = new Article("Threat to Kabul airport lifted, officials say", "Kabul Evening Courier", "Kabul",
                null, null, null, "U.S. officials said on Friday that the threat from ISIS-K to crowds outside Kabul airport "
                + "has been lifted after the last evacuation flights left. The embassy said the threat is over.");
        AssessedArticle over = assessed("all-clear", allClear, T0.plus(Duration.ofMinutes(90)));
        assertThat(over.assessment().allClear()).isTrue();
        records.putIfAbsent(over, Duration.ofDays(30));

        assertThat(run(T0.plus(Duration.ofHours(2))).path("outcome").asText()).isEqualTo("sent");
        JsonNode digest = received().getFirst();
        JsonNode json = bodies(digest).path("default");
        assertThat(json.path("stories")).isEmpty();
        assertThat(json.path("closed")).hasSize(1);
        assertThat(json.path("closed").get(0).path("headline").asText()).contains("Kabul airport");
        // tierLevel is the closed story's: the on-call phone that got the IMMINENT alert hears it is over
        assertThat(attribute(digest, "tierLevel")).isEqualTo("3");
        assertThat(bodies(digest).path("email").asText()).contains("THREATS OVER");

        assertThat(run(T0.plus(Duration.ofHours(3))).path("outcome").asText()).isEqualTo("empty");
        assertThat(received()).isEmpty();
    }

    private void storeSeedAssessments() {
        AssessmentRecords records = new AssessmentRecords(dynamoDb, table);
        for (int i = 0; i < seeds.size(); i++) {
            records.putIfAbsent(assessed("seed-" + i, seeds.get(i), T0.plusSeconds(60L * (i + 1))), Duration.ofDays(30));
        }
    }

    private static AssessedArticle assessed(String name, Article article, Instant at) {
        String id = Integer.toHexString(name.hashCode()).repeat(8);
        return new AssessedArticle(id, "incoming/" + name + ".txt", article.title(), article.source(),
                article.published(), at, ThreatAssessor.withDefaults().assess(article), TextFingerprint.of(article));
    }

    @Test
    void primingForSnapStartRunsTheDigestCodeButClaimsWritesAndSendsNothing() throws IOException {
        storeSeedAssessments();
        int itemsBefore = dynamoDb.scan(r -> r.tableName(table)).count();

        DigestHandler handler = new DigestHandler(dynamoDb, aws.sns(), new DigestSettings(table, topicArn,
                Tier.ELEVATED, 20, Duration.ZERO, Duration.ofHours(24), LEASE), Clock.fixed(T0.plus(Duration.ofHours(1)),
                ZoneOffset.UTC));
        int composed = handler.prime();

        assertThat(composed).isGreaterThan(0); // its synthetic events made stories and a digest
        assertThat(dynamoDb.scan(r -> r.tableName(table)).count()).isEqualTo(itemsBefore);
        assertThat(received()).isEmpty();
        // and the real digest afterwards is unaffected: the seeds' window is still unsent
        assertThat(run(T0.plus(Duration.ofHours(1))).path("outcome").asText()).isEqualTo("sent");
        assertThat(received()).hasSize(1);
    }

    private JsonNode run(Instant at) throws IOException {
        DigestSettings settings = new DigestSettings(table, topicArn, Tier.ELEVATED, 20, Duration.ZERO,
                Duration.ofHours(24), LEASE);
        DigestHandler handler = new DigestHandler(dynamoDb, aws.sns(), settings, Clock.fixed(at, ZoneOffset.UTC));
        ScheduledEvent event = LambdaEvents.scheduledEvent(fixture("events/scheduled-event.json"));
        return JSON.readTree(handler.handleRequest(event, new LocalLambdaContext("digest")));
    }

    private List<JsonNode> received() throws IOException {
        List<JsonNode> messages = new ArrayList<>();
        for (String body : subscriber.drain()) {
            messages.add(JSON.readTree(body));
        }
        return messages;
    }

    /** The MessageStructure=json bodies, with the default one (the digest's JSON) parsed. */
    private static JsonNode bodies(JsonNode envelope) throws IOException {
        var bodies = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(envelope.path("Message").asText());
        bodies.set("default", JSON.readTree(bodies.path("default").asText()));
        return bodies;
    }

    private static String attribute(JsonNode envelope, String name) {
        return envelope.path("MessageAttributes").path(name).path("Value").asText();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = DigestHandlerTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
