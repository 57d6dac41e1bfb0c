package dev.alertdigest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `run` with no PATH: the bundled fictional samples go through the whole pipeline, none refused. */
class RunCommandSamplesTest {

    @Test
    void withoutPathsRunsOnEveryBundledSample(@TempDir Path work) throws IOException {
        Path out = work.resolve("out");

        Cli.Result run = Cli.run("run", "--out", out);

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
}
