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
        @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files, or directories to read recursively (sorted)")
        List<Path> paths;

        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;
    }

    @Command(name = "extract", mixinStandardHelpOptions = true, version = AlertDigestCommand.VERSION,
            description = {"Extract articles from saved web pages (.html, .html.gz) or scraped page text, in-process.",
                    "Prints one JSON object per input, in input order: file, title, source, dateline, published, byline, url, text.",
                    "An input that cannot be processed prints {\"file\":…, \"error\":…, \"reason\":…} and the command exits 1 at the end."})
    static final class Extract implements Callable<Integer> {
        @Mixin
        Inputs inputs;

        @Override
        public Integer call() {
            return run(inputs, false);
        }
    }

    @Command(name = "assess", mixinStandardHelpOptions = true, version = AlertDigestCommand.VERSION,
            description = {"Extract and assess articles in-process: what the parse and score functions would store.",
                    "Prints the extract fields plus kind, score, tier, tierLevel, actors, places, times, headline,",
                    "summary, sms and dimensions (each with its evidence). Exits 1 at the end if any input failed."})
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
