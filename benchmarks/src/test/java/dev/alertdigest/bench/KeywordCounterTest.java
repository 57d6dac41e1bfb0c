package dev.alertdigest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The keyword counter, the assessment's peer: what it counts and the cut it picks. */
class KeywordCounterTest {

    @Test
    void countsListedWordsWhateverTheirCaseAndNothingInsideOtherWords() {
        assertThat(KeywordCounter.count("GUERRILLAS ATTACKED the post; a bomb-maker was shot.")).isEqualTo(4);
        // "attacker" in "counterattackers" and "shot" in "shotgun" are other words
        assertThat(KeywordCounter.count("Counterattackers bought a shotgun.")).isZero();
        assertThat(KeywordCounter.count("")).isZero();
    }

    @Test
    void theCutWithTheBestF1OnTheMarkedStoriesIsChosen() {
        int[] counts = {0, 1, 3, 4, 5, 2};
        List<Boolean> relevant = List.of(false, false, true, true, true, false);
        boolean[] all = {true, true, true, true, true, true};
        assertThat(KeywordCounter.bestCut(counts, relevant, all)).isEqualTo(3);
        assertThat(KeywordCounter.f1(counts, relevant, all, 3)).isEqualTo(1.0);
        // without the stories counted 3 and 2, a cut of 4 does as well as 3, and the lower one is kept
        boolean[] some = {true, true, false, true, true, false};
        assertThat(KeywordCounter.bestCut(counts, relevant, some)).isEqualTo(2);
    }
}
