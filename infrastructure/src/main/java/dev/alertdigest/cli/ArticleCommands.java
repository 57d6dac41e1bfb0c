package dev.alertdigest.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alertdigest.article.Article;
import dev.alertdigest.article.ArticleJson;
import dev.alertdigest.assess.AssessmentJson;
import dev.alertdigest.assess.ThreatAssessor;
import dev.alertdigest.extract.ArticleExtractor;
import dev.alertdigest.extract.RejectedInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** extract and assess: the parse (and score) logic in this process, no AWS, one JSON object per input line. */
final class ArticleCommands {

    private ArticleCommands() {
    }

    /** The arguments extract and assess share: the inputs, and where to print. */
    static final class Inputs {
        @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files, or directories to read recursively")
        List<Path> paths;

        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;
    }

    /** What extract and assess print for an input they cannot process, as their help says it. */
    private static final String ERRORS = "An input that cannot be processed prints {\"file\":…, \"error\":…,"
            + " \"reason\":…} in its place and the command exits 1 at the end. The reason is the parse function's"
            + " (EMPTY, TOO_LARGE, BINARY, UNDECODABLE, NO_TEXT), or NOT_FOUND, BROKEN_LINK or UNREADABLE for a file"
            + " that cannot be read.";

    // one paragraph per description line: picocli wraps each to the terminal; the first is the summary `--help` lists
    @Command(name = "extract", mixinStandardHelpOptions = true, version = AlertDigestCommand.VERSION,
            description = {"Print the article in each file as one JSON line, in-process.",
                    "",
                    "Reads saved web pages (.html, .html.gz) and scraped page text as the parse function does, without"
                            + " AWS, and prints one JSON object per input, in input order: file, title, source,"
                            + " dateline, published, byline, url, text.",
                    "",
                    ERRORS,
                    "",
                    InputFiles.RULE})
    static final class Extract implements Callable<Integer> {
        @Mixin
        Inputs inputs;

        @Override
        public Integer call() {
            return run(inputs, false);
        }
    }

    @Command(name = "assess", mixinStandardHelpOptions = true, version = AlertDigestCommand.VERSION,
            description = {"Print each article with its threat assessment as JSON, in-process.",
                    "",
                    "Extracts and assesses each input as the parse and score functions would, without AWS, and prints"
                            + " extract's fields plus kind, score, tier, tierLevel, actors, places, times, allClear,"
                            + " headline, summary, sms and dimensions (each with its evidence).",
                    "",
                    ERRORS,
                    "",
                    InputFiles.RULE})
    static final class Assess implements Callable<Integer> {
        @Mixin
        Inputs inputs;

        @Override
        public Integer call() {
            return run(inputs, true);
        }
    }

    private static int run(Inputs inputs, boolean assess) {
        PrintWriter out = inputs.spec.commandLine().getOut();
        List<Path> files = InputFiles.expand(inputs.paths, inputs.spec.commandLine().getErr());
        ArticleExtractor extractor = new ArticleExtractor();
        ThreatAssessor assessor = assess ? ThreatAssessor.withDefaults() : null;
        boolean failed = false;
        for (Path file : files) {
            ObjectNode line = JsonNodeFactory.instance.objectNode();
            line.put("file", file.toString());
            try {
                Article article = extractor.extract(Files.readAllBytes(file), file.getFileName().toString());
                line.setAll(ArticleJson.toJson(article));
                if (assessor != null) {
                    AssessmentJson.writeInto(line, assessor.assess(article));
                }
            } catch (RejectedInputException e) {
                line.put("error", e.getMessage());
                line.put("reason", e.reason().name());
                failed = true;
            } catch (IOException e) {
                ReadFailure failure = ReadFailure.of(file, e);
                line.put("error", failure.error());
                line.put("reason", failure.reason());
                failed = true;
            }
            out.println(line);
            out.flush();
        }
        return failed ? 1 : 0;
    }
}
