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

    private final IncidentSentenceModel.Features lexicons;

    IncidentSentences(ScoringProfile profile) {
        this.lexicons = new IncidentSentenceModel.Features(profile);
    }

    Report of(Sentence s) {
        return s.security() ? of(lexicons.hits(s)) : Report.NONE;
    }

    /**
     * The report of a security sentence that matches the lexicons {@code hits} (bits of
     * {@link IncidentSentenceModel}: act, civilian, negation, denial, past, recent).
     */
    static Report of(int hits) {
        if ((hits & IncidentSentenceModel.ACT) == 0 || (hits & IncidentSentenceModel.CIVILIAN) == 0
                || (hits & (IncidentSentenceModel.NEGATION | IncidentSentenceModel.DENIAL
                | IncidentSentenceModel.PAST)) != 0) {
            return Report.NONE;
        }
        return (hits & IncidentSentenceModel.RECENT) != 0 ? Report.RECENT_INCIDENT : Report.INCIDENT;
    }
}
