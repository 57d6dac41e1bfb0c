package dev.alertdigest.cli;

import dev.alertdigest.stack.FunctionWiring;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The SAM template the local stack wires its functions from: a given file, or the copy bundled at build time.
 * Read before the stack starts, so a wrong --template costs nothing.
 */
final class StackTemplate {

    private static final String REMEDY = "name a SAM template such as the repository's template.yaml,"
            + " or leave --template out for the bundled one";

    private StackTemplate() {
    }

    static List<FunctionWiring> functions(Path template) {
        if (template == null) {
            return bundled();
        }
        List<FunctionWiring> functions;
        try (InputStream in = Files.newInputStream(template)) {
            functions = FunctionWiring.fromTemplate(in);
        } catch (IOException e) {
            throw new UsageError("--template " + template + ": " + IoErrors.describe(e) + "; " + REMEDY);
        }
        if (functions.isEmpty()) {
            throw new UsageError("--template " + template + " declares no AWS::Serverless::Function; " + REMEDY);
        }
        return functions;
    }

    private static List<FunctionWiring> bundled() {
        try (InputStream in = StackTemplate.class.getResourceAsStream("/template.yaml")) {
            if (in == null) {
                throw new UsageError("no template.yaml is bundled in this build: pass --template template.yaml");
            }
            return FunctionWiring.fromTemplate(in);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled template.yaml is unreadable", e);
        }
    }
}
