package dev.alertdigest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The alertdigest command line: the pipeline on this machine, and its extraction and assessment by themselves. */
@Command(name = "alertdigest", mixinStandardHelpOptions = true, version = AlertDigestCommand.VERSION,
        description = "News articles about security threats in, short scored alerts out.",
        subcommands = {RunCommand.class, ArticleCommands.Extract.class, ArticleCommands.Assess.class,
                ServeCommand.class, CommandLine.HelpCommand.class})
public final class AlertDigestCommand implements Runnable {

    /** What -V prints, on the root command and on every subcommand (each has the option through picocli). */
    static final String VERSION = "alertdigest 0.1.0";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: run, extract, assess or serve");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as main runs it (tests run it the same way, in-process). */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new AlertDigestCommand());
        // set on the root after the subcommands are registered: picocli hands the handler to each of them
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            if (e instanceof UsageError usage) {
                command.getErr().println("error: " + usage.getMessage());
                return command.getCommandSpec().exitCodeOnInvalidInput();
            }
            throw e;
        });
        return cli;
    }
}
