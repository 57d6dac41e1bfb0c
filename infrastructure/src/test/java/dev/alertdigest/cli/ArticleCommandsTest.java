package dev.alertdigest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alertdigest.text.Gsm7;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * extract and assess as a user runs them: one JSON line per input in input order, the specified fields,
 * {"file", "error", "reason"} lines and exit 1 for inputs that cannot be processed, exit 2 for usage errors.
 * The extraction and scoring themselves are pinned in functions/core; this pins the command-line contract.
 */
class ArticleCommandsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> EXTRACT_FIELDS = List.of("file", "title", "source", "published", "byline", "text");
    private static final List<String> ASSESS_FIELDS = List.of("kind", "score", "tier", "tierLevel", "actors", "places",
            "headline", "summary", "sms");
    private static final List<String> TIERS = List.of("BACKGROUND", "ELEVATED", "SPECIFIC", "IMMINENT");

    @TempDir
    static Path work;

    /** The bundled HTML samples, each as saved (.html) and gzipped (.html.gz), in two directories. */
    static Path plainPages;
    static Path gzippedPages;

    @BeforeAll
    static void writePages() throws IOException {
        plainPages = Files.createDirectories(work.resolve("plain"));
        gzippedPages = Files.createDirectories(work.resolve("gzipped"));
        for (String sample : BundledSamples.NAMES) {
            if (sample.endsWith(".html")) {
                byte[] html = sample(sample);
                Files.write(plainPages.resolve(sample), html);
                Files.write(gzippedPages.resolve(sample + ".gz"), gzip(html));
            }
        }
    }

    @Test
    void extractPrintsOneLinePerGzippedPageInSortedOrder() throws IOException {
        Cli.Result result = Cli.run("extract", gzippedPages);

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<JsonNode> lines = json(result);
        assertThat(lines).extracting(l -> l.path("file").asText()).containsExactlyElementsOf(files(gzippedPages));
        for (JsonNode line : lines) {
            assertThat(fieldNames(line)).containsAll(EXTRACT_FIELDS).doesNotContain("error");
            assertThat(line.path("title").asText()).isNotBlank();
            assertThat(line.path("published").isNull() || line.path("published").asText().matches("\\d{4}-\\d{2}-\\d{2}"))
                    .as("published is an ISO date or null: %s", line.path("published")).isTrue();
            // paragraphs separated by exactly one blank line, none of them empty
            String text = line.path("text").asText();
            assertThat(text).isNotBlank().contains("\n\n").doesNotContain("\n\n\n").doesNotStartWith("\n").doesNotEndWith("\n");
        }
        assertThat(lines.get(0).path("title").asText()).isEqualTo("Police warn of imminent attack threat to Lyon Christmas market");
        assertThat(lines.get(0).path("byline").asText()).isEqualTo("Claire Fontaine");
        assertThat(lines.get(0).path("published").asText()).isEqualTo("2026-11-20");
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "assess"})
    void aGzippedPageGivesWhatTheSavedPageGives(String command) throws IOException {
        List<JsonNode> plain = json(Cli.run(command, plainPages));
        List<JsonNode> gzipped = json(Cli.run(command, gzippedPages));

        assertThat(gzipped).hasSameSizeAs(plain).isNotEmpty();
        for (int i = 0; i < plain.size(); i++) {
            assertThat(withoutFile(gzipped.get(i))).isEqualTo(withoutFile(plain.get(i)));
        }
    }

    @Test
    void assessAddsTheAssessmentToEveryExtractedField() throws IOException {
        List<JsonNode> extracted = json(Cli.run("extract", gzippedPages));
        Cli.Result result = Cli.run("assess", gzippedPages);

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<JsonNode> assessed = json(result);
        assertThat(assessed).hasSameSizeAs(extracted);
        for (int i = 0; i < assessed.size(); i++) {
            JsonNode line = assessed.get(i);
            assertThat(fieldNames(line)).containsAll(EXTRACT_FIELDS).containsAll(ASSESS_FIELDS).doesNotContain("error");
            for (String field : EXTRACT_FIELDS) {
                assertThat(line.get(field)).as(field).isEqualTo(extracted.get(i).get(field));
            }
            assertValidAssessment(line);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "assess"})
    void brokenInputsPrintAnErrorLineInPlaceAndTheCommandExitsOne(String command) throws IOException {
        Path dir = Files.createDirectories(work.resolve("broken-" + command));
        byte[] page = gzip(sample("markets-rally.html"));
        Files.write(dir.resolve("a-truncated.html.gz"), Arrays.copyOf(page, page.length / 2));
        Files.write(dir.resolve("b-good.html.gz"), page);
        Files.write(dir.resolve("c-binary.html.gz"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13,
                'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89});
        Path missing = dir.resolve("d-missing.html");
        Path brokenLink = Files.createSymbolicLink(work.resolve("e-broken-link-" + command + ".html"),
                work.resolve("gone"));

        Cli.Result result = Cli.run(command, dir, missing, brokenLink);

        assertThat(result.exitCode()).isEqualTo(1);
        List<JsonNode> lines = json(result);
        // every input has its line, in input order: a bad one neither stops the command nor is skipped
        assertThat(lines).extracting(l -> l.path("file").asText()).containsExactly(
                dir.resolve("a-truncated.html.gz").toString(), dir.resolve("b-good.html.gz").toString(),
                dir.resolve("c-binary.html.gz").toString(), missing.toString(), brokenLink.toString());
        assertThat(lines.get(1).path("title").asText()).isNotBlank();
        assertThat(lines.get(1).has("error")).isFalse();
        for (JsonNode bad : List.of(lines.get(0), lines.get(2), lines.get(3), lines.get(4))) {
            // the README's shape: {"file", "error", "reason"}, a sentence and a code, nothing else
            assertThat(fieldNames(bad)).as(bad.toString()).containsExactly("file", "error", "reason");
            assertThat(bad.path("error").asText()).as(bad.toString()).isNotBlank().doesNotContain("Exception");
            assertThat(bad.path("reason").asText()).as(bad.toString()).matches("[A-Z_]+");
        }
        assertThat(lines.get(0).path("error").asText()).contains(".gz file is truncated");
        assertThat(lines.get(0).path("reason").asText()).isEqualTo("UNDECODABLE");
        assertThat(lines.get(2).path("reason").asText()).isEqualTo("BINARY");
        assertThat(lines.get(3).path("error").asText()).isEqualTo("no such file");
        assertThat(lines.get(3).path("reason").asText()).isEqualTo("NOT_FOUND");
        assertThat(lines.get(4).path("error").asText()).isEqualTo("broken symbolic link: its target "
                + work.resolve("gone") + " does not exist");
        assertThat(lines.get(4).path("reason").asText()).isEqualTo("BROKEN_LINK");
    }

    @Test
    void extractHelpShowsTheErrorObjectWithItsReason() {
        assertThat(Cli.run("extract", "--help").out()).contains("{\"file\":…, \"error\":…, \"reason\":…}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "assess"})
    void usageErrorsExitTwo(String command) {
        Cli.Result unknownOption = Cli.run(command, "--no-such-option", gzippedPages);
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("Unknown option: '--no-such-option'", "Usage:");
        assertThat(unknownOption.out()).isEmpty();

        Cli.Result noInput = Cli.run(command);
        assertThat(noInput.exitCode()).isEqualTo(2);
        assertThat(noInput.err()).contains("Missing required parameter");
    }

    @Test
    void inDirectoriesHiddenFilesAndDirectoriesAreSkippedAlikeAndEachSkipIsNamed() throws IOException {
        Path dir = Files.createDirectories(work.resolve("walked"));
        byte[] page = sample("markets-rally.html");
        Files.write(dir.resolve("a.html"), page);
        Files.write(dir.resolve(".hidden.html"), page);
        Files.write(Files.createDirectories(dir.resolve(".cache")).resolve("b.html"), page);
        Path elsewhere = Files.createDirectories(work.resolve("linked-to"));
        Files.write(elsewhere.resolve("c.html"), page);
        Files.createSymbolicLink(dir.resolve("d-link-to-a-directory"), elsewhere);
        Path broken = Files.createSymbolicLink(dir.resolve("e-broken-link.html"), work.resolve("nowhere"));
        Files.createSymbolicLink(dir.resolve("f-loop"), dir);

        Cli.Result result = Cli.run("extract", dir);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        List<JsonNode> lines = json(result);
        assertThat(lines).extracting(l -> l.path("file").asText()).containsExactly(dir.resolve("a.html").toString(),
                dir.resolve("d-link-to-a-directory/c.html").toString(), broken.toString());
        assertThat(lines.get(2).path("reason").asText()).isEqualTo("BROKEN_LINK");
        assertThat(result.err().lines()).containsExactly(
                "skipped " + dir.resolve(".cache") + ": hidden directory",
                "skipped " + dir.resolve(".hidden.html") + ": hidden file",
                "skipped " + dir.resolve("f-loop") + ": symbolic link back to a directory above it");
    }

    @Test
    void hiddenPathsNamedOnTheCommandLineAreRead() throws IOException {
        // the rule is about what a directory walk finds: a path the user typed is what the user wants read
        Path hiddenDirectory = Files.createDirectories(work.resolve(".named-hidden"));
        Path hiddenFile = Files.write(hiddenDirectory.resolve(".page.html"), sample("markets-rally.html"));
        Files.write(hiddenDirectory.resolve("page.html"), sample("markets-rally.html"));

        Cli.Result result = Cli.run("extract", hiddenFile, hiddenDirectory);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(json(result)).extracting(l -> l.path("file").asText())
                .containsExactly(hiddenFile.toString(), hiddenDirectory.resolve("page.html").toString());
        assertThat(result.err().lines()).containsExactly("skipped " + hiddenFile + ": hidden file");
    }

    @Test
    void anEmptyDirectoryIsNamedOnStderrAndNothingToReadAtAllExitsTwo() throws IOException {
        Path empty = Files.createDirectories(work.resolve("empty"));

        Cli.Result alone = Cli.run("extract", empty);
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.out()).isEmpty();
        assertThat(alone.err().lines()).containsExactly("error: nothing to read: " + empty + " holds no files to read;"
                + " name files, or directories that hold some");

        Cli.Result withAPage = Cli.run("extract", empty, plainPages.resolve("markets-rally.html"));
        assertThat(withAPage.exitCode()).isZero();
        assertThat(json(withAPage)).hasSize(1);
        assertThat(withAPage.err().lines()).containsExactly(empty + " holds no files to read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "assess"})
    void anEmptyPathIsAUsageErrorNotTheCurrentDirectory(String command) {
        Cli.Result result = Cli.run(command, plainPages, "");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("error: an empty PATH was given (an unset shell variable?)");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(Cli.run().exitCode()).isEqualTo(2);
        assertThat(Cli.run("no-such-command").exitCode()).isEqualTo(2);
    }

    @Test
    void extractOnTheSeedsReadsTheFirstSeedsOutlet() throws IOException {
        Cli.Result result = Cli.run("extract", Cli.seeds());

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<JsonNode> lines = json(result);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("source").asText()).isEqualTo("Washington Insider Magazine");
        assertThat(lines).allSatisfy(l -> assertThat(fieldNames(l)).containsAll(EXTRACT_FIELDS));
    }

    @Test
    void assessOnTheSeedsNamesIsisKInBoth() throws IOException {
        Cli.Result result = Cli.run("assess", Cli.seeds());

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<JsonNode> lines = json(result);
        assertThat(lines).hasSize(2);
        for (JsonNode line : lines) {
            assertValidAssessment(line);
            List<String> actors = new ArrayList<>();
            line.path("actors").forEach(actor -> actors.add(actor.asText()));
            assertThat(actors).as(line.path("file").asText()).contains("ISIS-K");
        }
    }

    @Test
    void filesNamedOneByOneComeOutInTheOrderGiven() throws IOException {
        List<Path> seeds = files(Cli.seeds()).stream().map(Path::of).toList();
        Path second = seeds.get(1);
        Path first = seeds.get(0);

        List<JsonNode> lines = json(Cli.run("extract", second, first));

        assertThat(lines).extracting(l -> l.path("file").asText()).containsExactly(second.toString(), first.toString());
    }

    private static void assertValidAssessment(JsonNode line) {
        assertThat(line.path("kind").asText()).isIn("threat", "incident", "other");
        assertThat(line.path("score").isInt()).isTrue();
        assertThat(line.path("score").asInt()).isBetween(0, 100);
        assertThat(line.path("tier").asText()).isIn(TIERS);
        assertThat(line.path("tierLevel").asInt()).isEqualTo(TIERS.indexOf(line.path("tier").asText()));
        assertThat(line.path("actors").isArray()).isTrue();
        assertThat(line.path("places").isArray()).isTrue();
        assertThat(line.path("headline").asText()).isNotBlank();
        assertThat(line.path("summary").isArray()).isTrue();
        assertThat(line.path("summary").size()).isBetween(1, 3);
        assertThat(Gsm7.fitsOneMessage(line.path("sms").asText())).as(line.path("sms").asText()).isTrue();
    }

    /** Every stdout line parsed as JSON: a line that is not a JSON object fails the test. */
    private static List<JsonNode> json(Cli.Result result) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : result.outLines()) {
            try {
                JsonNode node = MAPPER.readTree(line);
                assertThat(node.isObject()).as("stdout line is a JSON object: %s", line).isTrue();
                lines.add(node);
            } catch (IOException e) {
                throw new AssertionError("stdout line is not JSON: " + line, e);
            }
        }
        return lines;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode withoutFile(JsonNode line) {
        ObjectNode copy = line.deepCopy();
        copy.remove("file");
        return copy;
    }

    private static List<String> files(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().map(Path::toString).toList();
        }
    }

    private static byte[] sample(String name) {
        try (InputStream in = ArticleCommandsTest.class.getResourceAsStream("/samples/" + name)) {
            assertThat(in).as("bundled sample " + name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
