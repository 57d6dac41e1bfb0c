package dev.alertdigest.assess;

import java.util.List;

/**
 * Tells sentences about violence, terrorism or threats from the rest. Strong cues (bomb, kidnapped,
 * terrorists) count anywhere; weak ones (attack, threat, target, strike, killed) only in a sentence with no
 * word of another domain (games, markets, medicine, weather, software), where they usually mean something
 * else: "a heart attack", "the striker's target", "threat detection platform". In a sentence about fiction and
 * its business ({@code fiction}: "box office", "thriller", "sequel") even the strong cues are a story's or a
 * metaphor's: "the hijack thriller bombed at the box office". A strong cue inside an idiom ({@code idioms}: "bomb
 * cyclone", "hostage to fortune", "explosive growth") is no cue either: weather, sport and business borrow them.
 */
final class SecurityCues {

    private final PhraseLexicon strong;
    private final PhraseLexicon weak;
    private final PhraseLexicon otherSense;
    private final PhraseLexicon fiction;
    private final PhraseLexicon idioms;
    private final PhraseLexicon securityAgents;
    private final PhraseLexicon targetTypes;
    private final PhraseLexicon securitySenses;
    private final LexiconIndex lexiconIndex;

    SecurityCues(ScoringProfile profile) {
        lexiconIndex = profile.lexiconIndex;
        strong = profile.lexicon("strongSecurity");
        weak = profile.lexicon("weakSecurity");
        otherSense = profile.lexicon("otherSense");
        fiction = profile.lexicon("fiction");
        idioms = profile.lexicon("idioms");
        securityAgents = profile.lexicon("securityAgents");
        targetTypes = profile.lexicon("targetTypes");
        securitySenses = profile.lexicon("securitySenses");
    }

    boolean isSecuritySentence(Sentence sentence) {
        if (fiction.matches(sentence)) {
            return false;
        }
        if (strong.matches(sentence) && (!idioms.matches(sentence) || strongOutsideIdioms(sentence))) {
            return true;
        }
        return weak.matches(sentence) && otherSenseCount(sentence) == 0;
    }

    /**
     * The words of another domain in {@code sentence} that make its weak cues another sense: none where police or
     * their like make them the security world's ({@link #otherSenseOverruled}), and not one inside the name of a
     * kind of people or places threatened ({@code targetTypes}: "threats against election workers", where
     * "election" names the workers, not the election's sense of "threats") or inside a phrase that gives the word
     * its assault's sense ({@code securitySenses}: "threatens to storm the oil field").
     */
    int otherSenseCount(Sentence sentence) {
        if (!otherSense.matches(sentence) || otherSenseOverruled(sentence)) {
            return 0;
        }
        List<PhraseLexicon.Match> inside = new java.util.ArrayList<>();
        if (targetTypes.matches(sentence)) {
            inside.addAll(targetTypes.find(sentence));
        }
        if (securitySenses.matches(sentence)) {
            inside.addAll(securitySenses.find(sentence));
        }
        return countOutside(otherSense.find(sentence), inside);
    }

    /**
     * Whether police or a sheriff in {@code sentence} make its weak cue the security world's whatever other domain's
     * words stand beside it: "Police hunt man who threatened to drive into fans at Saturday's cup final", "under
     * sheriff's protection after a man threatened election staff". The agent's own word is no such cue ("police said
     * 40,000 fans attended"): another weak cue must stand outside it.
     */
    boolean otherSenseOverruled(Sentence sentence) {
        if (!securityAgents.matches(sentence)) {
            return false;
        }
        List<PhraseLexicon.Match> agents = securityAgents.find(sentence);
        for (PhraseLexicon.Match cue : weak.find(sentence)) {
            if (agents.stream().noneMatch(a -> a.from() < cue.to() && cue.from() < a.to())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a strong cue of {@code sentence} stands outside every idiom the sentence holds. */
    private boolean strongOutsideIdioms(Sentence sentence) {
        return strongOutside(idioms.find(sentence), sentence) > 0;
    }

    /** The strong cues of {@code sentence} that mean what they say: none in fiction, none inside an idiom. */
    int strongCount(Sentence sentence) {
        if (fiction.matches(sentence) || !strong.matches(sentence)) {
            return 0;
        }
        return idioms.matches(sentence) ? strongOutside(idioms.find(sentence), sentence) : strong.count(sentence);
    }

    private int strongOutside(List<PhraseLexicon.Match> idiomatic, Sentence sentence) {
        return countOutside(strong.find(sentence), idiomatic);
    }

    /** How many of {@code matches} no span of {@code spans} holds whole. */
    private static int countOutside(List<PhraseLexicon.Match> matches, List<PhraseLexicon.Match> spans) {
        int outside = 0;
        for (PhraseLexicon.Match m : matches) {
            if (spans.stream().noneMatch(span -> span.from() <= m.from() && m.to() <= span.to())) {
                outside++;
            }
        }
        return outside;
    }

    boolean isSecurityWord(String word) {
        return strong.matchesWord(word);
    }

    /** The index of the profile's lexicons, which marks an article's sentences for all of them at once. */
    LexiconIndex lexiconIndex() {
        return lexiconIndex;
    }

    PhraseLexicon strong() {
        return strong;
    }

    PhraseLexicon weak() {
        return weak;
    }

    PhraseLexicon otherSense() {
        return otherSense;
    }

    PhraseLexicon fiction() {
        return fiction;
    }
}
