package dev.alertdigest.assess;

import java.util.List;

/**
 * The interpretable evidence the relevance model weighs (see {@link KindModel}): is a specific violent act
 * reported, against whom, and in what kind of text.
 *
 * <p>An <em>act</em> is a security sentence with a violent deed or a reported event ("a bomb exploded", "were
 * murdered", "the kidnapping of"). What tells terrorism from war is the target: acts against civilians,
 * officials and property count for relevance, acts in combat or against soldiers against it. What tells a
 * report from talk about the conflict is the rest of the text: speeches and political statements ("we",
 * "dialogue", "elections"), police round-ups of arrests and seizures, denials, statistics and trends ("so far
 * this year", "a wave of"), accidents, and acts dated in the past ("years ago", "the anniversary of") in a
 * story about something else. Counts are capped or damped (log) and words are per 100, so long and short
 * stories compare.
 *
 * <p>The last four features come from {@link IncidentSentences}, which judges each sentence on its own: does it
 * report a specific act against civilians, not negated and not background? The earliest such sentence (its
 * reciprocal position), how many there are, how many in the lead, and how many are dated to now.
 */
final class KindFeatures {

    /** Feature names, in the order of {@link #of}'s values; the model's weights are keyed by them. */
    static final List<String> NAMES = List.of(
            "leadActs", "bodyActs", "leadCivilianActs", "bodyCivilianActs", "militaryActs", "combatRate",
            "militaryRate", "discourseRate", "lawEnforcementRate", "denials", "pastActShare", "generalRate",
            "accidentRate", "ruleDecision", "firstIncident", "incidents", "leadIncidents", "recentIncidents");

    private final SecurityCues cues;
    private final int leadSentences;
    private final double minEvidence;
    private final PhraseLexicon combat;
    private final PhraseLexicon incidentEvents;
    private final PhraseLexicon violentActs;
    private final PhraseLexicon civilianTargets;
    private final PhraseLexicon militaryTargets;
    private final PhraseLexicon discourse;
    private final PhraseLexicon lawEnforcement;
    private final PhraseLexicon denials;
    private final PhraseLexicon pastTime;
    private final PhraseLexicon generalities;
    private final PhraseLexicon accidents;
    private final IncidentSentences incidentSentences;

    KindFeatures(ScoringProfile profile, SecurityCues cues) {
        this.cues = cues;
        this.leadSentences = profile.kind.leadSentences();
        this.minEvidence = profile.kind.minEvidence();
        this.combat = profile.lexicon("combat");
        this.incidentEvents = profile.lexicon("incidentEvents");
        this.violentActs = profile.lexicon("violentActs");
        this.civilianTargets = profile.lexicon("civilianTargets");
        this.militaryTargets = profile.lexicon("militaryTargets");
        this.discourse = profile.lexicon("discourse");
        this.lawEnforcement = profile.lexicon("lawEnforcement");
        this.denials = profile.lexicon("denialCues");
        this.pastTime = profile.lexicon("pastTime");
        this.generalities = profile.lexicon("generalities");
        this.accidents = profile.lexicon("accidents");
        this.incidentSentences = new IncidentSentences(profile);
    }

    /** The values of {@link #NAMES} for {@code text}, {@code evidence} being the rule-based security evidence. */
    double[] of(ArticleText text, double evidence) {
        Counts c = new Counts();
        int bodyIndex = 0;
        for (Sentence s : text.sentences()) {
            boolean lead = s.title() || bodyIndex++ < leadSentences;
            count(s, lead, c);
        }
        double per100 = 100.0 / Math.max(1, c.words);
        int acts = c.leadActs + c.bodyActs;
        return new double[] {
            Math.min(c.leadActs, 3),
            Math.log1p(c.bodyActs),
            Math.min(c.leadCivilian, 3),
            Math.log1p(c.bodyCivilian),
            Math.log1p(c.militaryActs),
            c.combatWords * per100,
            c.militaryWords * per100,
            c.discourseWords * per100,
            c.lawWords * per100,
            Math.log1p(c.denialSentences),
            acts == 0 ? 0 : c.pastActs / (double) acts,
            c.generalWords * per100,
            c.accidentWords * per100,
            evidence >= minEvidence ? 1 : 0,
            c.firstIncident < 0 ? 0 : 1.0 / (1 + c.firstIncident),
            Math.log1p(c.incidents),
            Math.min(c.leadIncidents, 3),
            Math.log1p(c.recentIncidents),
        };
    }

    private void count(Sentence s, boolean lead, Counts c) {
        c.words += s.size();
        int combats = combat.count(s);
        int military = militaryTargets.count(s);
        c.combatWords += combats;
        c.militaryWords += military;
        c.discourseWords += discourse.count(s);
        c.lawWords += lawEnforcement.count(s);
        c.generalWords += generalities.count(s);
        c.accidentWords += accidents.count(s);
        if (!s.security()) {
            return;
        }
        c.denialSentences += denials.matches(s) ? 1 : 0;
        IncidentSentences.Report report = incidentSentences.of(s);
        if (report != IncidentSentences.Report.NONE) {
            c.incidents++;
            c.leadIncidents += lead ? 1 : 0;
            c.recentIncidents += report == IncidentSentences.Report.RECENT_INCIDENT ? 1 : 0;
            if (c.firstIncident < 0) {
                c.firstIncident = s.index();
            }
        }
        if (!violentActs.matches(s) && !incidentEvents.matches(s)) {
            return;
        }
        // a battalion reporting kidnapped peasants is about the peasants: civilians outweigh the unit
        boolean civilian = combats == 0 && civilianTargets.matches(s);
        boolean war = !civilian && combats + military > 0;
        if (lead) {
            c.leadActs++;
            c.leadCivilian += civilian ? 1 : 0;
        } else {
            c.bodyActs++;
            c.bodyCivilian += civilian ? 1 : 0;
        }
        c.militaryActs += war ? 1 : 0;
        c.pastActs += pastTime.matches(s) ? 1 : 0;
    }

    /** Running counts over one article's sentences. */
    private static final class Counts {
        int words;
        int leadActs;
        int bodyActs;
        int leadCivilian;
        int bodyCivilian;
        int militaryActs;
        int pastActs;
        int combatWords;
        int militaryWords;
        int discourseWords;
        int lawWords;
        int denialSentences;
        int generalWords;
        int accidentWords;
        int firstIncident = -1;
        int incidents;
        int leadIncidents;
        int recentIncidents;
    }
}
