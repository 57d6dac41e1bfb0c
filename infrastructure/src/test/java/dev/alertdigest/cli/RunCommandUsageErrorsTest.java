package dev.alertdigest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mistakes in run's and serve's arguments: each is one line on stderr saying what is wrong and what to do, exit 2,
 * found before the local stack starts (so no "starting the local stack" line, and nothing written).
 */
class RunCommandUsageErrorsTest {

    @TempDir
    static Path work;

    static Path article;
    static Path out;

    @BeforeAll
    static void writeAnArticle() throws IOException {
        article = Files.writeString(work.resolve("article.txt"), "Police warn of a threat to the market.\n");
        out = work.resolve("out");
    }

    /** What the user got wrong, the arguments, and what the one line says. */
    static Stream<Arguments> mistakes() throws IOException {
        Path missing = work.resolve("nonexistent");
        Path cutJson = Files.writeString(work.resolve("cut.json"), "[{\"name\": \"desk\", \"protocol\": \"email\"");
        Path fax = Files.writeString(work.resolve("fax.json"), "[{\"name\": \"desk\", \"protocol\": \"fax\"}]");
        Path cutYaml = Files.writeString(work.resolve("cut.yaml"), "Resources:\n  Parse: [\n");
        Path noFunctions = Files.writeString(work.resolve("no-functions.yaml"), "Resources: {}\n");
        Path empty = Files.createDirectories(work.resolve("empty"));
        return Stream.of(
                arguments("an empty PATH (an unset variable)", List.of(article, ""),
                        "an empty PATH was given (an unset shell variable?); name a file or a directory"),
                arguments("a directory with nothing to read", List.of(empty),
                        "nothing to read: " + empty + " holds no files to read"),
                arguments("a missing input path", List.of(missing),
                        "cannot read " + missing + ": no such file; check the PATH arguments"),
                arguments("a missing subscriptions file", List.of(article, "--subscriptions", missing),
                        "--subscriptions " + missing + ": no such file; fix the file (a JSON array of {name,"),
                arguments("a subscriptions file cut short", List.of(article, "--subscriptions", cutJson),
                        "--subscriptions " + cutJson + ": not valid at line 1, column 38: Unexpected end-of-input:"
                                + " expected close marker for Object; fix the file"),
                arguments("a protocol SNS cannot deliver", List.of(article, "--subscriptions", fax),
                        "--subscriptions " + fax + ": subscription desk: protocol must be email or sms, not fax;"
                                + " fix the file"),
                arguments("a missing template", List.of(article, "--template", missing),
                        "--template " + missing + ": no such file; name a SAM template"),
                arguments("a template cut short", List.of(article, "--template", cutYaml),
                        "--template " + cutYaml + ": not valid at line 2, column 11: while parsing a flow node:"
                                + " expected the node content, but found '<stream end>'; name a SAM template"),
                arguments("a template with no function", List.of(article, "--template", noFunctions),
                        "--template " + noFunctions + " declares no AWS::Serverless::Function"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void runRefusesBeforeTheStack(String mistake, List<Object> arguments, String expected) {
        Stream<Object> args = Stream.concat(Stream.of("run", "--out", out), arguments.stream());
        assertRefusedBeforeTheStack(Cli.run(args.toArray()), expected);
    }

    @Test
    void anOutputFolderThatIsAFile() throws IOException {
        Path file = Files.writeString(work.resolve("out-file"), "kept\n");

        assertRefusedBeforeTheStack(Cli.run("run", article, "--out", file),
                "--out " + file + " is a file, not a folder; name a folder");
        // with no PATH too: the note that the bundled samples will run waits until the arguments are known good
        assertRefusedBeforeTheStack(Cli.run("run", "--out", file), "--out " + file + " is a file");
        assertThat(file).hasContent("kept");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // serve runs until interrupted if the check were missing
    void serveChecksItsTemplateAndPeriodBeforeTheStack() {
        Path nope = work.resolve("nope.yaml");
        assertRefusedBeforeTheStack(Cli.run("serve", "--template", nope), "--template " + nope + ": no such file");
        assertRefusedBeforeTheStack(Cli.run("serve", "--digest-every", 0), "--digest-every 0: give the seconds");
    }

    private static void assertRefusedBeforeTheStack(Cli.Result result, String expected) {
        List<String> lines = result.err().lines().toList();
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(lines).as(result.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("error: ").contains(expected).doesNotContain("Exception", "Usage:");
        assertThat(result.out()).isEmpty();
        assertThat(out).as("nothing written before the mistake was found").doesNotExist();
    }
}
