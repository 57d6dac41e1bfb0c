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
 * <p>Four features come from {@link IncidentSentences}, which judges each sentence on its own: does it
 * report a specific act against civilians, not negated and not background? The earliest such sentence (its
 * reciprocal position), how many there are, how many in the lead, and how many are dated to now. Six pool the
 * learned {@link IncidentSentenceModel}'s sentence verdicts (best, second best, best in the lead, how many are
 * likely, where the best is, their summed probability), and the last is its story evidence: the log-sum-exp of
 * the sentences' story scores, fitted to tell relevant stories from the others without sentence labels.
 */
final class KindFeatures {

    /** Feature names, in the order of {@link #of}'s values; the model's weights are keyed by them. */
    static final List<String> NAMES = List.of(
            "leadActs", "bodyActs", "leadCivilianActs", "bodyCivilianActs", "militaryActs", "combatRate",
            "militaryRate", "discourseRate", "lawEnforcementRate", "denials", "pastActShare", "generalRate",
            "accidentRate", "ruleDecision", "firstIncident", "incidents", "leadIncidents", "recentIncidents",
            "sentenceMax", "sentenceSecond", "leadSentenceMax", "likelySentences", "sentenceMaxPosition",
            "sentenceMass", "storyEvidence");

    private final SecurityCues cues;
    private final int leadSentences;
    private final double minEvidence;
    private final PhraseLexicon combat;
    private final PhraseLexicon militaryTargets;
    private final PhraseLexicon discourse;
    private final PhraseLexicon lawEnforcement;
    private final PhraseLexicon generalities;
    private final PhraseLexicon accidents;
    private final IncidentSentenceModel sentenceModel;
    private final IncidentSentenceModel.Features sentenceFeatures;

    KindFeatures(ScoringProfile profile, SecurityCues cues, IncidentSentenceModel sentenceModel) {
        this.sentenceModel = sentenceModel;
        this.sentenceFeatures = new IncidentSentenceModel.Features(profile);
        this.cues = cues;
        this.leadSentences = profile.kind.leadSentences();
        this.minEvidence = profile.kind.minEvidence();
        this.combat = profile.lexicon("combat");
        this.militaryTargets = profile.lexicon("militaryTargets");
        this.discourse = profile.lexicon("discourse");
        this.lawEnforcement = profile.lexicon("lawEnforcement");
        this.generalities = profile.lexicon("generalities");
        this.accidents = profile.lexicon("accidents");
    }

    /** The values of {@link #NAMES} for {@code text}, {@code evidence} being the rule-based security evidence. */
    double[] of(ArticleText text, double evidence) {
        Counts c = new Counts();
        int bodyIndex = 0;
        for (Sentence s : text.sentences()) {
            int position = bodyIndex;
            boolean lead = s.title() || bodyIndex++ < leadSentences;
            int hits = count(s, lead, c);
            score(s, s.title() ? 0 : position, hits, c);
        }
        if (c.sentences < 2) {
            c.secondLogit = c.maxLogit;
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
            c.maxLogit,
            c.secondLogit,
            c.leadMaxLogit,
            Math.log1p(c.likelySentences),
            1.0 / (1 + c.maxAt),
            Math.log1p(c.mass),
            c.storySentences == 0 ? IncidentSentenceModel.NOT_SCORED : c.storyMax + Math.log(c.storySum),
        };
    }

    /** Folds the learned incident logit of sentence {@code s} into the top-two, lead, count and mass sums. */
    private void score(Sentence s, int position, int hits, Counts c) {
        double z = IncidentSentenceModel.NOT_SCORED;
        if (s.security()) {
            int[] features = sentenceFeatures.of(s, position, hits);
            z = sentenceModel.logit(features);
            addToStory(sentenceModel.storyLogit(features), c);
        }
        int i = c.sentences++;
        double p = 1 / (1 + Math.exp(-z));
        c.mass += p;
        c.likelySentences += p > 0.5 ? 1 : 0;
        if (z > c.maxLogit) {
            c.secondLogit = c.maxLogit;
            c.maxLogit = z;
            c.maxAt = i;
        } else if (z > c.secondLogit) {
            c.secondLogit = z;
        }
        if (i < LEAD_SCORED) {
            c.leadMaxLogit = Math.max(c.leadMaxLogit, z);
        }
    }

    /** Adds a security sentence's story score to the running log-sum-exp (max, and Σ exp(score − max)). */
    private static void addToStory(double z, Counts c) {
        if (c.storySentences++ == 0) {
            c.storyMax = z;
            c.storySum = 1;
        } else if (z > c.storyMax) {
            c.storySum = c.storySum * Math.exp(c.storyMax - z) + 1;
            c.storyMax = z;
        } else {
            c.storySum += Math.exp(z - c.storyMax);
        }
    }

    /** Sentences (headline included) whose best incident logit is {@code leadSentenceMax}. */
    private static final int LEAD_SCORED = 4;

    /**
     * Adds sentence {@code s} to the counts; returns which of the {@link IncidentSentenceModel#LEXICONS} it
     * matches (bit i for lexicon i), 0 for a sentence that is not about security, so that the sentence model
     * and {@link IncidentSentences} read the lexicons matched here rather than match them again.
     */
    private int count(Sentence s, boolean lead, Counts c) {
        c.words += s.size();
        int combats = combat.count(s);
        int military = militaryTargets.count(s);
        int discourseWords = discourse.count(s);
        int lawWords = lawEnforcement.count(s);
        c.combatWords += combats;
        c.militaryWords += military;
        c.discourseWords += discourseWords;
        c.lawWords += lawWords;
        c.generalWords += generalities.count(s);
        c.accidentWords += accidents.count(s);
        if (!s.security()) {
            return 0;
        }
        int hits = sentenceFeatures.hits(s, combats > 0, military > 0, discourseWords > 0, lawWords > 0);
        c.denialSentences += (hits & IncidentSentenceModel.DENIAL) != 0 ? 1 : 0;
        IncidentSentences.Report report = IncidentSentences.of(hits);
        if (report != IncidentSentences.Report.NONE) {
            c.incidents++;
            c.leadIncidents += lead ? 1 : 0;
            c.recentIncidents += report == IncidentSentences.Report.RECENT_INCIDENT ? 1 : 0;
            if (c.firstIncident < 0) {
                c.firstIncident = s.index();
            }
        }
        if ((hits & IncidentSentenceModel.ACT) == 0) {
            return hits;
        }
        // a battalion reporting kidnapped peasants is about the peasants: civilians outweigh the unit
        boolean civilian = combats == 0 && (hits & IncidentSentenceModel.CIVILIAN) != 0;
        boolean war = !civilian && combats + military > 0;
        if (lead) {
            c.leadActs++;
            c.leadCivilian += civilian ? 1 : 0;
        } else {
            c.bodyActs++;
            c.bodyCivilian += civilian ? 1 : 0;
        }
        c.militaryActs += war ? 1 : 0;
        c.pastActs += (hits & IncidentSentenceModel.PAST) != 0 ? 1 : 0;
        return hits;
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
        int sentences;
        double maxLogit = IncidentSentenceModel.NOT_SCORED;
        double secondLogit = IncidentSentenceModel.NOT_SCORED;
        double leadMaxLogit = IncidentSentenceModel.NOT_SCORED;
        int maxAt;
        int likelySentences;
        double mass;
        int storySentences;
        double storyMax;
        double storySum;
    }
}
