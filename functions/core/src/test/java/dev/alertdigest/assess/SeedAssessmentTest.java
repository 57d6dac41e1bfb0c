package dev.alertdigest.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.alertdigest.article.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two seed articles the product was specified from: the same ISIS-K threat, reported twice. */
class SeedAssessmentTest {

    private static final ThreatAssessor ASSESSOR = ThreatAssessor.withDefaults();
    private static List<ThreatAssessment> seeds;

    @BeforeAll
    static void assessSeeds() throws IOException {
        Path dir = Path.of(System.getProperty("alertdigest.shared", "../../../shared"), "corpus/seeds");
        assumeTrue(Files.isDirectory(dir), "shared seeds not available");
        seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                seeds.add(ASSESSOR.assess(article(Files.readString(file))));
            }
        }
    }

    /** Title: the first line that reads like a headline; text: the lines after it as paragraphs. */
    private static Article article(String raw) {
        List<String> lines = raw.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        int title = 0;
        while (title < lines.size() - 1 && (lines.get(title).split("\\s+").length < 7
                || lines.get(title).endsWith("?") || lines.get(title).endsWith("."))) {
            title++;
        }
        return new Article(lines.get(title), null, null, null, null, null,
                String.join("\n\n", lines.subList(title + 1, lines.size())));
    }

    @Test
    void theVerySpecificThreatScoresAboveTheNotImmediateOne() {
        assertThat(seeds.get(0).score()).isGreaterThan(seeds.get(1).score());
        assertThat(seeds.get(0).tier()).isIn(Tier.SPECIFIC, Tier.IMMINENT);
        assertThat(seeds.get(1).tier()).isEqualTo(Tier.ELEVATED);
    }

    @Test
    void bothAreThreatsByIsisKAgainstKabulAirport() {
        for (ThreatAssessment seed : seeds) {
            assertThat(seed.kind()).isEqualTo(Kind.THREAT);
            assertThat(seed.actors().getFirst()).isEqualTo("ISIS-K");
            assertThat(seed.places()).contains("Kabul airport", "Hamid Karzai International Airport", "Kabul",
                    "Afghanistan");
            assertThat(seed.places().indexOf("Kabul airport")).isLessThan(seed.places().indexOf("Kabul"));
            assertThat(seed.places().indexOf("Kabul")).isLessThan(seed.places().indexOf("Afghanistan"));
        }
    }

    @Test
    void notImmediateCapsTheSecondSeedsTime() {
        DimensionScore time = seeds.get(1).dimensions().stream()
                .filter(d -> d.dimension() == Dimension.TIME).findFirst().orElseThrow();
        assertThat(time.value()).isLessThanOrEqualTo(1);
        assertThat(time.label()).contains("not immediate");
    }

    @Test
    void alertTextFitsItsChannels() {
        for (ThreatAssessment seed : seeds) {
            assertThat(seed.headline().length()).isLessThanOrEqualTo(100);
            assertThat(dev.alertdigest.text.Gsm7.fitsOneMessage(seed.sms())).isTrue();
            assertThat(seed.sms()).startsWith(seed.tier().name() + " " + seed.score()).contains("ISIS-K", "Kabul airport");
            assertThat(seed.summary()).hasSize(3);
            assertThat(seed.dimensions()).hasSize(Dimension.values().length)
                    .allSatisfy(d -> assertThat(d.value() == 0 || !d.evidence().isEmpty()).isTrue());
            // a digest quotes up to 200 characters of evidence: excerpts must fit whole, cue included
            assertThat(seed.dimensions()).flatExtracting(DimensionScore::evidence)
                    .allSatisfy(e -> assertThat(e.length()).isLessThanOrEqualTo(Sentence.EVIDENCE_MAX + 2));
        }
    }
}
