package dev.alertdigest.function.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.article.Article;
import dev.alertdigest.assess.Kind;
import dev.alertdigest.assess.ThreatAssessor;
import dev.alertdigest.digest.AssessedArticle;
import dev.alertdigest.digest.TextFingerprint;
import dev.alertdigest.local.LambdaEvents;
import dev.alertdigest.local.LocalAws;
import dev.alertdigest.local.LocalLambdaContext;
import dev.alertdigest.local.S3EventNotifications;
import dev.alertdigest.store.AlertTable;
import dev.alertdigest.store.ArticleBucket;
import dev.alertdigest.store.AssessmentRecords;
import dev.alertdigest.store.BucketLayout;
import dev.alertdigest.store.ParsedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The score function through s3proxy and DynamoDB Local over HTTP. */
class ScoreHandlerTest {

    static final String BUCKET = "alertdigest-articles";
    static final String TABLE = "alertdigest-alerts";
    static final String ARTICLE_ID = "6f1c2e4b9a0d3c5e7f8a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6";
    static final Instant NOW = Instant.parse("2026-11-20T09:00:00.123Z");
    static LocalAws aws;
    static S3Client s3;
    static DynamoDbClient dynamoDb;

    @BeforeAll
    static void startStack() {
        aws = LocalAws.start();
        s3 = aws.s3();
        dynamoDb = aws.dynamoDb();
        s3.createBucket(b -> b.bucket(BUCKET));
        dynamoDb.createTable(AlertTable.createTableRequest(TABLE));
    }

    @AfterAll
    static void stopStack() {
        aws.close();
    }

    ScoreHandler handlerAt(Instant now) {
        return new ScoreHandler(s3, dynamoDb, aws.sns(),
                ScoreSettings.withoutFlash(TABLE, Duration.ofDays(30), ThreatAssessor.withDefaults()),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aParsedArticleIsAssessedOnceEvenWhenTheEventIsReplayed() throws IOException {
        Article article = new Article("Police warn of imminent attack threat to Lyon Christmas market", "The Rhône Courier",
                "Lyon", "2026-11-20", null, null,
                "French police have warned of a specific and imminent threat against the Christmas market in Lyon.\n\n"
                        + "The prefect said an attack was likely within 48 hours.");
        new ArticleBucket(s3, BUCKET).writeParsed(new ParsedArticle(ARTICLE_ID, "incoming/lyon.html", article));

        handlerAt(NOW).handleRequest(LambdaEvents.s3Event(fixture("events/s3-parsed-created.json")), new LocalLambdaContext("score"));
        AssessmentRecords records = new AssessmentRecords(dynamoDb, TABLE);
        AssessedArticle first = records.get(ARTICLE_ID).orElseThrow();

        handlerAt(NOW.plusSeconds(60)).handleRequest(
                LambdaEvents.s3Event(fixture("events/s3-parsed-created.json")), new LocalLambdaContext("score"));
        AssessedArticle afterReplay = records.get(ARTICLE_ID).orElseThrow();

        assertThat(first.objectKey()).isEqualTo("incoming/lyon.html");
        assertThat(first.source()).isEqualTo("The Rhône Courier");
        assertThat(first.assessment().score()).isBetween(0, 100);
        assertThat(afterReplay).usingRecursiveComparison().isEqualTo(first);
        assertThat(afterReplay.assessedAt()).isEqualTo(NOW);
        assertThat(records.assessedBetween(NOW.minusSeconds(1), NOW.plusSeconds(1)))
                .extracting(AssessedArticle::articleId).containsExactly(ARTICLE_ID);
        assertThat(records.assessedBetween(NOW.plusMillis(1), NOW.plusSeconds(5))).isEmpty();
    }

    @Test
    void theDigestWindowIsHalfOpenAndSpansDays() {
        AssessmentRecords records = new AssessmentRecords(dynamoDb, TABLE);
        Instant lateEvening = Instant.parse("2026-11-21T23:59:59.999Z");
        Instant nextDay = Instant.parse("2026-11-22T00:00:00.000Z");
        for (Instant at : List.of(lateEvening, nextDay)) {
            records.putIfAbsent(assessedAt(at, "Bomb threat against Lyon station " + at, THREAT_TEXT), Duration.ofDays(1));
        }
        assertThat(records.assessedBetween(Instant.parse("2026-11-21T12:00:00Z"), nextDay))
                .extracting(AssessedArticle::assessedAt).containsExactly(lateEvening);
        assertThat(records.assessedBetween(Instant.parse("2026-11-21T12:00:00Z"), nextDay.plusMillis(1)))
                .extracting(AssessedArticle::assessedAt).containsExactly(lateEvening, nextDay);
        assertThat(records.assessedBetween(lateEvening, lateEvening.plusMillis(1)))
                .extracting(AssessedArticle::assessedAt).containsExactly(lateEvening);
    }

    @Test
    void manyAssessmentsComeBackOnceEachOldestFirstAndArticlesAboutNoThreatStayOutOfTheDigestsIndex() {
        AssessmentRecords records = new AssessmentRecords(dynamoDb, TABLE);
        Instant start = Instant.parse("2026-12-01T22:00:00Z"); // clear of the other tests' assessments
        List<Instant> threats = new ArrayList<>();
        for (int i = 0; i < 60; i++) { // over two days, so over every shard of both days' partitions
            Instant at = start.plus(Duration.ofMinutes(7L * i));
            records.putIfAbsent(assessedAt(at, "Bomb threat against Lyon station " + i, THREAT_TEXT), Duration.ofDays(1));
            threats.add(at);
            records.putIfAbsent(assessedAt(at.plusMillis(1), "Markets close higher " + i,
                    "Shares rose on Friday as investors weighed the central bank's rate decision."), Duration.ofDays(1));
        }
        List<AssessedArticle> found = records.assessedBetween(start, start.plus(Duration.ofDays(1)));

        assertThat(found).extracting(AssessedArticle::assessedAt).containsExactlyElementsOf(threats);
        assertThat(records.get("id-" + start.plusMillis(1).toEpochMilli())).get()
                .extracting(a -> a.assessment().kind()).isEqualTo(Kind.OTHER);
    }

    private static final String THREAT_TEXT = "Police warned on Thursday of a credible threat of a bomb attack against "
            + "Lyon Part-Dieu station, after a group posted that it would strike the station within days.";

    private static AssessedArticle assessedAt(Instant at, String title, String text) {
        Article article = new Article(title, null, null, null, null, null, text);
        return new AssessedArticle("id-" + at.toEpochMilli(), "incoming/" + at, article.title(), null, null, at,
                ThreatAssessor.withDefaults().assess(article), TextFingerprint.of(article.text()));
    }

    @Test
    void anUnreadableParsedObjectEndsAsARejection() {
        String key = BucketLayout.PARSED + "broken.json";
        s3.putObject(p -> p.bucket(BUCKET).key(key), RequestBody.fromString("{not json"));
        handlerAt(NOW).handleRequest(LambdaEvents.s3Event(
                S3EventNotifications.objectCreated("us-east-1", BUCKET, key, 9, "e", NOW)), new LocalLambdaContext("score"));
        assertThat(new ArticleBucket(s3, BUCKET).readRejection(key).orElseThrow().reason()).isEqualTo("MALFORMED");
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = ScoreHandlerTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
