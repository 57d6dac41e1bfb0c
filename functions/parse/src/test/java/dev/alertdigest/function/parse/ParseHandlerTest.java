package dev.alertdigest.function.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alertdigest.article.ContentHash;
import dev.alertdigest.local.LambdaEvents;
import dev.alertdigest.local.LocalAws;
import dev.alertdigest.local.LocalLambdaContext;
import dev.alertdigest.local.S3EventNotifications;
import dev.alertdigest.store.ArticleBucket;
import dev.alertdigest.store.BucketLayout;
import dev.alertdigest.store.ParsedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The parse function through s3proxy over HTTP, with events as Lambda delivers them. */
class ParseHandlerTest {

    static final String BUCKET = "alertdigest-articles";
    static LocalAws aws;
    static S3Client s3;
    ParseHandler handler;

    @BeforeAll
    static void startStack() {
        aws = LocalAws.start();
        s3 = aws.s3();
    }

    @AfterAll
    static void stopStack() {
        aws.close();
    }

    @BeforeEach
    void freshBucket() {
        if (s3.listBuckets().buckets().stream().anyMatch(b -> b.name().equals(BUCKET))) {
            s3.listObjectsV2(l -> l.bucket(BUCKET)).contents()
                    .forEach(o -> s3.deleteObject(d -> d.bucket(BUCKET).key(o.key())));
            s3.deleteBucket(d -> d.bucket(BUCKET));
        }
        s3.createBucket(b -> b.bucket(BUCKET));
        handler = new ParseHandler(s3, 64 * 1024);
    }

    @Test
    void fixtureEventParsesTheUploadIntoParsedByContentHash() throws IOException {
        byte[] article = resource("lyon-market-warning.txt");
        upload("incoming/lyon market warning.txt", article);

        handler.handleRequest(fixtureEvent(), new LocalLambdaContext("parse"));

        ParsedArticle parsed = new ArticleBucket(s3, BUCKET)
                .readParsed(BucketLayout.parsedKey(ContentHash.sha256Hex(article))).orElseThrow();
        assertThat(parsed.objectKey()).isEqualTo("incoming/lyon market warning.txt");
        assertThat(parsed.article().title()).contains("Lyon market attack threat");
        assertThat(parsed.article().text()).contains("Police in Lyon are hunting two men");
    }

    @Test
    void theSameContentTwiceAndAReplayedEventGiveOneParsedArticle() throws IOException {
        byte[] article = resource("lyon-market-warning.txt");
        upload("incoming/lyon market warning.txt", article);
        upload("incoming/copy.txt", article);

        handler.handleRequest(fixtureEvent(), new LocalLambdaContext("parse"));
        handler.handleRequest(fixtureEvent(), new LocalLambdaContext("parse"));
        handler.handleRequest(event("incoming/copy.txt", article.length), new LocalLambdaContext("parse"));

        assertThat(keysUnder(BucketLayout.PARSED)).hasSize(1);
        assertThat(keysUnder(BucketLayout.REJECTED)).isEmpty();
    }

    @Test
    void emptyBinaryAndOversizedUploadsEndAsRejectionsWithReasons() {
        upload("incoming/empty.html", new byte[0]);
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        upload("incoming/photo.jpg", binary);
        byte[] huge = "a".repeat(64 * 1024 + 1).getBytes(StandardCharsets.US_ASCII);
        upload("incoming/huge.txt", huge);

        handler.handleRequest(event("incoming/empty.html", 0), new LocalLambdaContext("parse"));
        handler.handleRequest(event("incoming/photo.jpg", binary.length), new LocalLambdaContext("parse"));
        handler.handleRequest(event("incoming/huge.txt", huge.length), new LocalLambdaContext("parse"));
        handler.handleRequest(event("incoming/deleted.txt", 10), new LocalLambdaContext("parse"));

        ArticleBucket bucket = new ArticleBucket(s3, BUCKET);
        assertThat(bucket.readRejection("incoming/empty.html").orElseThrow().reason()).isEqualTo("EMPTY");
        assertThat(bucket.readRejection("incoming/photo.jpg").orElseThrow().reason()).isEqualTo("BINARY");
        assertThat(bucket.readRejection("incoming/huge.txt").orElseThrow().message()).contains("over the limit");
        assertThat(bucket.readRejection("incoming/deleted.txt").orElseThrow().reason()).isEqualTo("GONE");
        assertThat(keysUnder(BucketLayout.PARSED)).isEmpty();
    }

    @Test
    void anUnreachableS3ThrowsSoLambdaRetries() {
        S3Client unreachable = S3Client.builder()
                .endpointOverride(URI.create("http://127.0.0.1:9")) // discard port: nothing listens
                .forcePathStyle(true).region(LocalAws.REGION).credentialsProvider(LocalAws.credentials())
                .httpClient(UrlConnectionHttpClient.create()).build();
        ParseHandler offline = new ParseHandler(unreachable, 1024);
        assertThatThrownBy(() -> offline.handleRequest(event("incoming/a.txt", 10), new LocalLambdaContext("parse")))
                .isInstanceOf(SdkClientException.class);
    }

    private static S3Event fixtureEvent() throws IOException {
        return LambdaEvents.s3Event(new String(resource("events/s3-object-created.json"), StandardCharsets.UTF_8));
    }

    private static S3Event event(String key, long size) {
        return LambdaEvents.s3Event(S3EventNotifications.objectCreated("us-east-1", BUCKET, key, size, "etag", Instant.now()));
    }

    private static void upload(String key, byte[] content) {
        s3.putObject(p -> p.bucket(BUCKET).key(key), RequestBody.fromBytes(content));
    }

    private static List<String> keysUnder(String prefix) {
        return s3.listObjectsV2(l -> l.bucket(BUCKET).prefix(prefix)).contents().stream().map(S3Object::key).toList();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ParseHandlerTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
