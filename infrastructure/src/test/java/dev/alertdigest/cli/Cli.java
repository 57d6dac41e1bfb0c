package dev.alertdigest.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** The alertdigest command line run in this JVM, as `java -jar alertdigest.jar ARGS` would run it. */
final class Cli {

    /** What one invocation left behind: its exit code, and everything it printed to stdout and stderr. */
    record Result(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private Cli() {
    }

    static Result run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = AlertDigestCommand.commandLine();
        // set on the root before execute: picocli hands both writers to every subcommand
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int exitCode = cli.execute(strings);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** The files `run` wrote for one subscriber under DIR/deliveries/NAME/, in order; none if it received nothing. */
    static List<Path> deliveries(Path out, String subscriber) throws IOException {
        Path dir = out.resolve("deliveries").resolve(subscriber);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** The two seed articles in ../shared (surefire passes where, as alertdigest.shared); skips when absent. */
    static Path seeds() {
        Path dir = Path.of(System.getProperty("alertdigest.shared", "../../shared"), "corpus", "seeds");
        assumeTrue(Files.isDirectory(dir), "the shared seed articles are not at " + dir.toAbsolutePath());
        return dir;
    }
}
