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
}
