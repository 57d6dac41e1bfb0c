package dev.alertdigest.cli;

import dev.alertdigest.stack.FunctionWiring;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The SAM template the local stack wires its functions from: a given file, or the copy bundled at build time. */
final class StackTemplate {

    private StackTemplate() {
    }

    static List<FunctionWiring> functions(Path template) throws IOException {
        try (InputStream in = template != null ? Files.newInputStream(template)
                : StackTemplate.class.getResourceAsStream("/template.yaml")) {
            if (in == null) {
                throw new IOException("no template.yaml bundled in this build: pass --template template.yaml");
            }
            return FunctionWiring.fromTemplate(in);
        }
    }
}
