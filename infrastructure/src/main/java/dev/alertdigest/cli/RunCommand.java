package dev.alertdigest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.alertdigest.article.ContentHash;
import dev.alertdigest.local.LocalAws;
import dev.alertdigest.stack.Deliveries;
import dev.alertdigest.stack.Deliveries.Delivery;
import dev.alertdigest.stack.FunctionWiring;
import dev.alertdigest.stack.LocalPipeline;
import dev.alertdigest.stack.Subscription;
import dev.alertdigest.store.ArticleBucket;
import dev.alertdigest.store.AssessmentRecords;
import dev.alertdigest.store.BucketLayout;
import dev.alertdigest.store.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** run: the whole pipeline on the local emulators, over the given files, with the outputs written to a folder. */
// one paragraph per description line: picocli wraps each to the terminal; the first is the summary `--help` lists
@Command(name = "run", mixinStandardHelpOptions = true, version = AlertDigestCommand.VERSION,
        description = {"Run the whole pipeline on local emulators and write what it sent.",
                "",
                "Starts the local stack (DynamoDB Local, s3proxy, fauxqs), uploads every file to incoming/, lets the"
                        + " parse and score functions run, runs the digest function once, and writes to DIR:",
                "  digest.json    the digest as published (its JSON form)",
                "  email.txt      subject line, blank line, body: what an email subscriber reads",
                "  sms.txt        what an SMS subscriber reads (one GSM-7 message)",
                "  rejected.json  every refused upload with its reason",
                "  deliveries/NAME/NNN-TYPE.txt  what subscriber NAME received, filters applied",
                "",
                "First it deletes these files and the deliveries/ folder where an earlier run left them in DIR, so"
                        + " that everything there is from this run; nothing else in DIR is touched.",
                "",
                "With no PATH it runs on the sample articles bundled with alertdigest. " + InputFiles.RULE,
                "",
                LocalRunOverrides.HELP,
                "",
                "Every PATH and option is checked before the stack starts: a mistake is one line on stderr and exit"
                        + " 2. Exits 0 when every upload ended as an assessment or a rejection, 1 otherwise."})
