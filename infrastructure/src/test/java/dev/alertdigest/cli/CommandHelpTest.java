package dev.alertdigest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What --help and --version print, on the root command and on each subcommand. */
class CommandHelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"run", "extract", "assess", "serve"})
    void everySubcommandPrintsTheVersionItsHelpOffers(String command) {
        assertThat(Cli.run(command, "--help").out()).contains("-V, --version");
        for (String option : new String[] {"-V", "--version"}) {
            Cli.Result version = Cli.run(command, option);

            assertThat(version.exitCode()).isZero();
            assertThat(version.out().strip()).isEqualTo(AlertDigestCommand.VERSION)
                    .isEqualTo(Cli.run("-V").out().strip());
        }
    }

    @Test
    void theCommandListGivesEachCommandAWholeSentenceOnItsOwnRow() {
        List<String> rows = Cli.run("--help").out().lines()
                .dropWhile(line -> !line.equals("Commands:")).skip(1).toList();
        for (String command : List.of("run", "extract", "assess", "serve")) {
            int row = rows.indexOf(rows.stream().filter(line -> line.startsWith("  " + command + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError(command + " is not in the command list: " + rows)));
            assertThat(rows.get(row)).as("%s's summary is a whole sentence", command).endsWith(".");
            assertThat(rows.get(row + 1)).as("the row after %s's is the next command's", command)
                    .matches("  [a-z]+ .*");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "extract", "assess", "serve"})
    void helpParagraphsAreWholeSoTheTerminalWrapsThemEvenly(String command) {
        String[] description = AlertDigestCommand.commandLine().getSubcommands().get(command).getCommandSpec()
                .usageMessage().description();
        assertThat(description[0]).as("the summary the command list shows").endsWith(".");
        for (String line : description) {
            // a blank line, a list item (indented), or a whole paragraph: never a sentence cut at a source line's end
            assertThat(line.isEmpty() || line.startsWith("  ") || line.endsWith(".") || line.endsWith(":"))
                    .as("%s --help line: %s", command, line).isTrue();
        }
    }
}
