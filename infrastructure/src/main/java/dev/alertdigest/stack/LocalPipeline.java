package dev.alertdigest.stack;

import com.amazonaws.services.lambda.runtime.Context;
import dev.alertdigest.function.digest.DigestHandler;
import dev.alertdigest.function.digest.DigestSettings;
import dev.alertdigest.function.parse.ParseHandler;
import dev.alertdigest.function.score.ScoreHandler;
import dev.alertdigest.function.score.ScoreSettings;
import dev.alertdigest.local.LambdaEvents;
import dev.alertdigest.local.LocalAws;
import dev.alertdigest.local.LocalLambdaContext;
import dev.alertdigest.local.S3EventNotifications;
import dev.alertdigest.store.AlertTable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The deployed pipeline on this machine: the bucket, table and topic on the local emulators, and the same
 * handler classes template.yaml wires, given the template's environment (its !Refs resolved to the local
 * resources). No emulator emits S3 notifications, so this class lists the bucket and delivers an
 * ObjectCreated event, in Lambda's JSON, to the function whose prefix matches each new object.
 */
public final class LocalPipeline {

    public static final String BUCKET = "alertdigest-articles";
    public static final String TABLE = "alertdigest-alerts";
    public static final String TOPIC = "alertdigest-alerts";

    /** How a handler is built from clients and its environment: explicit, one line per handler class. */
    private interface HandlerFactory {
        Object create(Map<String, String> environment);
    }

    private final S3Client s3;
    private final String topicArn;
    private final Map<FunctionWiring, Object> handlers = new LinkedHashMap<>();
    private final Set<String> delivered = new HashSet<>();

    public LocalPipeline(LocalAws aws, List<FunctionWiring> wiring, Map<String, String> overrides) {
        this.s3 = aws.s3();
        DynamoDbClient dynamoDb = aws.dynamoDb();
        SnsClient sns = aws.sns();
        s3.createBucket(b -> b.bucket(BUCKET));
        dynamoDb.createTable(AlertTable.createTableRequest(TABLE));
        this.topicArn = sns.createTopic(t -> t.name(TOPIC)).topicArn();
        Map<String, HandlerFactory> factories = Map.of(
                ParseHandler.class.getName(),
                env -> new ParseHandler(s3, ParseHandler.maxUploadBytes(env.get("MAX_UPLOAD_BYTES"))),
                ScoreHandler.class.getName(),
                env -> new ScoreHandler(s3, dynamoDb, sns, ScoreSettings.fromEnvironment(env), Clock.systemUTC()),
                DigestHandler.class.getName(),
                env -> new DigestHandler(dynamoDb, sns, DigestSettings.fromEnvironment(env), Clock.systemUTC()));
        Map<String, String> resources = Map.of("AlertTable", TABLE, "AlertTopic", topicArn, "ArticleBucket", BUCKET);
        for (FunctionWiring function : wiring) {
            HandlerFactory factory = factories.get(function.handlerClass());
            if (factory == null) {
                throw new IllegalStateException("template.yaml names handler " + function.handlerClass() + " for "
                        + function.logicalId() + ", which the local stack does not know: add it to LocalPipeline");
            }
            handlers.put(function, factory.create(environment(function, resources, overrides)));
        }
    }

    public String topicArn() {
        return topicArn;
    }

    /** A function's environment from template.yaml, its !Refs resolved to {@code resources}, then the overrides. */
    static Map<String, String> environment(FunctionWiring function, Map<String, String> resources,
                                           Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>();
        function.environment().forEach((name, value) -> {
            String resolved = switch (value) {
                case FunctionWiring.Literal literal -> literal.value();
                case FunctionWiring.Reference ref -> resources.getOrDefault(ref.logicalId(), ref.parameterDefault());
            };
            if (resolved != null) {
                env.put(name, resolved);
            }
        });
        env.putAll(overrides);
        return env;
    }

    /**
     * Delivers an ObjectCreated event for every object not yet delivered, to the function whose prefix
     * matches, until no function writes anything new. Returns how many events were delivered.
     */
    public int deliverPendingEvents(Consumer<String> progress) {
        int count = 0;
        boolean more = true;
        while (more) {
            more = false;
            List<S3Object> objects = s3.listObjectsV2Paginator(l -> l.bucket(BUCKET)).contents().stream().toList();
            for (S3Object object : objects) {
                String identity = object.key() + "@" + object.lastModified() + "#" + object.eTag();
                if (delivered.contains(identity)) {
                    continue;
                }
                delivered.add(identity);
                for (Map.Entry<FunctionWiring, Object> entry : handlers.entrySet()) {
                    String prefix = entry.getKey().s3Prefix();
                    if (prefix != null && object.key().startsWith(prefix)) {
                        String json = S3EventNotifications.objectCreated(LocalAws.REGION.id(), BUCKET, object.key(),
                                object.size(), object.eTag(), object.lastModified());
                        invokeS3(entry.getKey(), entry.getValue(), json);
                        progress.accept(entry.getKey().logicalId() + " " + object.key());
                        count++;
                        more = true;
                    }
                }
            }
        }
        return count;
    }

    private static void invokeS3(FunctionWiring function, Object handler, String eventJson) {
        Context context = new LocalLambdaContext(function.logicalId(), 30, LocalLambdaContext.silentLogger());
        switch (handler) {
            case ParseHandler parse -> parse.handleRequest(LambdaEvents.s3Event(eventJson), context);
            case ScoreHandler score -> score.handleRequest(LambdaEvents.s3Event(eventJson), context);
            default -> throw new IllegalStateException(function.logicalId() + " is not triggered by S3");
        }
    }

    /** Runs every scheduled function once, as its schedule would; returns the digest handler's result. */
    public String runScheduledFunctions() {
        String result = null;
        for (Map.Entry<FunctionWiring, Object> entry : handlers.entrySet()) {
            if (entry.getKey().schedule() != null && entry.getValue() instanceof DigestHandler digest) {
                String json = S3EventNotifications.scheduled(LocalAws.REGION.id(), entry.getKey().logicalId(), Instant.now());
                result = digest.handleRequest(LambdaEvents.scheduledEvent(json),
                        new LocalLambdaContext(entry.getKey().logicalId(), 120, LocalLambdaContext.silentLogger()));
            }
        }
        return result;
    }
}