final class RunCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "files, or directories to read recursively")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "output folder, created if missing (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--subscriptions", paramLabel = "FILE",
            description = "JSON array of {name, protocol: email|sms, filterPolicy} (default: analysts-email gets"
                    + " ELEVATED and above, oncall-sms IMMINENT)")
    Path subscriptionsFile;

    @Option(names = "--template", paramLabel = "FILE",
            description = "SAM template to wire the functions from (default: the bundled template.yaml)")
    Path template;

    @Spec
    CommandSpec spec;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        // every argument is read and checked before the stack starts: a mistake costs no start-up and no run
        Map<String, byte[]> uploads = collectUploads(err);
        List<Subscription> subscriptions = SubscriptionsFile.read(subscriptionsFile);
        List<FunctionWiring> functions = StackTemplate.functions(template);
        OutputFolder.prepare(out);
        if (paths.isEmpty()) {
            err.println("no PATH given: running on the bundled sample articles");
        }
        long started = System.nanoTime();
        err.println("starting the local stack (DynamoDB Local, s3proxy, fauxqs)...");
        try (LocalAws aws = LocalAws.start()) {
            LocalPipeline pipeline = new LocalPipeline(aws, functions, LocalRunOverrides.VALUES);
            Deliveries deliveries = new Deliveries(aws, pipeline.topicArn(), subscriptions);
            err.printf("stack up in %.1f s; uploading %d file(s)%n", (System.nanoTime() - started) / 1e9,
                    uploads.size());
            S3Client s3 = aws.s3();
            int done = 0;
            for (Map.Entry<String, byte[]> upload : uploads.entrySet()) {
                s3.putObject(p -> p.bucket(LocalPipeline.BUCKET).key(upload.getKey()),
                        RequestBody.fromBytes(upload.getValue()));
                pipeline.deliverPendingEvents(step -> { });
                err.printf("[%d/%d] %s%n", ++done, uploads.size(), upload.getKey());
            }
            err.println("running the digest function...");
            pipeline.runScheduledFunctions();
            List<Rejection> rejections = writeOutputs(aws, deliveries, uploads);
            List<String> unaccounted = unaccounted(aws, uploads);
            err.printf("done in %.1f s: %d upload(s), %d rejected; outputs in %s%n",
                    (System.nanoTime() - started) / 1e9, uploads.size(), rejections.size(), out);
            if (!unaccounted.isEmpty()) {
                err.println("error: these uploads ended as neither an assessment nor a rejection: " + unaccounted);
                return 1;
            }
            return 0;
        }
    }

    /** Upload keys to bytes: incoming/ plus the file name (made unique), or the bundled samples. */
    private Map<String, byte[]> collectUploads(PrintWriter err) throws IOException {
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        if (paths.isEmpty()) {
            for (String sample : BundledSamples.NAMES) {
                try (InputStream in = RunCommand.class.getResourceAsStream("/samples/" + sample)) {
                    uploads.put(BucketLayout.INCOMING + sample, in.readAllBytes());
                }
            }
            return uploads;
        }
        for (Path file : InputFiles.expand(paths, err)) {
            String name = file.getFileName().toString();
            String key = BucketLayout.INCOMING + name;
            for (int n = 2; uploads.containsKey(key); n++) {
                key = BucketLayout.INCOMING + n + "-" + name;
            }
            uploads.put(key, read(file));
        }
        return uploads;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UsageError("cannot read " + file + ": " + ReadFailure.of(file, e).error()
                    + "; check the PATH arguments (run reads every file before it starts the stack)");
        }
    }

    private List<Rejection> writeOutputs(LocalAws aws, Deliveries deliveries, Map<String, byte[]> uploads)
            throws IOException {
        List<Delivery> published = deliveries.drainArchive();
        Delivery digest = published.stream().filter(d -> d.type().equals("digest")).reduce((a, b) -> b).orElse(null);
        // no digest published: still the digest's shape (stories is always a list), with a note saying why
        JsonNode digestJson = digest == null
                ? MAPPER.createObjectNode().put("note", "nothing reached the digest")
                        .set("stories", MAPPER.createArrayNode())
                : MAPPER.readTree(digest.body());
        Files.writeString(out.resolve(OutputFolder.DIGEST), PRETTY.writeValueAsString(digestJson) + "\n");
        Files.writeString(out.resolve(OutputFolder.EMAIL),
                digest == null ? "" : digest.subject() + "\n\n" + digest.formFor("email") + "\n");
        Files.writeString(out.resolve(OutputFolder.SMS), digest == null ? "" : digest.formFor("sms") + "\n");

        Path deliveriesDir = out.resolve(OutputFolder.DELIVERIES);
        Map<String, Integer> counts = new HashMap<>();
        for (Delivery delivery : deliveries.drainSubscribers()) {
            Path dir = Files.createDirectories(deliveriesDir.resolve(delivery.subscriber()));
            int n = counts.merge(delivery.subscriber(), 1, Integer::sum);
            String text = delivery.protocol().equals("email")
                    ? delivery.subject() + "\n\n" + delivery.body() : delivery.body();
            String type = delivery.type().isEmpty() ? "message" : delivery.type();
            Files.writeString(dir.resolve(String.format("%03d-%s.txt", n, type)), text + "\n", StandardCharsets.UTF_8);
        }

        ArticleBucket bucket = new ArticleBucket(aws.s3(), LocalPipeline.BUCKET);
        List<Rejection> rejections = new ArrayList<>();
        ArrayNode rejected = MAPPER.createArrayNode();
        for (String key : uploads.keySet()) {
            bucket.readRejection(key).ifPresent(r -> {
                rejections.add(r);
                rejected.add(r.toJson());
            });
        }
        Files.writeString(out.resolve(OutputFolder.REJECTED), PRETTY.writeValueAsString(rejected) + "\n");
        return rejections;
    }

    private static List<String> unaccounted(LocalAws aws, Map<String, byte[]> uploads) {
        ArticleBucket bucket = new ArticleBucket(aws.s3(), LocalPipeline.BUCKET);
        AssessmentRecords assessments = new AssessmentRecords(aws.dynamoDb(), LocalPipeline.TABLE);
        List<String> missing = new ArrayList<>();
        uploads.forEach((key, bytes) -> {
            boolean assessed = assessments.get(ContentHash.sha256Hex(bytes)).isPresent();
            if (!assessed && bucket.readRejection(key).isEmpty()) {
                missing.add(key);
            }
        });
        return missing;
    }
}
