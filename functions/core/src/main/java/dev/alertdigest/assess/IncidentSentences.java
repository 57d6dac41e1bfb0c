package dev.alertdigest.assess;

/**
 * Sentence-level incident detection: does one sentence report a specific violent act against civilians,
 * officials or property?
 *
 * <p>Document-level counts mix the story's own event with everything around it. A story is about an incident
 * when some sentence of it says, affirmatively, that an act was done to someone: a deed ("was murdered",
 * "exploded", "kidnapped") and a civilian victim or target ("peasants", "the mayor", "a bank"), not negated
 * ("did not kill", "denied kidnapping") and not dated as background ("years ago", "the anniversary of").
 * Where the first such sentence sits says whether the act is what the story is about (the lead) or a passing
 * mention; a sentence that also dates the act to now ("today", "last night", "on Tuesday") is a fresh report.
 * Act, target and past are the lexicons {@link KindFeatures} already reads, so only negation and recency are
 * new words.
 */
final class IncidentSentences {

    /** What one sentence says: not an incident, an incident, or an incident dated to the last days. */
    enum Report { NONE, INCIDENT, RECENT_INCIDENT }

    private final PhraseLexicon violentActs;
    private final PhraseLexicon incidentEvents;
    private final PhraseLexicon civilianTargets;
    private final PhraseLexicon pastTime;
    private final PhraseLexicon negation;
    private final PhraseLexicon denials;
    private final PhraseLexicon recentTime;

    IncidentSentences(ScoringProfile profile) {
        this.violentActs = profile.lexicon("violentActs");
        this.incidentEvents = profile.lexicon("incidentEvents");
        this.civilianTargets = profile.lexicon("civilianTargets");
        this.pastTime = profile.lexicon("pastTime");
        this.negation = profile.lexicon("negation");
        this.denials = profile.lexicon("denialCues");
        this.recentTime = profile.lexicon("recentTime");
    }

    Report of(Sentence s) {
        // cheapest tests first: most sentences of most articles fail the first two
        if (!s.security() || !(violentActs.matches(s) || incidentEvents.matches(s))) {
            return Report.NONE;
        }
        if (!civilianTargets.matches(s) || negation.matches(s) || denials.matches(s) || pastTime.matches(s)) {
            return Report.NONE;
        }
        return recentTime.matches(s) ? Report.RECENT_INCIDENT : Report.INCIDENT;
    }
}
