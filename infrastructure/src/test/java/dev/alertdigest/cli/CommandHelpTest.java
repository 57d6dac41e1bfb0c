package dev.alertdigest.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
            assertThat(version.out().strip()).isEqualTo(AlertDigestCommand.VERSION).isEqualTo(Cli.run("-V").out().strip());
        }
    }
}
