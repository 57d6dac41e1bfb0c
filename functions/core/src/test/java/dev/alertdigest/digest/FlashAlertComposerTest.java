package dev.alertdigest.digest;

import static dev.alertdigest.digest.ArticleFixture.MONDAY;
import static dev.alertdigest.digest.ArticleFixture.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alertdigest.assess.Dimension;
import dev.alertdigest.assess.Tier;
import dev.alertdigest.text.Gsm7;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlashAlertComposerTest {

    private final StoryGrouper grouper = StoryGrouper.withDefaults();
    private final FlashAlertComposer flash = FlashAlertComposer.withDefaults();

    private StoryUpdate imminentUpdate(String headline) {
        Story elevated = grouper.group(List.of(), List.of(article("flash-1").source("Averly Gazette")
                .scored(Tier.ELEVATED, 45).actors("Red Lantern Front").places("Averly ferry terminal").build()))
                .created().getFirst();
        return grouper.group(List.of(elevated), List.of(article("flash-2").source("Coastal Wire Service")
                .at(MONDAY.plus(Duration.ofHours(2))).scored(Tier.IMMINENT, 91).actors("Red Lantern Front")
                .places("Averly").headline(headline).summary("An attack is expected tonight.")
                .evidence(Dimension.TIME, 3, "tonight").build()));
    }

    @Test
    void storyRaisedToImminentGetsOneFlashAlert() {
        StoryUpdate update = imminentUpdate("Attack on Averly ferry terminal expected tonight");
        List<Story> reached = update.reached(flash.flashTier());
        assertThat(reached).hasSize(1);

        FlashAlert alert = flash.compose(reached.getFirst());

        assertThat(alert.storyId()).isEqualTo(reached.getFirst().storyId());
        assertThat(alert.subject())
                .isEqualTo("alertdigest FLASH: IMMINENT 96 — Attack on Averly ferry terminal expected tonight");
        assertThat(alert.sms()).isEqualTo("FLASH IMMINENT 96: Red Lantern Front, Averly ferry terminal: "
                + "Attack on Averly ferry terminal expected tonight");
        assertThat(alert.body()).contains("IMMINENT, score 96 (corroborated)", "An attack is expected tonight.",
                "2 sources: Averly Gazette, Coastal Wire Service", "Why: time (3/3) \"tonight\"",
                "[uploads/flash-1.html]", "[uploads/flash-2.html]", "First reported 2026-03-02 08:00 UTC");
    }

    @Test
    void exoticLongHeadlineStillGivesOneGsm7SmsAndShortSubject() {
        String headline = "🚨 “Imminent” attack — ‘Ωmega’ terminal 東京 " + "very long words ".repeat(30);
        FlashAlert alert = flash.compose(imminentUpdate(headline).reached(Tier.IMMINENT).getFirst());

        assertThat(Gsm7.fitsOneMessage(alert.sms())).isTrue();
        assertThat(alert.sms()).startsWith("FLASH IMMINENT 96: Red Lantern Front").endsWith("...");
        assertThat(alert.subject().length()).isLessThan(100);
        assertThat(alert.subject()).doesNotContain("\n");
    }

    @Test
    void belowTheFlashTierOrOverDoesNotQualify() {
        Story specific = grouper.group(List.of(), List.of(article("flash-specific").scored(Tier.SPECIFIC, 70)
                .build())).created().getFirst();
        assertThat(flash.qualifies(specific)).isFalse();
        assertThatThrownBy(() -> flash.compose(specific)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new FlashAlertComposer(Tier.SPECIFIC, "alertdigest").qualifies(specific)).isTrue();
    }
}
