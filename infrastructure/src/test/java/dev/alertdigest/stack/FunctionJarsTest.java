package dev.alertdigest.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alertdigest.article.ContentHash;
import dev.alertdigest.assess.ThreatAssessment;
import dev.alertdigest.assess.ThreatAssessor;
import dev.alertdigest.digest.AssessedArticle;
import dev.alertdigest.extract.ArticleExtractor;
import dev.alertdigest.extract.RejectedInputException;
import dev.alertdigest.local.LocalAws;
import dev.alertdigest.stack.Deliveries.Delivery;
import dev.alertdigest.store.AlertTable;
import dev.alertdigest.store.AssessmentRecords;
import dev.alertdigest.store.BucketLayout;
import dev.alertdigest.store.ParsedArticle;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The deployable function jars (template.yaml's CodeUris, as this build shades them) run as Lambda runs them, on
 * the local emulators: each in a JVM of its own whose only project classes are the jar's ({@link LambdaRuntimeDriver}),
 * the handler built with its no-arg constructor from template.yaml's environment pointed at the emulators, and the
 * functions' own event fixtures delivered through Lambda's serializers. One sample upload goes through parse, score
 * (assessment stored, flash alert sent) and digest (digest published).
 *
 * <p>Why: every other test runs the handlers from the module class path, where each library is whole. The jars
 * are minimized (the shade plugin keeps the classes the handlers' bytecode reaches), so a class that is only loaded
 * by name would be missing from the jar alone and fail only after deployment: Lambda's serializers, for one, load
 * the event classes and Joda-Time from the function's class loader by name.
 *
 * <p>Needs the jars of the same build: infrastructure/pom.xml runs this class in the integration-test phase, after
 * the function modules (dependencies of this one, so earlier in the reactor) are packaged.
 */
class FunctionJarsTest {

    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    static final Path SAMPLE = Path.of("src/main/resources/samples/lyon-market-threat.html");
    static final String BUCKET = LocalPipeline.BUCKET;
    static final String TABLE = LocalPipeline.TABLE;
    static final long TIMEOUT_SECONDS = 60;
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path work;

    static LocalAws aws;
    static S3Client s3;
    static List<FunctionWiring> functions;
    static JsonNode template;
    static String topicArn;
    static Deliveries published;
    static String runtimeClassPath;

    @BeforeAll
    static void startEmulatorsAndCreateResources() throws IOException, URISyntaxException {
        try (InputStream in = Files.newInputStream(REPOSITORY.resolve("template.yaml"))) {
            template = CloudFormationYaml.read(in);
        }
        functions = FunctionWiring.fromTemplate(template);
        runtimeClassPath = String.join(File.pathSeparator, driverDirectory().toString(),
                location(RequestHandler.class), location(LambdaEventSerializers.class));
        aws = LocalAws.start();
        s3 = aws.s3();
        s3.createBucket(b -> b.bucket(BUCKET));
        aws.dynamoDb().createTable(AlertTable.createTableRequest(TABLE));
        topicArn = aws.sns().createTopic(t -> t.name(LocalPipeline.TOPIC)).topicArn();
        published = new Deliveries(aws, topicArn, List.of());
    }

    @AfterAll
    static void stopEmulators() {
        if (aws != null) {
            aws.close();
        }
    }

    @Test
    void parseScoreAndDigestJarsTakeAnUploadToAPublishedDigest()
            throws IOException, InterruptedException, RejectedInputException {
        // parse: an HTML upload (jsoup's path), announced by parse's event fixture with this object's key, size, ETag
        String uploadKey = BucketLayout.INCOMING + "lyon market threat.html";
        byte[] upload = Files.readAllBytes(SAMPLE);
        s3.putObject(p -> p.bucket(BUCKET).key(uploadKey), RequestBody.fromBytes(upload));
        invoke("ParseFunction", forObject(fixture("parse", "s3-object-created.json"), uploadKey));
        assertThat(keysUnder(BucketLayout.REJECTED)).as("rejections by the parse function").isEmpty();
        String articleId = ContentHash.sha256Hex(upload);
        String parsedKey = BucketLayout.parsedKey(articleId);
        assertThat(keysUnder(BucketLayout.PARSED)).containsExactly(parsedKey);
        ParsedArticle parsed = ParsedArticle.fromJson(MAPPER.readTree(
                s3.getObjectAsBytes(g -> g.bucket(BUCKET).key(parsedKey)).asByteArray()));
        assertThat(parsed.objectKey()).isEqualTo(uploadKey);
        // the jar extracts what the module's own classes extract
        assertThat(parsed.article()).isEqualTo(new ArticleExtractor().extract(upload, uploadKey));

        // score: the assessment stored in DynamoDB, as the module's own classes assess it, and its flash alert
        invoke("ScoreFunction", forObject(fixture("score", "s3-parsed-created.json"), parsedKey));
        assertThat(keysUnder(BucketLayout.REJECTED)).as("rejections by the score function").isEmpty();
        AssessedArticle assessed = new AssessmentRecords(aws.dynamoDb(), TABLE).get(articleId)
                .orElseThrow(() -> new AssertionError("the score function stored no assessment for " + articleId));
        assertThat(assessed.objectKey()).isEqualTo(uploadKey);
        ThreatAssessment expected = ThreatAssessor.withDefaults().assess(parsed.article());
        assertThat(assessed.assessment().tier()).isEqualTo(expected.tier());
        assertThat(assessed.assessment().score()).isEqualTo(expected.score());
        assertThat(published.drainArchive()).as("assessed %s", expected.tier()).extracting(Delivery::type)
                .containsExactly("flash");

        // digest: the window's one story, published with the uploaded article in it
        String status = invoke("DigestFunction", fixture("digest", "scheduled-event.json"));
        assertThat(MAPPER.readTree(status).path("outcome").asText()).as(status).isEqualTo("sent");
        List<Delivery> digests = published.drainArchive();
        assertThat(digests).extracting(Delivery::type).containsExactly("digest");
        JsonNode digest = MAPPER.readTree(digests.get(0).formFor("default"));
        assertThat(digest.at("/stories/0/articles/0/key").asText()).as(digest.toString()).isEqualTo(uploadKey);
    }

    /**
     * Runs the jar template.yaml deploys as this function, in a fresh JVM, on one event; returns the handler's
     * result. The environment is template.yaml's, its !Refs resolved to the local resources, plus what Lambda
     * sets (region, credentials) and the SDK's per-service endpoint variables pointing at the emulators.
     */
    private static String invoke(String logicalId, JsonNode event) throws IOException, InterruptedException {
        FunctionWiring function = functions.stream().filter(f -> f.logicalId().equals(logicalId)).findFirst().orElseThrow();
        Path jar = functionJar(logicalId);
        Path eventFile = Files.writeString(work.resolve(logicalId + "-event.json"), event.toString());
        Path out = work.resolve(logicalId + ".out");
        Path err = work.resolve(logicalId + ".err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", runtimeClassPath + File.pathSeparator + jar,
                LambdaRuntimeDriver.class.getName(), function.handlerClass(), eventFile.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(LocalPipeline.environment(function,
                Map.of("ArticleBucket", BUCKET, "AlertTable", TABLE, "AlertTopic", topicArn),
                // no late score invocations to wait for; and the lowest tiers that alert and make the digest, so
                // that the outcome does not hang on how the sample scores (scoring has tests of its own)
                Map.of("DIGEST_SETTLE_SECONDS", "0", "FLASH_TIER", "ELEVATED", "DIGEST_MIN_TIER", "BACKGROUND")));
        builder.environment().putAll(Map.of(
                "AWS_REGION", LocalAws.REGION.id(),
                "AWS_ACCESS_KEY_ID", LocalAws.ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY", LocalAws.SECRET_KEY,
                "AWS_LAMBDA_FUNCTION_NAME", logicalId,
                "AWS_ENDPOINT_URL_S3", aws.s3Endpoint().toString(),
                "AWS_ENDPOINT_URL_DYNAMODB", aws.dynamoDbEndpoint().toString(),
                "AWS_ENDPOINT_URL_SNS", aws.snsEndpoint().toString()));
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail("%s did not finish within %d s:%n%s", jar, TIMEOUT_SECONDS, tail(err));
        }
        assertThat(process.exitValue()).as("%s failed in its own JVM (handler %s):%n%s", jar, function.handlerClass(), tail(err))
                .isZero();
        try (Stream<String> lines = Files.lines(out)) {
            return lines.filter(line -> line.startsWith(LambdaRuntimeDriver.RESULT)).findFirst()
                    .map(line -> line.substring(LambdaRuntimeDriver.RESULT.length())).orElseThrow();
        }
    }

    /** The function's CodeUri, which this build must have shaded: fails, saying how to build it, if absent or stale. */
    private static Path functionJar(String logicalId) throws IOException {
        String codeUri = template.path("Resources").path(logicalId).path("Properties").path("CodeUri").asText();
        Path jar = REPOSITORY.resolve(codeUri).normalize();
        if (!Files.isRegularFile(jar)) {
            fail("%s is missing: build the function jars with `./mvnw -B verify` (or `./mvnw -B package -DskipTests`)"
                    + " from the repository root", jar);
        }
        long built = jar.toFile().lastModified();
        Path module = jar.getParent().getParent();
        // the module's own classes, and the two modules shaded into every function jar
        for (Path classes : List.of(module.resolve("target/classes"), REPOSITORY.resolve("functions/store/target/classes"),
                REPOSITORY.resolve("functions/core/target/classes"))) {
            if (lastModified(classes) > built) {
                fail("%s is older than %s: rebuild it with `./mvnw -B verify` from the repository root", jar, classes);
            }
        }
        return jar;
    }

    private static long lastModified(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().lastModified()).max().orElse(0);
        }
    }

    /** A function module's event fixture (src/test/resources/events/), as Lambda's JSON. */
    private static JsonNode fixture(String module, String name) throws IOException {
        return MAPPER.readTree(REPOSITORY.resolve("functions").resolve(module).resolve("src/test/resources/events").resolve(name).toFile());
    }

    /** The S3 event fixture for an object as it now is in the bucket: its key (URL-encoded, as S3 sends it), size, ETag. */
    private static JsonNode forObject(JsonNode fixture, String key) {
        HeadObjectResponse head = s3.headObject(h -> h.bucket(BUCKET).key(key));
        ObjectNode event = fixture.deepCopy();
        ObjectNode s3Entity = (ObjectNode) event.at("/Records/0/s3");
        ((ObjectNode) s3Entity.path("bucket")).put("name", BUCKET).put("arn", "arn:aws:s3:::" + BUCKET);
        ((ObjectNode) s3Entity.path("object"))
                .put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"))
                .put("size", head.contentLength())
                .put("eTag", head.eTag().replace("\"", ""));
        return event;
    }

    private static List<String> keysUnder(String prefix) {
        return s3.listObjectsV2(l -> l.bucket(BUCKET).prefix(prefix)).contents().stream().map(S3Object::key).toList();
    }

    /** The driver's compiled classes alone, copied out of test-classes: nothing else of the project on its class path. */
    private static Path driverDirectory() throws IOException, URISyntaxException {
        String packagePath = LambdaRuntimeDriver.class.getPackageName().replace('.', '/');
        Path compiled = Path.of(location(LambdaRuntimeDriver.class)).resolve(packagePath);
        Path copy = Files.createDirectories(work.resolve("driver").resolve(packagePath));
        List<Path> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(compiled)) {
            files.filter(f -> f.getFileName().toString().startsWith(LambdaRuntimeDriver.class.getSimpleName())).forEach(classes::add);
        }
        for (Path file : classes) {
            Files.copy(file, copy.resolve(file.getFileName()));
        }
        return work.resolve("driver");
    }

    private static String location(Class<?> type) throws URISyntaxException {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return Path.of(source.getLocation().toURI()).toString();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
