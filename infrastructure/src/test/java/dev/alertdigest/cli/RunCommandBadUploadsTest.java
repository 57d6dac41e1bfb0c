package dev.alertdigest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #2's "done when" on bad and repeated uploads: the same article uploaded twice (under two names) yields
 * one assessment; an empty file and a binary file end in rejected.json with readable reasons; the run exits 0.
 * The repeated article is the second seed, which scores ELEVATED (pinned in core's SeedAssessmentTest), so this
 * run also shows the IMMINENT-only SMS subscription receiving nothing.
 */
class RunCommandBadUploadsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path work;

    static Cli.Result run;
    static Path out;

    @BeforeAll
    static void runOnDuplicateEmptyAndBinaryUploads() throws IOException {
        // the IMMINENT seed, so that the duplicate would also show as a second flash alert if it were not caught
        Path seed = Cli.seeds().resolve("000_922f6c582b33c752.txt");
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(seed, in.resolve("copy-a.txt"));
        Files.copy(seed, in.resolve("copy-b.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("pixel.png"), png());
        out = work.resolve("out");
        run = Cli.run("run", in, "--out", out);
    }

    /** A real PNG image (1x1), the kind of binary file an uploader drops by mistake. */
    private static byte[] png() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    void exitsZeroBecauseEveryUploadEndedAsAnAssessmentOrARejection() {
        // run exits 1 if any upload is neither assessed (by content hash) nor rejected: so the second copy
        // counts as assessed, through the first copy's assessment
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("4 upload(s), 2 rejected").doesNotContain("neither an assessment nor a rejection");
    }

    @Test
    void theTwiceUploadedArticleIsInTheDigestOnce() throws IOException {
        JsonNode digest = MAPPER.readTree(out.resolve("digest.json").toFile());
        List<String> keys = new ArrayList<>();
        for (JsonNode story : digest.path("stories")) {
            story.path("articles").forEach(a -> keys.add(a.path("key").asText()));
        }
        assertThat(keys).as("digest.json: %s", digest).hasSize(1);
        assertThat(keys.get(0)).isIn("incoming/copy-a.txt", "incoming/copy-b.txt");
    }

    @Test
    void emptyAndBinaryFilesAreRejectedWithReadableReasons() throws IOException {
        JsonNode rejected = MAPPER.readTree(out.resolve("rejected.json").toFile());
        assertThat(rejected).hasSize(2);
        JsonNode empty = rejected.get(0);
        JsonNode binary = rejected.get(1);
        assertThat(empty.path("objectKey").asText()).isEqualTo("incoming/empty.txt");
        assertThat(empty.path("reason").asText()).isEqualTo("EMPTY");
        assertThat(empty.path("message").asText()).contains("empty");
        assertThat(binary.path("objectKey").asText()).isEqualTo("incoming/pixel.png");
        assertThat(binary.path("reason").asText()).isEqualTo("BINARY");
        assertThat(binary.path("message").asText()).contains("binary");
        for (JsonNode rejection : rejected) {
            // refused by the parse function, at the first step, with a sentence for a person (no stack trace)
            assertThat(rejection.path("stage").asText()).isEqualTo("parse");
            assertThat(rejection.path("message").asText()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void theSameArticleTwiceMakesOneStoryOneFlashAlertAndOneDigestPerSubscriber() throws IOException {
        JsonNode stories = MAPPER.readTree(out.resolve("digest.json").toFile()).path("stories");
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).path("tierLevel").asInt()).isEqualTo(3);
        for (String subscriber : List.of("analysts-email", "oncall-sms")) {
            assertThat(Cli.deliveries(out, subscriber)).extracting(file -> file.getFileName().toString())
                    .containsExactly("001-flash.txt", "002-digest.txt");
        }
    }
}
