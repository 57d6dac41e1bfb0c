package dev.alertdigest.digest;

import static dev.alertdigest.digest.ArticleFixture.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.alertdigest.assess.Dimension;
import dev.alertdigest.assess.Tier;
import dev.alertdigest.text.Gsm7;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two seed articles (shared/corpus/seeds): one ISIS-K threat to Kabul airport told by two outlets in their
 * own words. Their real texts give the fingerprints; the assessments are hand-built, as the assessor would
 * ideally give them, so this tests grouping and composing, not the assessor.
 */
class SeedStoryTest {

    private static final Instant ASSESSED = Instant.parse("2021-08-25T18:00:00Z");

    private static String seed(String name) throws IOException {
        Path seeds = Path.of(System.getProperty("alertdigest.shared", "../../../shared"), "corpus", "seeds");
        Path file = seeds.resolve(name);
        assumeTrue(Files.isRegularFile(file), "shared corpus not beside the repository: " + file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void theTwoSeedArticlesBecomeOneStoryWithTwoSources() throws IOException {
        String insiderText = seed("000_922f6c582b33c752.txt");
        String secondText = seed("001_c888c2d213108913.txt");
        AssessedArticle insider = article("seed-insider").source("Washington Insider Magazine")
                .published("2021-08-25").at(ASSESSED).text(insiderText).scored(Tier.SPECIFIC, 64)
                .actors("ISIS-K", "Taliban").places("Kabul airport", "Kabul", "Afghanistan")
                .headline("US concerned over 'very specific threat' from ISIS-K against civilians outside Kabul airport")
                .summary("U.S. officials are concerned about the threat ISIS-K poses to people waiting outside Kabul "
                        + "Airport.", "Intelligence indicates the group is capable and intends to attack.")
                .evidence(Dimension.ACTOR, 2, "ISIS-K")
                .evidence(Dimension.TARGET, 3, "those outside the airport")
                .evidence(Dimension.SOURCE, 2, "a U.S. defense official interviewed by CNN").build();
        // the page does not name its outlet; the name here stands in for the one the extractor would find
        AssessedArticle second = article("seed-second").source("Second Outlet").at(ASSESSED.plus(Duration.ofHours(1)))
                .text(secondText).scored(Tier.ELEVATED, 48).actors("ISIS-K", "al Qaeda")
                .places("Hamid Karzai International Airport", "Kabul", "Afghanistan")
                .headline("ISIS Khorasan Targeting Kabul Airport? US Assessing Security Threat")
                .evidence(Dimension.LIKELIHOOD, 2, "There is a strong possibility").build();
        assertThat(insider.fingerprint().similarity(second.fingerprint()))
                .as("different wording: not near duplicates").isLessThan(0.2);

        StoryUpdate update = StoryGrouper.withDefaults().group(List.of(), List.of(second, insider));

        assertThat(update.created()).hasSize(1);
        Story story = update.created().getFirst();
        assertThat(story.sources()).containsExactly("Washington Insider Magazine", "Second Outlet");
        assertThat(story.articles()).hasSize(2);
        assertThat(story.tier()).isEqualTo(Tier.SPECIFIC);
        assertThat(story.score()).isEqualTo(69);

        Digest digest = DigestComposer.withDefaults().compose(update.created(),
                DigestWindow.of(Instant.parse("2021-08-25T00:00:00Z"), Instant.parse("2021-08-26T00:00:00Z")));
        assertThat(digest.subject()).isEqualTo("alertdigest: 1 SPECIFIC threat — Kabul airport");
        assertThat(digest.emailBody()).contains("2 sources: Washington Insider Magazine, Second Outlet");
        assertThat(Gsm7.fitsOneMessage(digest.sms())).isTrue();
        assertThat(digest.sms()).startsWith("alertdigest SPECIFIC 69: ISIS-K, Kabul airport: US concerned over");
    }
}
