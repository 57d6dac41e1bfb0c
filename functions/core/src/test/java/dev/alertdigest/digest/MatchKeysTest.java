package dev.alertdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchKeysTest {

    @Test
    void actorNamesCompareWithoutCasePunctuationOrDiacritics() {
        assertThat(MatchKeys.name("ISIS-K")).isEqualTo("isisk").isEqualTo(MatchKeys.name("Isis K"));
        assertThat(MatchKeys.name("Front de Libération")).isEqualTo("frontdeliberation");
        assertThat(MatchKeys.name(" – ")).isEmpty();
        assertThat(MatchKeys.name(null)).isEmpty();
    }

    @Test
    void placeTokensKeepOnlyDistinctiveWords() {
        assertThat(MatchKeys.placeTokens("Hamid Karzai International Airport, Kabul"))
                .containsExactly("hamid", "karzai", "kabul");
        assertThat(MatchKeys.placeTokens("New York")).containsExactly("york");
        assertThat(MatchKeys.placeTokens("Zürich Hauptbahnhof")).containsExactly("zurich", "hauptbahnhof");
        assertThat(MatchKeys.placeTokens("the airport")).isEmpty();
    }

    @Test
    void oneLineCollapsesWhitespaceAndLeavesCleanTextAlone() {
        String clean = "Averly ferry terminal";
        assertThat(MatchKeys.oneLine(clean)).isSameAs(clean);
        assertThat(MatchKeys.oneLine("  Averly\r\n ferry\tterminal ")).isEqualTo(clean);
        assertThat(MatchKeys.oneLine(null)).isEmpty();
    }
}
