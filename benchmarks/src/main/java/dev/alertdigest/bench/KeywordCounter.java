package dev.alertdigest.bench;

import java.util.List;
import java.util.Set;

/**
 * The peer issue 4 names ("beat what a keyword counter can do"): a count of threat and attack words in a text,
 * and a cut above which the text counts as about a security threat. The word list is fixed and generic, written
 * once and not tuned on any corpus; only the cut is chosen, on the stories it is tested against (by
 * cross-validation in {@link AssessmentMeasurement}). It is also the speed peer: the least work that reads a
 * whole text for threat words, measured in the same run as the assessment, so the ratio between the two carries
 * over from one machine to another where an absolute rate does not.
 */
final class KeywordCounter {

    static final Set<String> WORDS = Set.of(
            "attack", "attacks", "attacked", "attacking", "attacker", "attackers",
            "bomb", "bombs", "bombed", "bombing", "bombings", "explosive", "explosives", "explosion", "blast",
            "threat", "threats", "threaten", "threatened", "threatening", "threatens",
            "terror", "terrorist", "terrorists", "terrorism",
            "kill", "killed", "killing", "killings", "murder", "murdered", "massacre",
            "kidnap", "kidnapped", "kidnapping", "hostage", "hostages",
            "assassinate", "assassinated", "assassination", "gunman", "gunmen", "shot", "shooting",
            "arson", "sabotage", "plot", "militant", "militants", "guerrilla", "guerrillas", "insurgents");

    private KeywordCounter() {
    }

    /** How many words of {@code text} (letters, case folded) are in {@link #WORDS}. */
    static int count(String text) {
        int hits = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start >= 3 && WORDS.contains(text.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
                    hits++;
                }
                start = -1;
            }
        }
        return hits;
    }

    /**
     * The cut (a text is relevant when its count reaches it) with the best F1 on the stories {@code use} marks;
     * the lowest such cut when several tie.
     */
    static int bestCut(int[] counts, List<Boolean> relevant, boolean[] use) {
        int bestCut = 1;
        double bestF1 = -1;
        for (int cut = 1; cut <= 40; cut++) {
            double f1 = f1(counts, relevant, use, cut);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestCut = cut;
            }
        }
        return bestCut;
    }

    /** F1 of "relevant when the count reaches {@code cut}" over the stories {@code use} marks. */
    static double f1(int[] counts, List<Boolean> relevant, boolean[] use, int cut) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < counts.length; i++) {
            if (!use[i]) {
                continue;
            }
            boolean predicted = counts[i] >= cut;
            if (predicted && relevant.get(i)) tp++;
            if (predicted && !relevant.get(i)) fp++;
            if (!predicted && relevant.get(i)) fn++;
        }
        return 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
    }
}
