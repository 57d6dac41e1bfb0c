package dev.alertdigest.assess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void ranksAndTitlesDoNotEndASentence() {
        assertThat(SentenceSplitter.split("Brig. Gen. Ramon Villanu said the plot was foiled. Supt. Ana Ruiz "
                + "agreed, as did Cmdr. Lee and Lt. Col. Baro."))
                .containsExactly("Brig. Gen. Ramon Villanu said the plot was foiled.",
                        "Supt. Ana Ruiz agreed, as did Cmdr. Lee and Lt. Col. Baro.");
    }

    @Test
    void aFullStopAfterAnOrdinaryWordEndsOne() {
        assertThat(SentenceSplitter.split("Police sealed the area. Gen. Diaz arrived at noon."))
                .containsExactly("Police sealed the area.", "Gen. Diaz arrived at noon.");
    }

    @Test
    void anAbbreviatedStateInADatelineEndsNoSentenceButAWordLikeItDoes() {
        assertThat(SentenceSplitter.split("CLAYMORE, Tenn. (AP) — A gunman opened fire. He fell ill. Police came."))
                .containsExactly("CLAYMORE, Tenn. (AP) — A gunman opened fire.", "He fell ill.", "Police came.");
    }
}
