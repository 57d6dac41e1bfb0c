package dev.alertdigest.assess;

import java.util.List;

/**
 * Turns the dimensions into the 0–100 score and the tier, then applies the hard rules the scales imply.
 * The score is the weighted mean of the dimensions (weights from the profile); a tier needs its cut-off
 * and what defines it (SPECIFIC a named site or sharper and a named actor or attack type, IMMINENT also a
 * date or "imminent"). When a rule caps the tier, the score is cut to stay below the next tier's cut-off,
 * so score and tier never disagree.
 *
 * <p>Hard rules: an article of kind other is BACKGROUND; an explicit denial ("no specific or credible
 * threat", a hoax, a fake alert, a lowered threat level) is BACKGROUND; a threat officials call "not immediate"
 * cannot be IMMINENT (the profile caps it, ELEVATED by default), nor one they say they have no concrete
 * intelligence of ("no concrete indications", capped the same way); a national threat or alert level is generic
 * unless the text names a site, or a group and a city or kind of target ({@code nationalLevelMaxTier}); an
 * all-clear ends the alert; a threat's actor or attack type that no sentence names with its target does not make it
 * SPECIFIC ({@code apartFromTarget}). A threat that names its actor with a target place or type is at least
 * SPECIFIC ({@code namedThreat}, {@code namedThreatMinTier}), the scales' definition of it. A threat an
 * official advisory reports (SOURCE 3: a security alert, a travel warning) is at least ELEVATED: an advisory is
 * issued for a threat its issuer finds credible, and so is one against which a headline reports security raised
 * ({@code protectionMinTier}: "security stepped up", "police on high alert") or the text a threat level raised. Incidents: a finished attack is news of
 * what happened, its follow-on risk (second devices, copycats, the same group again) can be SPECIFIC at most; an
 * attack still under way (siege, active shooter, lockdown) may be IMMINENT.
 */
final class TierRules {

    /** Conditions the text states that override the weighted score. */
    record Flags(boolean denied, boolean notImmediate, boolean notSpecific, boolean allClear, boolean underWay,
                 boolean adjudicated, boolean anniversary, boolean nationalLevel,
                 java.util.Set<Dimension> apartFromTarget, boolean securityRaised, boolean undated) {
    }

    private final ScoringProfile profile;

    TierRules(ScoringProfile profile) {
        this.profile = profile;
    }

    /**
     * The score and tier, and {@code rules}: why the tier is not what the score alone gives, in the reader's words
     * ("not immediate: at most ELEVATED"), one line for each rule that moved it, in the order applied.
     */
    record Outcome(int score, Tier tier, List<String> rules) {
        Outcome {
            rules = List.copyOf(rules);
        }
    }

    Outcome apply(Kind kind, List<DimensionScore> dimensions, Flags flags) {
        int score = weightedScore(dimensions);
        List<String> applied = new java.util.ArrayList<>();
        Tier byScore = tierOf(score, dimensions, false);
        List<DimensionScore> tied = tiedToTarget(dimensions, flags.apartFromTarget());
        Tier tier = tierOf(score, tied, true);
        if (tier != byScore) {
            applied.add(tier.level() < Tier.SPECIFIC.level()
                    ? "who, where and how too vague: not SPECIFIC"
                    : "no date, hours or \"imminent\": not IMMINENT");
        }
        ScoringProfile.Rules rules = profile.rules;
        if (kind == Kind.OTHER) {
            return new Outcome(Math.min(score, rules.otherMaxScore()), Tier.BACKGROUND,
                    List.of("not about a security threat: BACKGROUND"));
        }
        if (flags.denied()) {
            return new Outcome(Math.min(score, rules.deniedMaxScore()), Tier.BACKGROUND,
                    List.of("denied, a hoax or a lowered level: BACKGROUND"));
        }
        if (kind == Kind.THREAT && value(dimensions, Dimension.SOURCE) >= 3) {
            // an official advisory is issued for a threat its issuer finds credible: ELEVATED by the scales
            tier = raise(tier, rules.advisoryMinTier(), "an official advisory", applied);
            score = Math.max(score, floor(tier));
        }
        if (kind == Kind.THREAT && flags.securityRaised()) {
            // "Security stepped up in the deep South amid warning of possible violence", "Law enforcers on nationwide
            // alert", a threat level raised or extended: the authorities act on a threat they find credible, as an
            // advisory's issuer does
            tier = raise(tier, rules.protectionMinTier(), "security raised against it", applied);
            score = Math.max(score, floor(tier));
        }
        if (kind == Kind.THREAT && !rules.namedThreat().isEmpty() && anyHolds(List.of(rules.namedThreat()), tied)) {
            // the scales' SPECIFIC: a credible threat that names its actor with a target place or type ("Los
            // Chapitos threaten to attack the newspaper's offices"); its words may score it lower, with no date and
            // no official behind it, but the caps below ("not immediate", "no specific intelligence") still hold
            tier = raise(tier, rules.namedThreatMinTier(), "an actor named with its target", applied);
            score = Math.max(score, floor(tier));
        }
        if (flags.allClear()) {
            tier = cap(tier, rules.allClearMaxTier(), "all clear", applied);
        }
        if (flags.notImmediate()) {
            tier = cap(tier, rules.notImmediateMaxTier(), "not immediate", applied);
        }
        if (flags.undated()) {
            // "no date yet", "the plan was not at the imminent stage": a plot without a time is not impending, but
            // a named cell that surveyed a named cathedral is still a specific threat, which "not immediate" is not
            tier = cap(tier, rules.undatedMaxTier(), "no date set", applied);
        }
        if (flags.notSpecific()) {
            tier = cap(tier, rules.notSpecificMaxTier(), "no specific intelligence", applied);
        }
        if (flags.adjudicated()) {
            // "pleaded guilty to threatening to kill", "was convicted and sentenced to life" for a kidnapping: the
            // threat or the attack is a court's matter now, not a coming attack nor one whose risk follows on
            tier = cap(tier, rules.adjudicatedMaxTier(), "a court has ruled on it", applied);
        }
        if (kind == Kind.INCIDENT && flags.anniversary()) {
            // "Sri Lanka marks sixth anniversary of Easter Sunday bombings", "Three decades on, AMIA bombing families
            // still wait for justice": the attack is history, and remembering it is no follow-on risk
            tier = cap(tier, rules.anniversaryMaxTier(), "an anniversary of the attack", applied);
        }
        if (kind == Kind.THREAT && flags.nationalLevel() && value(dimensions, Dimension.TARGET) < 2
                && (value(dimensions, Dimension.ACTOR) < 2 || value(dimensions, Dimension.TARGET) < 1)) {
            // a country's threat or alert level ("remains at probable", "Level 4 maintained") is the scales'
            // generic threat: SPECIFIC takes a named site, not the country's cities and kinds of target, unless a
            // named group threatens them ("IS supporters' interest in London synagogues", the level in a closing line)
            tier = cap(tier, rules.nationalLevelMaxTier(), "a national threat level, no named site", applied);
        }
        if (kind == Kind.INCIDENT) {
            tier = flags.underWay() ? cap(tier, rules.incidentUnderWayMaxTier(), "an attack under way", applied)
                    : cap(tier, rules.incidentMaxTier(), "an attack carried out", applied);
        }
        return new Outcome(Math.min(score, ceiling(tier)), tier, applied);
    }

