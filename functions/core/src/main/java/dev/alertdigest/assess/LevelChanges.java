package dev.alertdigest.assess;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence that changes a country's threat level or an advisory's level: "JTAC has today lowered the UK national
 * terrorism threat level from SEVERE", "Global Affairs Canada has lowered its travel advisory for Sri Lanka", "PST
 * raised Norway's national terror threat level from moderate to high". A change word ({@code levelLowered},
 * {@code levelRaised}) up to {@value #REACH} words before or after a {@code nationalLevel} or {@code advisoryLevel}
 * phrase, with no negation just before it ("did not lower"), no "had" ("the threat level had been lowered to
 * POSSIBLE in 2022": a change before another one, history) and no modal ("can be raised again at any time").
 */
final class LevelChanges {

    private final PhraseLexicon nationalLevel;
    private final PhraseLexicon advisoryLevel;
    private final PhraseLexicon lowered;
    private final PhraseLexicon raised;
    private final PhraseLexicon negation;

    LevelChanges(ScoringProfile profile) {
        nationalLevel = profile.lexicon("nationalLevel");
        advisoryLevel = profile.lexicon("advisoryLevel");
        lowered = profile.lexicon("levelLowered");
        raised = profile.lexicon("levelRaised");
        negation = profile.lexicon("negation");
    }

    /** The sentence lowers a level: the scales' all-clear, or a step towards it. */
    boolean lowers(Sentence s) {
        return changes(s, lowered);
    }

    /**
     * The sentence raises a level and lowers none: officials judge a threat more likely, though they may know of
     * no plot ("raised the national terror threat level from moderate to high, citing a general increase in
     * radicalisation").
     */
    boolean raises(Sentence s) {
        return changes(s, raised) && !changes(s, lowered);
    }

    private boolean changes(Sentence s, PhraseLexicon changeWords) {
        List<PhraseLexicon.Match> levels = new ArrayList<>(nationalLevel.find(s));
        levels.addAll(advisoryLevel.find(s));
        if (levels.isEmpty()) {
            return false;
        }
        for (PhraseLexicon.Match change : changeWords.find(s)) {
            if (undone(s, change)) {
                continue;
            }
            for (PhraseLexicon.Match level : levels) {
                if (change.to() <= level.from() && level.from() - change.to() <= REACH
                        || level.to() <= change.from() && change.from() - level.to() <= REACH) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A negation up to two words before the change ("did not lower"), "had" ("had been lowered"), or a modal up to
     * three ("can be raised again", "could be lowered").
     */
    private boolean undone(Sentence s, PhraseLexicon.Match change) {
        if (negation.endsShortlyBefore(s, change.from(), 2)) {
            return true;
        }
        for (int k = change.from() - 1; k >= 0 && k >= change.from() - 3; k--) {
            String word = s.words().get(k);
            if (k >= change.from() - 2 && word.equals("had") || MAYBE.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Modals that make a change a possibility, not a change: "the alert level can be raised again at any time". */
    private static final java.util.Set<String> MAYBE = java.util.Set.of("can", "could", "may", "might");

    /** How many words may stand between a change word and the level it changes. */
    private static final int REACH = 5;
}
