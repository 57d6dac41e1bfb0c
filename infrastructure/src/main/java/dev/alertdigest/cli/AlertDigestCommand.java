package dev.alertdigest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The alertdigest command line: the pipeline on this machine, and its extraction and assessment by themselves. */
@Command(name = "alertdigest", mixinStandardHelpOptions = true, version = "alertdigest 0.1.0",
        description = "News articles about security threats in, short scored alerts out.",
        subcommands = {RunCommand.class, ArticleCommands.Extract.class, ArticleCommands.Assess.class,
                ServeCommand.class, CommandLine.HelpCommand.class})
public final class AlertDigestCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: run, extract, assess or serve");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new AlertDigestCommand()).execute(args));
    }
}
