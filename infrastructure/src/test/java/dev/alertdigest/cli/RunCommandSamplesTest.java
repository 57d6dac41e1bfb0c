package dev.alertdigest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `run` with no PATH: the bundled fictional samples go through the whole pipeline, none refused. Its --out folder
 * is one an earlier run wrote to, with the user's own files beside: one run for the whole class (the stack takes
 * seconds to start).
 */
class RunCommandSamplesTest {

    @TempDir
    static Path work;

    static Path out;
    static Cli.Result run;

    @BeforeAll
    static void runOnTheSamplesIntoAUsedFolder() throws IOException {
        out = work.resolve("out");
        // what an earlier run left: deliveries to a subscriber this run does not have, and a higher number
        // than this run reaches for one it has; and the user's own notes
        Path deliveries = out.resolve("deliveries");
        Files.createDirectories(deliveries.resolve("former-subscriber"));
        Files.writeString(deliveries.resolve("former-subscriber/001-flash.txt"), "FLASH from an earlier run\n");
        Files.createDirectories(deliveries.resolve("analysts-email"));
        Files.writeString(deliveries.resolve("analysts-email/009-digest.txt"), "digest from an earlier run\n");
        Files.writeString(out.resolve("notes.txt"), "mine\n");
        Files.createDirectories(out.resolve("archive"));
        Files.writeString(out.resolve("archive/email.txt"), "an email I kept\n");

        run = Cli.run("run", "--out", out);
    }

    @Test
    void withoutPathsRunsOnEveryBundledSample() throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("running on the bundled sample articles",
                BundledSamples.NAMES.size() + " upload(s), 0 rejected");
        for (String sample : BundledSamples.NAMES) {
            assertThat(run.err()).contains("incoming/" + sample);
        }
        assertThat(new ObjectMapper().readTree(out.resolve("rejected.json").toFile())).isEmpty();
        // whether or not a sample reaches the digest's minimum tier, digest.json keeps its shape
        JsonNode digest = new ObjectMapper().readTree(out.resolve("digest.json").toFile());
        assertThat(digest.path("stories").isArray()).as(digest.toString()).isTrue();
        digest.path("stories").forEach(story -> story.path("articles").forEach(article ->
                assertThat(BundledSamples.NAMES).contains(article.path("key").asText().replace("incoming/", ""))));
    }

    @Test
    void anEarlierRunsDeliveriesAreGoneAndTheUsersFilesKept() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("deliveries/former-subscriber")).doesNotExist();
        assertThat(out.resolve("deliveries/analysts-email/009-digest.txt")).doesNotExist();
        assertThat(out.resolve("notes.txt")).hasContent("mine");
        assertThat(out.resolve("archive/email.txt")).hasContent("an email I kept");
        assertThat(out.resolve("digest.json")).exists();
    }
}
