package dev.alertdigest.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * fauxqs, the SNS + SQS emulator (npm, pinned by the build), as a child Node process on loopback.
 * The build installs it under {@code target/fauxqs} beside the jar or classes that hold this class.
 */
final class FauxqsProcess implements AutoCloseable {

    static final String HOME_PROPERTY = "alertdigest.fauxqs.home";
    static final String HOME_ENV = "ALERTDIGEST_FAUXQS_HOME";

    private final Process process;
    private final URI endpoint;

    private FauxqsProcess(Process process, int port) {
        this.process = process;
        this.endpoint = URI.create("http://127.0.0.1:" + port);
    }

    static FauxqsProcess start() {
        Path home = locateHome();
        int port = FreePort.find();
        ProcessBuilder builder = new ProcessBuilder("node", "launch.mjs", String.valueOf(port))
                .directory(home.toFile())
                .redirectErrorStream(true);
        try {
            Process process = builder.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.contains("listening")) {
                process.destroyForcibly();
                throw new IllegalStateException("fauxqs did not start in " + home + "; it said: " + line);
            }
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "fauxqs-output");
            drain.setDaemon(true);
            drain.start();
            return new FauxqsProcess(process, port);
        } catch (IOException e) {
            throw new IllegalStateException("could not run node for fauxqs (the local SNS emulator): "
                    + e.getMessage() + ". Install Node.js 20+ and build with ./mvnw package.", e);
        }
    }

    /** Where launch.mjs and node_modules are: a property, an env variable, or target/fauxqs near this code. */
    static Path locateHome() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty(HOME_PROPERTY, System.getenv(HOME_ENV));
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        try {
            Path code = Path.of(FauxqsProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(code) ? code : code.getParent();
            // target/classes -> target/fauxqs; target/lib/x.jar -> target/fauxqs; target/x.jar -> target/fauxqs
            candidates.add(dir.resolve("fauxqs"));
            candidates.add(dir.resolveSibling("fauxqs"));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source: fall through to the working-directory candidates
        }
        Path cwd = Path.of("").toAbsolutePath();
        candidates.add(cwd.resolve("infrastructure/target/fauxqs"));
        candidates.add(cwd.resolve("infrastructure/local-aws/target/fauxqs"));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate.resolve("launch.mjs"))
                    && Files.isDirectory(candidate.resolve("node_modules/fauxqs"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("fauxqs (the local SNS emulator) is not installed; looked in " + candidates
                + ". Run ./mvnw package (it installs fauxqs with npm), or set " + HOME_ENV + ".");
    }

    URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
