package dev.alertdigest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alertdigest.assess.Dimension;
import dev.alertdigest.assess.DimensionScore;
import dev.alertdigest.assess.Kind;
import dev.alertdigest.assess.ThreatAssessment;
import dev.alertdigest.assess.Tier;
import dev.alertdigest.digest.AssessedArticle;
import dev.alertdigest.digest.TextFingerprint;
import dev.alertdigest.function.digest.DigestHandler;
import dev.alertdigest.function.digest.DigestSettings;
import dev.alertdigest.local.LambdaEvents;
import dev.alertdigest.local.LocalAws;
import dev.alertdigest.local.LocalLambdaContext;
import dev.alertdigest.local.S3EventNotifications;
import dev.alertdigest.local.TopicQueue;
import dev.alertdigest.store.AlertTable;
import dev.alertdigest.store.AssessmentRecords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Composes one digest from 10,000 stored assessments (DynamoDB Local) and reports the digest function's time and
 * peak memory. The function runs in a fresh JVM of its own with a 256 MB heap cap, as a cold Lambda container
 * would, so the figures are its own and not the emulators'; once cold, and once primed as SnapStart primes the
 * deployed function before its snapshot ({@link DigestHandler#prime()}). The peer, measured the same way in the
 * same run: a plain Scan that reads the same table once and decodes nothing.
 *
 * <p>Usage: {@code benchmarks/run digest [--articles N] [--trials N]} (defaults 10000 and 3).
 */
public final class DigestBenchmark {

    private static final String TABLE = "bench-alerts";
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final String HEAP = "-Xmx256m";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DigestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args);
            return;
        }
        int articles = option(args, "--articles", 10_000);
        int trials = option(args, "--trials", 3);
        if (Arrays.asList(args).contains("--help")) {
            System.out.println("usage: benchmarks/run digest [--articles N] [--trials N]");
            return;
        }
        try (LocalAws aws = LocalAws.start()) {
            DynamoDbClient dynamoDb = aws.dynamoDb();
            dynamoDb.createTable(AlertTable.createTableRequest(TABLE));
            String topicArn = aws.sns().createTopic(t -> t.name("bench-digests")).topicArn();
            TopicQueue archive = TopicQueue.subscribe(aws, topicArn, "bench-archive", null);
            long loadStart = System.nanoTime();
            int events = load(dynamoDb, articles);
            System.err.printf("loaded %,d assessments (%,d events) in %.1f s%n", articles, events,
                    (System.nanoTime() - loadStart) / 1e9);

            List<JsonNode> digestRuns = new ArrayList<>();
            List<JsonNode> scanRuns = new ArrayList<>();
            List<JsonNode> primedRuns = new ArrayList<>();
            for (int trial = 1; trial <= trials; trial++) {
                digestRuns.add(digestInChild("digest", trial, dynamoDb, aws, topicArn, archive));
                primedRuns.add(digestInChild("primed", trial, dynamoDb, aws, topicArn, archive));
                scanRuns.add(runChild("scan", aws, topicArn));
                System.err.printf("trial %d: digest %s, primed %s, scan %s%n", trial, digestRuns.getLast(),
                        primedRuns.getLast(), scanRuns.getLast());
            }
            report(articles, events, digestRuns, primedRuns, scanRuns);
        }
        // DynamoDB Local leaves a non-daemon job thread (ShardRolloverJobScheduler) sleeping for minutes after the
        // server stops; without this the command would sit idle for six minutes after printing its figures
        System.exit(0);
    }

    /**
     * Synthetic but shaped like the product's traffic: events reported by 1 to 12 outlets (near-duplicate texts
     * naming the same actor and place), among 200 actors and 500 cities, plus 30 % articles about no threat.
     */
    private static int load(DynamoDbClient dynamoDb, int count) throws InterruptedException {
        Random random = new Random(20261122L);
        String[] vocabulary = words(random, 3000);
        String[] actors = new String[200];
        for (int i = 0; i < actors.length; i++) {
            actors[i] = capitalised(vocabulary[random.nextInt(vocabulary.length)]) + " "
                    + List.of("Front", "Brigade", "Movement", "Army", "Cell").get(i % 5);
        }
        String[] cities = words(random, 500);
        String[] sites = {"ferry terminal", "airport", "central station", "market", "stadium", "embassy", "city hall",
                "harbour", "university", "cathedral"};
        List<AssessedArticle> all = new ArrayList<>(count);
        int event = 0;
        while (all.size() < count) {
            event++;
            boolean noise = random.nextInt(10) < 3; // not about a threat at all
            String actor = actors[random.nextInt(actors.length)];
            String place = capitalised(cities[random.nextInt(cities.length)]) + " " + sites[random.nextInt(sites.length)];
            Tier tier = noise ? Tier.BACKGROUND : Tier.ofLevel(1 + random.nextInt(3));
            int reports = noise ? 1 : 1 + random.nextInt(12);
            String[] base = new String[80];
            for (int w = 0; w < base.length; w++) {
                base[w] = vocabulary[random.nextInt(vocabulary.length)];
            }
            for (int r = 0; r < reports && all.size() < count; r++) {
                String[] words = base.clone();
                for (int change = 0; change < 6; change++) { // each outlet words a few things its own way
                    words[random.nextInt(words.length)] = vocabulary[random.nextInt(vocabulary.length)];
                }
                String text = actor + " threatens " + place + ". " + String.join(" ", words) + ".";
                Instant at = NOW.minus(Duration.ofMinutes(1 + random.nextInt(23 * 60)));
                all.add(article(event, r, text, at, noise, tier, actor, place));
            }
        }
        AssessmentRecords records = new AssessmentRecords(dynamoDb, TABLE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (AssessedArticle article : all) {
            pool.execute(() -> records.putIfAbsent(article, Duration.ofDays(30)));
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("loading the assessments took over 10 minutes");
        }
        return event;
    }

    private static AssessedArticle article(int event, int report, String text, Instant at, boolean noise, Tier tier,
                                           String actor, String place) {
        int score = noise ? 5 : 20 + 25 * tier.level();
        String headline = noise ? "Markets close higher on event " + event : actor + " threat to " + place;
        List<DimensionScore> dimensions = List.of(
                new DimensionScore(Dimension.ACTOR, noise ? 0 : 2, "named group", noise ? List.of() : List.of(actor)),
                new DimensionScore(Dimension.TARGET, noise ? 0 : 2, "named site", noise ? List.of() : List.of(place)));
        ThreatAssessment assessment = new ThreatAssessment(noise ? Kind.OTHER : Kind.THREAT, score, tier,
                noise ? List.of() : List.of(actor), noise ? List.of() : List.of(place), List.of(), dimensions, false,
                headline, List.of(text.substring(0, text.indexOf('.') + 1)), headline);
        String id = String.format("%08x%04x", event, report).repeat(6).substring(0, 64);
        return new AssessedArticle(id, "incoming/event-" + event + "-" + report + ".html", headline,
                "Outlet " + report, "2026-11-20", at, assessment, TextFingerprint.of(text));
    }

    private static String[] words(Random random, int count) {
        String[] syllables = {"ka", "ro", "mi", "ten", "dor", "sa", "vel", "qu", "an", "bri", "lo", "mar", "ny", "es", "tor"};
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            words[i] = word.toString() + i; // unique
        }
        return words;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Forget the last trial's digest and stories, keeping the assessments. */
    private static void reset(DynamoDbClient dynamoDb) {
        Map<String, AttributeValue> start = null;
        do {
            ScanResponse page = dynamoDb.scan(ScanRequest.builder().tableName(TABLE).exclusiveStartKey(start)
                    .filterExpression("begins_with(pk, :digest) OR begins_with(pk, :story)")
                    .expressionAttributeValues(Map.of(":digest", AttributeValue.fromS("DIGEST"),
                            ":story", AttributeValue.fromS("STORY#")))
                    .projectionExpression("pk, sk").build());
            page.items().forEach(key -> dynamoDb.deleteItem(d -> d.tableName(TABLE).key(key)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
    }

    /** One digest of the whole table in a fresh child JVM, checked to have sent exactly one message. */
    private static JsonNode digestInChild(String mode, int trial, DynamoDbClient dynamoDb, LocalAws aws, String topicArn,
                                          TopicQueue archive) throws IOException, InterruptedException {
        reset(dynamoDb);
        JsonNode run = runChild(mode, aws, topicArn);
        int delivered = archive.drain().size();
        if (delivered != 1 || !run.path("outcome").asText().equals("sent")) {
            throw new IllegalStateException("trial " + trial + " (" + mode + ") did not send exactly one digest: " + run
                    + ", " + delivered + " delivered");
        }
        return run;
    }

    private static JsonNode runChild(String mode, LocalAws aws, String topicArn) throws IOException, InterruptedException {
        return JSON.readTree(lastLineOfChild(DigestBenchmark.class, List.of(HEAP), mode,
                List.of(aws.dynamoDbEndpoint().toString(), aws.snsEndpoint().toString(), topicArn)));
    }

    /**
     * Runs {@code main --child mode args…} in a fresh JVM with the deployed JVM options (and {@code jvmOptions}),
     * its stderr passed through, and returns the last line it printed: the child's result.
     */
    static String lastLineOfChild(Class<?> main, List<String> jvmOptions, String mode, List<String> args)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(deployedJvmOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), "--child", mode));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                last = line;
            }
        }
        if (process.waitFor() != 0 || last == null) {
            throw new IllegalStateException("the " + mode + " child JVM failed (exit " + process.exitValue() + ")");
        }
        return last;
    }

    /**
     * The JVM options the functions are deployed with (JAVA_TOOL_OPTIONS in template.yaml's Globals), so the child
     * runs the digest as Lambda would: with those options, C1 only, which suits short-lived invocations.
     */
    static List<String> deployedJvmOptions() throws IOException {
        Path template = Path.of("template.yaml");
        if (!Files.exists(template)) {
            throw new IllegalStateException("run from the repository root (benchmarks/run does): template.yaml not found in "
                    + Path.of("").toAbsolutePath());
        }
        for (String line : Files.readAllLines(template)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("JAVA_TOOL_OPTIONS:")) {
                return List.of(trimmed.substring("JAVA_TOOL_OPTIONS:".length()).trim().split("\\s+"));
            }
        }
        throw new IllegalStateException("template.yaml sets no JAVA_TOOL_OPTIONS: add them to Globals or adjust the benchmark");
    }

    /** In the child JVM: one cold digest (or scan), then its own time and memory as one JSON line. */
    private static void child(String[] args) throws IOException {
        String mode = args[1];
        CallTimer calls = new CallTimer();
        DynamoDbClient dynamoDb = DynamoDbClient.builder().endpointOverride(URI.create(args[2]))
                .region(LocalAws.REGION).credentialsProvider(LocalAws.credentials())
                .overrideConfiguration(o -> o.addExecutionInterceptor(calls))
                .httpClient(UrlConnectionHttpClient.create()).build();
        SnsClient sns = SnsClient.builder().endpointOverride(URI.create(args[3]))
                .region(LocalAws.REGION).credentialsProvider(LocalAws.credentials())
                .overrideConfiguration(o -> o.addExecutionInterceptor(calls))
                .httpClient(UrlConnectionHttpClient.create()).build();
        long jvmStart = System.nanoTime();
        // what SnapStart or a warm container has already paid: the SDK's first request (class loading, signing)
        dynamoDb.describeTable(d -> d.tableName(TABLE));
        sns.listTopics();
        DigestHandler handler = new DigestHandler(dynamoDb, sns, new DigestSettings(TABLE, args[4], Tier.ELEVATED, 20,
                Duration.ZERO, Duration.ofHours(24), Duration.ofMinutes(5)), Clock.fixed(NOW, ZoneOffset.UTC));
        if (mode.equals("primed")) {
            handler.prime(); // what SnapStart's beforeCheckpoint hook runs before the snapshot
        }
        double warmUp = (System.nanoTime() - jvmStart) / 1e9;
        calls.reset();
        long start = System.nanoTime();
        String outcome;
        long items = 0;
        if (!mode.equals("scan")) {
            String status = handler.handleRequest(LambdaEvents.scheduledEvent(
                    S3EventNotifications.scheduled("us-east-1", "bench", NOW)), new LocalLambdaContext("digest"));
            JsonNode parsed = JSON.readTree(status);
            outcome = parsed.path("outcome").asText();
            items = parsed.path("stories").asLong();
        } else {
            Map<String, AttributeValue> from = null;
            do {
                ScanResponse page = dynamoDb.scan(ScanRequest.builder().tableName(TABLE).exclusiveStartKey(from).build());
                items += page.count();
                from = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (from != null);
            outcome = "scanned";
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPeak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println(JSON.createObjectNode().put("outcome", outcome).put("count", items)
                .put("seconds", seconds).put("inCallsSeconds", calls.seconds()).put("sdkWarmUpSeconds", warmUp).put("heapPeakMb", heapPeak / 1048576.0).put("rssPeakMb", rssPeakMb()));
    }

    /** The process's peak resident set (VmHWM), the figure Lambda's memory limit applies to. */
    private static double rssPeakMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static void report(int articles, int events, List<JsonNode> digests, List<JsonNode> primed,
                               List<JsonNode> scans) throws IOException {
        List<String> jvmOptions = deployedJvmOptions();
        double scanSeconds = median(scans, "seconds");
        System.out.printf("Digest from %,d stored assessments (%,d events; DynamoDB Local; fresh JVM per run, %s %s;"
                + " %d trials)%n", articles, events, HEAP, String.join(" ", jvmOptions), digests.size());
        for (List<JsonNode> runs : List.of(digests, primed)) {
            double seconds = median(runs, "seconds");
            System.out.printf("  %s: %.2f s median (read, group into %d stories, save them, compose, publish)%n",
                    runs == digests ? "cold JVM, no SnapStart  " : "SnapStart-primed (as deployed)", seconds,
                    runs.getFirst().path("count").asInt());
            System.out.printf("      waiting on DynamoDB Local and SNS %.2f s, the function's own work %.2f s;"
                            + " peak heap %.0f MB, peak RSS %.0f MB; before it: %.2f s of %s%n",
                    median(runs, "inCallsSeconds"), seconds - median(runs, "inCallsSeconds"), max(runs, "heapPeakMb"),
                    max(runs, "rssPeakMb"), median(runs, "sdkWarmUpSeconds"),
                    runs == digests ? "the SDK's first request (paid once per container)"
                            : "the SDK's first request and priming (paid once per published version)");
        }
        System.out.printf("  peer, one Scan of the same table: %.2f s median (%d items)%n", scanSeconds,
                scans.getFirst().path("count").asInt());
        System.out.printf("  ratio digest / scan: cold %.2f, primed %.2f (targets: under 2 s and 256 MB)%n",
                median(digests, "seconds") / scanSeconds, median(primed, "seconds") / scanSeconds);
    }

    /**
     * The wall time during which at least one SDK call was in flight, to tell the emulator's time from the function's
     * own. The digest sends requests side by side, so this is the union of their intervals, not their sum.
     */
    private static final class CallTimer implements ExecutionInterceptor {
        private int inFlight;
        private long busySince;
        private long total;

        @Override
        public synchronized void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (inFlight++ == 0) {
                busySince = System.nanoTime();
            }
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            ended();
        }

        @Override
        public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
            ended();
        }

        private synchronized void ended() {
            if (--inFlight == 0) {
                total += System.nanoTime() - busySince;
            }
        }

        synchronized void reset() {
            total = 0;
        }

        synchronized double seconds() {
            return total / 1e9;
        }
    }

    private static double median(List<JsonNode> runs, String field) {
        double[] values = runs.stream().mapToDouble(r -> r.path(field).asDouble()).sorted().toArray();
        return values[values.length / 2];
    }

    private static double max(List<JsonNode> runs, String field) {
        return runs.stream().mapToDouble(r -> r.path(field).asDouble()).max().orElse(Double.NaN);
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
