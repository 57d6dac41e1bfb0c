package dev.alertdigest.assess;

/**
 * "Under way" as an attack under way (STAGE 3, and an incident's tier left open to IMMINENT), not the business
 * that follows or surrounds one: "a search operation is under way", "an investigation was under way",
 * "negotiations were under way", "repairs are under way", "vessels under way" report the response, a process or a
 * ship's motion. A phrase of {@code lexicons.underWayWords} counts unless a word of {@code lexicons.notAttacksUnderWay}
 * ends at most {@link #REACH} words before it. The blocking words are a list rather than the attack words a
 * whitelist: an attack under way is named many ways ("the siege at the hotel was still under way", "shooting
 * under way"), and the sentences read here are security sentences already.
 */
final class AttackUnderWay {

    /** How far before "under way" its subject may stand: "a joint search operation for the gunmen was under way". */
    static final int REACH = 8;

    private final PhraseLexicon underWayWords;
    private final PhraseLexicon notAttacks;

    AttackUnderWay(ScoringProfile profile) {
        this.underWayWords = profile.lexicon("underWayWords");
        this.notAttacks = profile.lexicon("notAttacksUnderWay");
    }

    /** The first "under way" of {@code sentence} said of an attack, or null. */
    PhraseLexicon.Match find(Sentence sentence) {
        for (PhraseLexicon.Match m : underWayWords.find(sentence)) {
            if (!notAttacks.endsShortlyBefore(sentence, m.from(), REACH)) {
                return m;
            }
        }
        return null;
    }
}
