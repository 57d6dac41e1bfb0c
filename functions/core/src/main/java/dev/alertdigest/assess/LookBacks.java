package dev.alertdigest.assess;

import java.util.List;

/**
 * The events a sentence tells that are not the story's news, for telling a threat from an incident: what police
 * seized in the raid that foiled a plot, and an attack the sentence dates to a year, which a warning or a report of
 * arrests recalls ("the group was behind a suicide bombing at the same cathedral in 2021").
 */
final class LookBacks {

    private final PhraseLexicon incidentEvents;
    private final PhraseLexicon seizedMaterials;

    LookBacks(ScoringProfile profile) {
        this.incidentEvents = profile.lexicon("incidentEvents");
        this.seizedMaterials = profile.lexicon("seizedMaterials");
    }

    /**
     * The "seized" of {@code sentence} that tell what police or soldiers took, not what attackers did: a
     * {@code lexicons.seizedMaterials} word ("explosives", "weapons", "suicide belts") up to {@value #SEIZED_REACH}
     * words after it or just before it ("explosives seized in raid"). "Gunmen seized the mayor" stays an event.
     */
    int seizures(Sentence sentence) {
        int n = 0;
        for (PhraseLexicon.Match m : incidentEvents.find(sentence)) {
            if (m.to() - m.from() != 1 || !sentence.words().get(m.from()).equals("seized")) {
                continue;
            }
            for (PhraseLexicon.Match thing : seizedMaterials.find(sentence)) {
                if (thing.from() >= m.to() && thing.from() - m.to() < SEIZED_REACH
                        || thing.to() <= m.from() && m.from() - thing.to() <= 1) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static final int SEIZED_REACH = 4;

    /**
     * Whether {@code sentence} dates what it tells to a year ("in 2021", "in June 2024", "since 2019"): news of an
     * attack tells its day ("on Tuesday"), a look back its year.
     */
    boolean datedToAYear(Sentence sentence) {
        List<String> words = sentence.words();
        for (int i = 1; i < words.size(); i++) {
            if (!YEAR.matcher(words.get(i)).matches()) {
                continue;
            }
            String before = words.get(i - 1);
            if (YEAR_LEADS.contains(before)
                    || MONTHS.contains(before) && i >= 2 && YEAR_LEADS.contains(words.get(i - 2))) {
                return true;
            }
        }
        return false;
    }

    /** A year of the last two centuries: what a look back dates an attack to, and what dates a time to a year. */
    static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");
    private static final java.util.Set<String> YEAR_LEADS = java.util.Set.of("in", "since", "during");
    private static final java.util.Set<String> MONTHS = java.util.Set.of("january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december");
}
