package dev.alertdigest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * README's "Command line" section read against the command line itself: every option with its default, every
 * field extract and assess print, and the environment the local stack sets. The README is what users read first.
 */
class CommandLineDocsTest {

    /** Surefire runs in the module folder, infrastructure/, beside the README. */
    private static final Path README = Path.of("").toAbsolutePath().resolveSibling("README.md");

    @TempDir
    static Path work;

    static String section;

    @BeforeAll
    static void readTheCommandLineSection() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("## Command line");
        assertThat(start).as("README.md has a Command line section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        section = readme.substring(start, end < 0 ? readme.length() : end);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "extract", "assess", "serve"})
    void theTableListsEveryOptionWithItsDefault(String command) {
        String row = row(command);
        CommandSpec spec = AlertDigestCommand.commandLine().getSubcommands().get(command).getCommandSpec();
        for (OptionSpec option : spec.options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            assertThat(row).contains("[" + option.longestName() + " " + option.paramLabel() + "]");
            if (option.defaultValue() != null) {
                assertThat(row).contains(option.longestName() + "` (default: `" + option.defaultValue() + "`)");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "assess"})
    void theTableNamesEveryFieldTheCommandPrints(String command) throws IOException {
        Path page = work.resolve("lyon-market-threat.html");
        if (!Files.exists(page)) {
            try (InputStream in = getClass().getResourceAsStream("/samples/lyon-market-threat.html")) {
                Files.write(page, in.readAllBytes());
            }
        }
        List<String> extracted = fields(Cli.run("extract", page));
        List<String> printed = fields(Cli.run(command, page));
        // the assess row lists what it adds to "the extract fields"
        List<String> documented = command.equals("extract") ? printed
                : printed.stream().filter(field -> !extracted.contains(field)).toList();

        assertThat(documented).isNotEmpty();
        for (String field : documented) {
            assertThat(row(command)).as("%s prints %s", command, field).contains("`" + field + "`");
        }
    }

    @Test
    void theEnvironmentTheLocalStackSetsIsStatedInTheReadmeAndInRunAndServeHelp() {
        assertThat(LocalRunOverrides.VALUES).isNotEmpty();
        LocalRunOverrides.VALUES.forEach((name, value) -> {
            assertThat(section).contains("`" + name + "=" + value + "`");
            assertThat(Cli.run("run", "--help").out()).contains(name + "=" + value);
            assertThat(Cli.run("serve", "--help").out()).contains(name + "=" + value);
        });
    }

    @Test
    void theReadFailureReasonsAreTheSameInTheReadmeAndInExtractHelp() {
        String help = Cli.run("extract", "--help").out();
        for (String reason : List.of("NOT_FOUND", "BROKEN_LINK", "UNREADABLE")) {
            assertThat(section).contains("`" + reason + "`");
            assertThat(help).contains(reason);
        }
    }

    private static String row(String command) {
        return section.lines().filter(line -> line.startsWith("| `" + command + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("README's command table has no row for " + command));
    }

    private static List<String> fields(Cli.Result result) throws IOException {
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode line = new ObjectMapper().readTree(result.outLines().get(0));
        List<String> names = new ArrayList<>();
        line.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
