package dev.alertdigest.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alertdigest.function.digest.DigestHandler;
import dev.alertdigest.function.digest.DigestSettings;
import dev.alertdigest.function.parse.ParseHandler;
import dev.alertdigest.function.score.ScoreHandler;
import dev.alertdigest.function.score.ScoreSettings;
import dev.alertdigest.local.LambdaEvents;
import dev.alertdigest.local.LocalLambdaContext;
import dev.alertdigest.local.S3EventNotifications;
import dev.alertdigest.store.AlertTable;
import dev.alertdigest.store.BucketLayout;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The pipeline's flow on LocalStack instead of the embedded emulators: the seed articles uploaded to S3,
 * delivered as ObjectCreated events to the parse and then the score handler, the digest handler run once,
 * and the digest received by an SQS queue subscribed to the SNS topic. Unlike fauxqs, LocalStack honours
 * MessageStructure=json, so the queue gets the digest's `default` body.
 *
 * <p>Needs a Docker engine: where none answers (as on the development machines) JUnit reports the class as
 * skipped with "disabledWithoutDocker is true and Docker is not available". The image is pinned to
 * {@value #DEFAULT_IMAGE}, the last LocalStack tag that starts without an auth token; override it with
 * {@code -Dlocalstack.image=...} or {@code LOCALSTACK_IMAGE} (e.g. a later LocalStack with
 * {@code LOCALSTACK_AUTH_TOKEN} set, which is passed through, or {@code floci/floci}).
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackPipelineTest {

    static final String DEFAULT_IMAGE = "localstack/localstack:4.14.0";
    static final String BUCKET = "alertdigest-articles";
    static final String TABLE = "alertdigest-alerts";
    static final ObjectMapper MAPPER = new ObjectMapper();

    @Container
    static final LocalStackContainer LOCALSTACK = localStack();

    static S3Client s3;
    static DynamoDbClient dynamoDb;
    static SnsClient sns;
    static SqsClient sqs;
    static String topicArn;
    static String queueUrl;

    static LocalStackContainer localStack() {
        String image = System.getProperty("localstack.image", System.getenv().getOrDefault("LOCALSTACK_IMAGE", DEFAULT_IMAGE));
        LocalStackContainer container = new LocalStackContainer(
                DockerImageName.parse(image).asCompatibleSubstituteFor("localstack/localstack"))
                .withServices("s3", "dynamodb", "sns", "sqs");
        String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
        if (token != null && !token.isBlank()) {
            container.withEnv("LOCALSTACK_AUTH_TOKEN", token);
        }
        return container;
    }

    /** The handlers as Lambda would build them, given LocalStack's clients: kept in one place on purpose. */
    record Handlers(ParseHandler parse, ScoreHandler score, DigestHandler digest) {
    }

    static Handlers handlers() {
        // the environment template.yaml gives the functions, with the local resources; no settle time, since
        // every score invocation has finished before the digest runs
        Map<String, String> env = Map.of("TABLE_NAME", TABLE, "TOPIC_ARN", topicArn, "DIGEST_SETTLE_SECONDS", "0");
        return new Handlers(
                new ParseHandler(s3, ParseHandler.maxUploadBytes(null)),
                new ScoreHandler(s3, dynamoDb, sns, ScoreSettings.fromEnvironment(env), Clock.systemUTC()),
                new DigestHandler(dynamoDb, sns, DigestSettings.fromEnvironment(env), Clock.systemUTC()));
    }

    @BeforeAll
    static void createResources() {
        URI endpoint = LOCALSTACK.getEndpoint();
        Region region = Region.of(LOCALSTACK.getRegion());
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey()));
        s3 = S3Client.builder().endpointOverride(endpoint).region(region).credentialsProvider(credentials)
                .forcePathStyle(true).httpClient(UrlConnectionHttpClient.create()).build();
        dynamoDb = DynamoDbClient.builder().endpointOverride(endpoint).region(region).credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create()).build();
        sns = SnsClient.builder().endpointOverride(endpoint).region(region).credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create()).build();
        sqs = SqsClient.builder().endpointOverride(endpoint).region(region).credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create()).build();

        s3.createBucket(b -> b.bucket(BUCKET));
        dynamoDb.createTable(AlertTable.createTableRequest(TABLE));
        dynamoDb.waiter().waitUntilTableExists(t -> t.tableName(TABLE));
        topicArn = sns.createTopic(t -> t.name("alertdigest-alerts")).topicArn();
        queueUrl = sqs.createQueue(q -> q.queueName("digest-observer")).queueUrl();
        String queueArn = sqs.getQueueAttributes(a -> a.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        sns.subscribe(s -> s.topicArn(topicArn).protocol("sqs").endpoint(queueArn));
    }

    @Test
    void seedsFlowThroughParseScoreAndDigestToTheTopic() throws IOException {
        Path seeds = Path.of(System.getProperty("alertdigest.shared", "../../shared"), "corpus", "seeds");
        assumeTrue(Files.isDirectory(seeds), "the shared seed articles are not at " + seeds.toAbsolutePath());
        Handlers handlers = handlers();
        List<String> uploaded = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.sorted().toList()) {
                String key = BucketLayout.INCOMING + seed.getFileName();
                s3.putObject(p -> p.bucket(BUCKET).key(key), RequestBody.fromFile(seed));
                uploaded.add(key);
            }
        }

        // S3 would notify the parse function of each upload, and the score function of each parsed article
        uploaded.forEach(key -> handlers.parse().handleRequest(
                LambdaEvents.s3Event(objectCreated(key)), new LocalLambdaContext("ParseFunction")));
        List<String> parsed = keysUnder(BucketLayout.PARSED);
        assertThat(parsed).hasSize(2);
        assertThat(keysUnder(BucketLayout.REJECTED)).isEmpty();
        parsed.forEach(key -> handlers.score().handleRequest(
                LambdaEvents.s3Event(objectCreated(key)), new LocalLambdaContext("ScoreFunction")));

        String status = handlers.digest().handleRequest(scheduled(), new LocalLambdaContext("DigestFunction"));
        assertThat(MAPPER.readTree(status).path("outcome").asText()).as(status).isEqualTo("sent");

        Message delivered = receiveOne();
        JsonNode envelope = MAPPER.readTree(delivered.body());
        assertThat(envelope.path("Subject").asText()).isNotBlank();
        // subscribers filter on the highest tier, sent as a Number attribute
        assertThat(envelope.path("MessageAttributes").path("tierLevel").path("Type").asText()).isEqualTo("Number");
        JsonNode digest = MAPPER.readTree(envelope.path("Message").asText());
        List<String> articleKeys = new ArrayList<>();
        digest.path("stories").forEach(story -> story.path("articles").forEach(a -> articleKeys.add(a.path("key").asText())));
        assertThat(articleKeys).as(digest.toString()).containsExactlyInAnyOrderElementsOf(uploaded);

        // the window is recorded as sent: running the schedule again publishes nothing more
        String again = handlers.digest().handleRequest(scheduled(), new LocalLambdaContext("DigestFunction"));
        assertThat(MAPPER.readTree(again).path("outcome").asText()).as(again).isNotEqualTo("sent");
        assertThat(sqs.receiveMessage(r -> r.queueUrl(queueUrl).waitTimeSeconds(2)).messages()).isEmpty();
    }

    /** The ObjectCreated event S3 sends Lambda for an object as it now is in the bucket. */
    private static String objectCreated(String key) {
        HeadObjectResponse head = s3.headObject(h -> h.bucket(BUCKET).key(key));
        return S3EventNotifications.objectCreated(LOCALSTACK.getRegion(), BUCKET, key, head.contentLength(),
                head.eTag(), head.lastModified());
    }

    private static com.amazonaws.services.lambda.runtime.events.ScheduledEvent scheduled() {
        return LambdaEvents.scheduledEvent(S3EventNotifications.scheduled(LOCALSTACK.getRegion(), "DigestSchedule", Instant.now()));
    }

    private static List<String> keysUnder(String prefix) {
        return s3.listObjectsV2(l -> l.bucket(BUCKET).prefix(prefix)).contents().stream().map(S3Object::key).toList();
    }

    /** SNS delivers to SQS asynchronously: wait for the message, then check nothing else came with it. */
    private static Message receiveOne() {
        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).waitTimeSeconds(10).maxNumberOfMessages(10)).messages();
        assertThat(messages).hasSize(1);
        sqs.deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(messages.get(0).receiptHandle()));
        return messages.get(0);
    }
}