    /** {@code tier} at most {@code limit}, noting {@code why} when that lowers it. */
    private static Tier cap(Tier tier, Tier limit, String why, List<String> applied) {
        if (tier.level() <= limit.level()) {
            return tier;
        }
        applied.add(why + ": at most " + limit);
        return limit;
    }

    /** {@code tier} at least {@code least}, noting {@code why} when that raises it. */
    private static Tier raise(Tier tier, Tier least, String why, List<String> applied) {
        if (tier.level() >= least.level()) {
            return tier;
        }
        applied.add(why + ": at least " + least);
        return least;
    }

    /**
     * The dimensions as the tiers' needs read them: a threat's actor or method that no sentence names with its
     * target counts no more than {@code rules.apartFromTarget} allows (see
     * {@link DimensionScorer#apartFromTarget}). The score keeps their full values.
     */
    private List<DimensionScore> tiedToTarget(List<DimensionScore> dimensions, java.util.Set<Dimension> apart) {
        java.util.Map<Dimension, Integer> caps = profile.rules.apartFromTarget();
        return dimensions.stream().map(d -> apart.contains(d.dimension())
                ? new DimensionScore(d.dimension(), caps.get(d.dimension()), d.label(), d.evidence()) : d).toList();
    }

    int weightedScore(List<DimensionScore> dimensions) {
        double sum = 0;
        double max = 0;
        for (DimensionScore d : dimensions) {
            int weight = profile.weights.getOrDefault(d.dimension(), 0);
            sum += weight * d.value();
            max += weight * 3;
        }
        return max == 0 ? 0 : (int) Math.round(100 * sum / max);
    }

    /** The tier the score reaches, with {@code needs} only where the dimensions meet {@code tierNeeds}. */
    private Tier tierOf(int score, List<DimensionScore> dimensions, boolean needs) {
        ScoringProfile.TierCutoffs c = profile.tiers;
        boolean specific = !needs || anyHolds(c.specificNeeds(), dimensions);
        if (score >= c.imminent() && specific && (!needs || anyHolds(c.imminentNeeds(), dimensions))) {
            return Tier.IMMINENT;
        }
        if (score >= c.specific() && specific) {
            return Tier.SPECIFIC;
        }
        return score >= c.elevated() ? Tier.ELEVATED : Tier.BACKGROUND;
    }

    /** Whether the dimensions reach every minimum of at least one alternative. */
    private static boolean anyHolds(List<java.util.Map<Dimension, Integer>> alternatives,
                                    List<DimensionScore> dimensions) {
        for (java.util.Map<Dimension, Integer> minimums : alternatives) {
            boolean holds = true;
            for (java.util.Map.Entry<Dimension, Integer> m : minimums.entrySet()) {
                holds &= value(dimensions, m.getKey()) >= m.getValue();
            }
            if (holds) {
                return true;
            }
        }
        return false;
    }

    /** The highest score a tier keeps: one below the next tier's cut-off. */
    private int ceiling(Tier tier) {
        ScoringProfile.TierCutoffs c = profile.tiers;
        return switch (tier) {
            case BACKGROUND -> c.elevated() - 1;
            case ELEVATED -> c.specific() - 1;
            case SPECIFIC -> c.imminent() - 1;
            case IMMINENT -> 100;
        };
    }

    /** The lowest score a tier has: its cut-off. */
    private int floor(Tier tier) {
        ScoringProfile.TierCutoffs c = profile.tiers;
        return switch (tier) {
            case BACKGROUND -> 0;
            case ELEVATED -> c.elevated();
            case SPECIFIC -> c.specific();
            case IMMINENT -> c.imminent();
        };
    }

    static int value(List<DimensionScore> dimensions, Dimension dimension) {
        for (DimensionScore d : dimensions) {
            if (d.dimension() == dimension) {
                return d.value();
            }
        }
        return 0;
    }
}
