package dev.alertdigest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alertdigest.store.BucketLayout;
import dev.alertdigest.text.Gsm7;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #2's first "done when": `run` over the two seed articles, end to end on the local emulators, writes a
 * digest whose stories cover both seeds, an email.txt and an sms.txt of at most 160 GSM-7 characters.
 * One run for the whole class: the stack takes seconds to start, and every test reads the same outputs.
 */
class RunCommandSeedsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path work;

    static Cli.Result run;
    static Path out;
    static List<String> seedKeys;

    @BeforeAll
    static void runOnTheSeeds() throws IOException {
        Path seeds = Cli.seeds();
        try (Stream<Path> files = Files.list(seeds)) {
            seedKeys = files.map(f -> BucketLayout.INCOMING + f.getFileName()).sorted().toList();
        }
        out = work.resolve("out");
        run = Cli.run("run", seeds, "--out", out);
    }

    @Test
    void exitsZeroAndReportsEveryUpload() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        // progress goes to stderr, one line per upload, then the summary
        assertThat(run.err()).contains("[1/2] " + seedKeys.get(0), "[2/2] " + seedKeys.get(1), "2 upload(s), 0 rejected");
    }

    @Test
    void digestStoriesCoverBothSeedArticles() throws IOException {
        JsonNode digest = MAPPER.readTree(out.resolve("digest.json").toFile());
        assertThat(digest.path("stories").isArray()).as("digest.json: %s", digest).isTrue();
        List<String> articleKeys = new ArrayList<>();
        for (JsonNode story : digest.path("stories")) {
            // the fields the issue names for a story, and for each of its articles
            assertThat(story.path("headline").asText()).isNotBlank();
            assertThat(story.path("tier").asText()).isIn("BACKGROUND", "ELEVATED", "SPECIFIC", "IMMINENT");
            assertThat(story.path("tierLevel").asInt(-1)).isBetween(0, 3);
            assertThat(story.path("score").asInt(-1)).isBetween(0, 100);
            assertThat(story.path("summary").asText()).isNotBlank();
            assertThat(story.path("sources").isArray()).isTrue();
            for (JsonNode article : story.path("articles")) {
                assertThat(article.path("title").asText()).isNotBlank();
                assertThat(article.path("score").asInt(-1)).isBetween(0, 100);
                assertThat(article.path("tier").asText()).isNotBlank();
                articleKeys.add(article.path("key").asText());
            }
        }
        assertThat(articleKeys).containsExactlyInAnyOrderElementsOf(seedKeys);
    }

    @Test
    void emailIsSubjectBlankLineBody() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("email.txt"));
        assertThat(lines.size()).isGreaterThan(2);
        String subject = lines.get(0);
        assertThat(subject).isNotBlank().hasSizeLessThan(100); // SNS refuses email subjects of 100 characters or more
        assertThat(lines.get(1)).isEmpty();
        String body = String.join("\n", lines.subList(2, lines.size()));
        assertThat(body).isNotBlank();
        JsonNode topStory = MAPPER.readTree(out.resolve("digest.json").toFile()).path("stories").get(0);
        assertThat(body).contains(topStory.path("headline").asText());
    }

    @Test
    void theStoryReadsWithoutTheDatelineAndQuotesItsEvidenceWithTheCue() throws IOException {
        String body = Files.readString(out.resolve("email.txt"));
        // seed 1 opens "Kabul (Washington Insider Magazine) -U.S. officials are concerned...": place and outlet are
        // shown elsewhere in the story, so the summary starts at the news
        assertThat(body).contains("   U.S. officials are concerned").doesNotContain("Kabul (Washington Insider Magazine) -");
        // its time evidence is the sentence ending "past Aug. 31." (the evacuation deadline, not "reported on
        // Aug. 25", the date of the reports): the quote keeps the date it is there for
        String why = body.lines().filter(line -> line.strip().startsWith("Why:")).findFirst().orElseThrow();
        assertThat(why).contains("past Aug. 31.").doesNotContain("reported on Aug. 25.");
    }

    @Test
    void smsIsOneGsm7MessageOfAtMost160Characters() throws IOException {
        String sms = Files.readString(out.resolve("sms.txt"));
        assertThat(sms).endsWith("\n");
        String message = sms.substring(0, sms.length() - 1);
        assertThat(message).isNotBlank().doesNotContain("\n");
        // septets: -1 when a character is outside GSM-7 (which would turn the whole SMS into 70-character UCS-2)
        assertThat(Gsm7.septets(message)).as(message).isBetween(1, 160);
    }

    @Test
    void nothingIsRejected() throws IOException {
        assertThat(MAPPER.readTree(out.resolve("rejected.json").toFile())).isEmpty();
    }

    @Test
    void deliveriesHonourTheDefaultSubscriptionFilters() throws IOException {
        // subscriptions.json: analysts-email takes tierLevel >= 1, oncall-sms takes tierLevel >= 3; the digest's
        // tierLevel attribute is its highest story's, and the SNS emulator applies the filter policies
        int highest = 0;
        for (JsonNode story : MAPPER.readTree(out.resolve("digest.json").toFile()).path("stories")) {
            highest = Math.max(highest, story.path("tierLevel").asInt());
        }
        assertThat(deliveries("analysts-email", "digest")).hasSize(highest >= 1 ? 1 : 0);
        assertThat(deliveries("oncall-sms", "digest")).hasSize(highest >= 3 ? 1 : 0);
        // an IMMINENT story also went out at once as a flash alert, before the digest, to both
        assertThat(deliveries("analysts-email", "flash")).hasSize(highest >= 3 ? 1 : 0);
        assertThat(deliveries("oncall-sms", "flash")).hasSize(highest >= 3 ? 1 : 0);

        // what each subscriber read is what email.txt and sms.txt show
        if (highest >= 1) {
            assertThat(deliveries("analysts-email", "digest").get(0)).hasSameTextualContentAs(out.resolve("email.txt"));
        }
        if (highest >= 3) {
            assertThat(deliveries("oncall-sms", "digest").get(0)).hasSameTextualContentAs(out.resolve("sms.txt"));
            assertThat(deliveries("oncall-sms", "flash").get(0)).content().startsWith("FLASH IMMINENT");
        }
    }

    /** The files a subscriber received of one message type ("digest" or "flash"), in order. */
    private static List<Path> deliveries(String subscriber, String type) throws IOException {
        return Cli.deliveries(out, subscriber).stream()
                .filter(file -> file.getFileName().toString().endsWith("-" + type + ".txt")).toList();
    }
}
