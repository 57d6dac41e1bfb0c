package dev.alertdigest.cli;

import dev.alertdigest.local.LocalAws;
import dev.alertdigest.stack.FunctionWiring;
import dev.alertdigest.stack.LocalPipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** serve: the local stack kept up, its endpoints printed, uploads processed as they arrive. */
// one paragraph per description line: picocli wraps each to the terminal; the first is the summary `--help` lists
@Command(name = "serve", mixinStandardHelpOptions = true, version = AlertDigestCommand.VERSION,
        description = {"Keep the local stack up and process uploads as they arrive.",
                "",
                "Starts the local stack, prints its endpoints and the AWS CLI settings to reach them, processes"
                        + " uploads to s3://" + LocalPipeline.BUCKET + "/incoming/ as they arrive, and runs the digest"
                        + " function every --digest-every seconds. Stop with Ctrl-C.",
                "",
                LocalRunOverrides.HELP,
                "",
                "--digest-every and --template are checked before the stack starts: a mistake is one line on stderr"
                        + " and exit 2."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--digest-every", paramLabel = "SECONDS", defaultValue = "60",
            description = "seconds between digest runs (default: ${DEFAULT-VALUE})")
    int digestEvery;

    @Option(names = "--template", paramLabel = "FILE",
            description = "SAM template to wire the functions from (default: the bundled template.yaml)")
    Path template;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // checked before the stack starts: a mistake costs no start-up
        if (digestEvery < 1) {
            throw new UsageError("--digest-every " + digestEvery
                    + ": give the seconds between digest runs, at least 1");
        }
        List<FunctionWiring> functions = StackTemplate.functions(template);
        try (LocalAws aws = LocalAws.start()) {
            LocalPipeline pipeline = new LocalPipeline(aws, functions, LocalRunOverrides.VALUES);
            out.println("alertdigest local stack is up (credentials test/test, region " + LocalAws.REGION.id() + "):");
            out.println("  S3        " + aws.s3Endpoint() + "   bucket " + LocalPipeline.BUCKET);
            out.println("  DynamoDB  " + aws.dynamoDbEndpoint() + "   table " + LocalPipeline.TABLE);
            out.println("  SNS/SQS   " + aws.snsEndpoint() + "   topic " + pipeline.topicArn());
            out.println("Upload with:");
            out.println("  AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=" + LocalAws.REGION.id()
                    + " aws --endpoint-url " + aws.s3Endpoint() + " s3 cp article.html s3://" + LocalPipeline.BUCKET
                    + "/incoming/");
            out.flush();
            long nextDigest = System.currentTimeMillis() + digestEvery * 1000L;
            while (!Thread.currentThread().isInterrupted()) {
                pipeline.deliverPendingEvents(step -> {
                    out.println("  " + step);
                    out.flush();
                });
                if (System.currentTimeMillis() >= nextDigest) {
                    pipeline.runScheduledFunctions();
                    nextDigest = System.currentTimeMillis() + digestEvery * 1000L;
                }
                Thread.sleep(1000);
            }
        }
        return 0;
    }
}
