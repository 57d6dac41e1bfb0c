package dev.alertdigest.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.alertdigest.extract.ArticleExtractor;
import dev.alertdigest.extract.RejectedInputException;
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
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static List<ThreatAssessment> seeds;

    @BeforeAll
    static void assessSeeds() throws IOException, RejectedInputException {
        Path dir = Path.of(System.getProperty("alertdigest.shared", "../../../shared"), "corpus/seeds");
        assumeTrue(Files.isDirectory(dir), "shared seeds not available");
        seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                // read as an upload is: through the product's extractor, which finds the title among the chrome
                seeds.add(ASSESSOR.assess(EXTRACTOR.extract(Files.readAllBytes(file), file.getFileName().toString())));
            }
        }
    }

    @Test
    void theVerySpecificThreatScoresAboveTheNotImmediateOne() {
        assertThat(seeds.get(0).score()).isGreaterThan(seeds.get(1).score());
        assertThat(seeds.get(0).tier()).isIn(Tier.SPECIFIC, Tier.IMMINENT);
        assertThat(seeds.get(1).tier()).isEqualTo(Tier.ELEVATED);
        // the reader sees why: "a credible but not immediate threat"
        assertThat(seeds.get(1).rules()).contains("not immediate: at most ELEVATED");
        assertThat(seeds.get(0).rules()).isEmpty();
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
            // the first seed's page carries subheadings in title case ("The US Embassy in Afghanistan Advised
            // Citizens to Avoid Traveling to the Kabul Airport"): a summary is made of sentences
            assertThat(seed.summary()).allSatisfy(s -> assertThat(SummarySelector.finished(s)).as(s).isTrue());
            assertThat(seed.dimensions()).hasSize(Dimension.values().length)
                    .allSatisfy(d -> assertThat(d.value() == 0 || !d.evidence().isEmpty()).isTrue());
            // a digest quotes up to 200 characters of evidence: excerpts must fit whole, cue included
            assertThat(seed.dimensions()).flatExtracting(DimensionScore::evidence)
                    .allSatisfy(e -> assertThat(e.length()).isLessThanOrEqualTo(Sentence.EVIDENCE_MAX + 2));
        }
    }
}
