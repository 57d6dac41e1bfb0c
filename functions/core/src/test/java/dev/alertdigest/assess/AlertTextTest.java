package dev.alertdigest.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.article.Article;
import org.junit.jupiter.api.Test;

class AlertTextTest {

    private static Article article(String dateline, String text) {
        return new Article("Title", null, dateline, null, null, null, text);
    }

    @Test
    void aSummaryDropsTheDatelineItsFirstSentenceOpensWith() {
        String first = "Kabul (Washington Insider Magazine) -U.S. officials are concerned about the threat.";
        assertThat(AlertText.withoutDateline(first, article("Kabul", first + " More follows.")))
                .isEqualTo("U.S. officials are concerned about the threat.");

        String wire = "WASHINGTON, Aug 25 (Reuters) - The embassy told Americans to leave the gates.";
        assertThat(AlertText.withoutDateline(wire, article("Washington", wire)))
                .isEqualTo("The embassy told Americans to leave the gates.");

        String pti = "JAMMU, Aug 12 (PTI) Security has been stepped up across the city.";
        assertThat(AlertText.withoutDateline(pti, article("Jammu", pti)))
                .isEqualTo("Security has been stepped up across the city.");

        String bare = "LONDON — Police raised the threat level on Friday.";
        assertThat(AlertText.withoutDateline(bare, article("London", bare)))
                .isEqualTo("Police raised the threat level on Friday.");
    }

    @Test
    void sentencesThatOnlyLookLikeADatelineStayWhole() {
        String based = "Kabul-based officials said on Monday - in a statement - that the gates would close.";
        assertThat(AlertText.withoutDateline(based, article("Kabul", based))).isEqualTo(based);

        String later = "Kabul (AP) - Crowds gathered.";
        assertThat(AlertText.withoutDateline(later, article("Kabul", "An earlier sentence. " + later))).isEqualTo(later);

        String noDateline = "Kabul (AP) - Crowds gathered.";
        assertThat(AlertText.withoutDateline(noDateline, article(null, noDateline))).isEqualTo(noDateline);
    }

    @Test
    void theHeadlineKeepsItsAlphabetOnOneLineWhileTheSmsIsFoldedToGsm7() {
        String greek = "Απειλή βόμβας στο σταθμό\nτης Αθήνας — 🚨 Bogotá";
        String headline = AlertText.headline(greek, java.util.List.of());
        assertThat(headline).isEqualTo("Απειλή βόμβας στο σταθμό της Αθήνας — 🚨 Bogotá").doesNotContain("?");
        String sms = AlertText.sms(Tier.ELEVATED, 30, java.util.List.of(), java.util.List.of("Athens"), headline,
                false);
        assertThat(dev.alertdigest.text.Gsm7.fitsOneMessage(sms)).isTrue();

        String longTitle = "Police warn of a credible threat to the stadium ".repeat(4) + "😀😀😀";
        String cut = AlertText.headline(longTitle, java.util.List.of());
        assertThat(cut.length()).isLessThanOrEqualTo(AlertText.HEADLINE_MAX);
        assertThat(cut).endsWith("...").doesNotContain("\n");
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 4))).isFalse();
    }

    @Test
    void aFormsLabelOrALiveBlogsStampIsNoPartOfASummarySentence() {
        assertThat(AlertText.withoutLabel("Event: The U.S. Embassy has received information of a threat."))
                .isEqualTo("The U.S. Embassy has received information of a threat.");
        assertThat(AlertText.withoutLabel("Update: Avoid crowds.")).isEqualTo("Avoid crowds.");
        assertThat(AlertText.withoutLabel("Police said: The station is closed."))
                .isEqualTo("Police said: The station is closed.");
        assertThat(AlertText.withoutLabel("19:42 - Police have sealed off the station."))
                .isEqualTo("Police have sealed off the station.");
        assertThat(AlertText.withoutLabel("Police said: the station is closed."))
                .isEqualTo("Police said: the station is closed.");
        assertThat(AlertText.withoutLabel("The minister said: \"We are ready.\""))
                .isEqualTo("The minister said: \"We are ready.\"");
    }
}
