package dev.alertdigest.assess;

/**
 * What officials say the threat is not: credible, or specific. A negation ({@code lexicons.negation}: "no", "not",
 * "never") followed within {@value #NEGATION_REACH} words by a qualifier, itself followed within
 * {@value #NOUN_REACH} words by what it qualifies ({@code lexicons.doubtedNouns}: threat, plot, planning,
 * intelligence …). A credibility word ({@code lexicons.credibility}: "credible", "authentic") denies the threat,
 * the scales' BACKGROUND: "at no stage was there any credible threat", "no specific or credible threat". A
 * specificity word alone ({@code lexicons.specificity}: "specific", "concrete") leaves a generic threat standing,
 * the scales' ELEVATED at most: "we have not identified any specific, current plot", "we do not see any concrete
 * attack planning", "there is no specific threat to company personnel at this time". A word that undoes the
 * negation between them ({@code lexicons.negationUndone}: "have not ruled out a specific threat") cancels it, and so
 * does a contrast ({@code lexicons.contrast}: "it is not imminent, but it is a real threat" affirms the threat). A
 * negated knowledge between them ({@code lexicons.knowledge}: "the Embassy has no information regarding a specific
 * or credible threat") says what officials do not know, not that the threat is not credible: not specific, at
 * most; the boilerplate of a generic advisory. A denial the sentence goes on to qualify with a contrast and an
 * attack ({@code lexicons.contrast}: "not aware of any specific, credible threat …, but are urging police to
 * stay alert to the possibility of attacks") leaves a generic threat standing too: not specific, at most.
 */
final class NegatedQualifiers {

    /** What a sentence says the threat is not. */
    enum Doubt { NONE, NOT_SPECIFIC, NOT_CREDIBLE }

    private final PhraseLexicon negation;
    private final PhraseLexicon credibility;
    private final PhraseLexicon specificity;
    private final PhraseLexicon doubtedNouns;
    private final PhraseLexicon negationUndone;
    private final PhraseLexicon knowledge;
    private final PhraseLexicon contrast;
    private final PhraseLexicon strongCues;
    private final PhraseLexicon attackWords;
    private final PhraseLexicon attackTypes;
    private final PhraseLexicon likely;
    private final PhraseLexicon veryLikely;
    private final PhraseLexicon doubtedTiming;

    NegatedQualifiers(ScoringProfile profile) {
        negation = profile.lexicon("negation");
        credibility = profile.lexicon("credibility");
        specificity = profile.lexicon("specificity");
        doubtedNouns = profile.lexicon("doubtedNouns");
        negationUndone = profile.lexicon("negationUndone");
        knowledge = profile.lexicon("knowledge");
        contrast = profile.lexicon("contrast");
        strongCues = profile.lexicon("strongSecurity");
        attackWords = profile.level(Dimension.METHOD, 1);
        attackTypes = profile.level(Dimension.METHOD, 2);
        likely = profile.level(Dimension.LIKELIHOOD, 2);
        veryLikely = profile.level(Dimension.LIKELIHOOD, 3);
        doubtedTiming = profile.lexicon("doubtedTiming");
    }

    /** The strongest doubt {@code s} states: NOT_CREDIBLE over NOT_SPECIFIC over NONE. */
    Doubt of(Sentence s) {
        Doubt doubt = Doubt.NONE;
        for (PhraseLexicon.Match no : negation.find(s)) {
            boolean unknown = false;
            for (int q = no.to(); q < s.size() && q <= no.to() + NEGATION_REACH; q++) {
                if (negationUndone.startsAt(s, q) || contrast.startsAt(s, q)) {
                    break; // "not imminent, but it is a real threat": the contrast affirms what follows it
                }
                unknown |= knowledge.startsAt(s, q);
                boolean credible = credibility.startsAt(s, q);
                if ((credible || specificity.startsAt(s, q)) && qualifiesANoun(s, q) && !aboutTiming(s, q)) {
                    if (credible && !unknown && !qualifiedAfter(s, q)) {
                        return Doubt.NOT_CREDIBLE;
                    }
                    doubt = Doubt.NOT_SPECIFIC;
                }
            }
        }
        return doubt;
    }

    /**
     * A contrast after token {@code q} with an attack after it ({@code strongSecurity}, or METHOD's attack words and
     * types) or a judgement that the threat is likely (LIKELIHOOD 2 or 3): "…, but warn of lone attackers",
     * "not aware of any specific, credible plot at this time; however, the overall threat environment remains
     * elevated", not "…, but police will keep a visible presence".
     */
    private boolean qualifiedAfter(Sentence s, int q) {
        for (int c = q + 1; c < s.size(); c++) {
            if (contrast.startsAt(s, c)) {
                for (int k = c + 1; k < s.size(); k++) {
                    if (strongCues.startsAt(s, k) || attackWords.startsAt(s, k) || attackTypes.startsAt(s, k)
                            || likely.startsAt(s, k) || veryLikely.startsAt(s, k)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * A {@code doubtedTiming} word ("timing", "timeframe", "when") within {@value #TIMING_REACH} words after the
     * qualifier at {@code q}: "no specific information about timing, but the threat was considered credible" doubts
     * when, not what or whom; the time dimension says that already.
     */
    private boolean aboutTiming(Sentence s, int q) {
        for (int n = q + 1; n < s.size() && n <= q + TIMING_REACH; n++) {
            if (doubtedTiming.startsAt(s, n)) {
                return true;
            }
        }
        return false;
    }

    private static final int TIMING_REACH = 4;

    /** A doubted noun within {@value #NOUN_REACH} words after the qualifier at {@code q}. */
    private boolean qualifiesANoun(Sentence s, int q) {
        for (int n = q + 1; n < s.size() && n <= q + 1 + NOUN_REACH; n++) {
            if (doubtedNouns.startsAt(s, n)) {
                return true;
            }
        }
        return false;
    }

    /** Words between the negation and the qualifier: "at no stage was there any credible threat" has four. */
    private static final int NEGATION_REACH = 5;
    /** Words between the qualifier and its noun: "specific, current plot", "specific or credible threat". */
    private static final int NOUN_REACH = 2;
}
