package dev.alertdigest.assess;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the eight dimensions 0–3, each with the spans that justify it. Phrase-driven dimensions (method,
 * stage, source, likelihood) take the highest level whose phrases occur in a sentence about the threat;
 * actor, target and time come from the recognisers.
 */
final class DimensionScorer {

    private static final Map<Dimension, String[]> LABELS = new EnumMap<>(Map.of(
            Dimension.ACTOR, new String[] {"none", "generic", "named group", "named cell or person"},
            Dimension.TARGET, new String[] {"country or none", "city or target type", "named site", "sub-site"},
            Dimension.TIME, new String[] {"none", "vague", "window of days", "date or imminent"},
            Dimension.METHOD, new String[] {"none", "attack", "attack type", "attack type with capability"},
            Dimension.STAGE, new String[] {"rhetoric", "intent", "planning", "under way"},
            Dimension.SOURCE, new String[] {"unattributed", "anonymous official", "named official", "official advisory"},
            Dimension.CORROBORATION, new String[] {"single source", "several outlets", "several outlets",
                    "independently confirmed"},
            Dimension.LIKELIHOOD, new String[] {"remote, unlikely or unknown", "roughly even chance", "likely",
                    "very likely or almost certain"}));

    private final ScoringProfile profile;
    private final PhraseLexicon targetTypes;
    private final PhraseLexicon actorAnaphora;
    private final PastReferences past;
    private final AttackUnderWay underWay;

    DimensionScorer(ScoringProfile profile) {
        this.profile = profile;
        this.targetTypes = profile.lexicon("targetTypes");
        this.actorAnaphora = profile.lexicon("actorAnaphora");
        this.past = new PastReferences(profile);
        this.underWay = new AttackUnderWay(profile);
    }

    /**
     * What the scorer reads besides the text; {@code incident} when the article reports an attack, whose
     * targets are where it happened rather than where a threat may strike.
     */
    record Inputs(ArticleText text, List<Mention> actors, List<Mention> targets,
                  List<TimeExpressions.TimeMention> times, boolean notImmediate, boolean incident) {
    }

    List<DimensionScore> score(Inputs in) {
        List<Sentence> security = in.text().sentences().stream().filter(Sentence::security).toList();
        List<DimensionScore> scores = new ArrayList<>();
        scores.add(actor(in.actors(), security));
        scores.add(target(in.targets(), security, in.incident()));
        scores.add(time(in.times(), in.notImmediate()));
        scores.add(method(security));
        scores.add(in.incident() ? incidentStage(stage(security), security) : stage(security));
        scores.add(byLevels(Dimension.SOURCE, withHeadline(security, in.text())));
        scores.add(corroboration(in.text()));
        scores.add(likelihood(security));
        return scores;
    }

    /**
     * The security sentences and a headline that names the text an official advisory (SOURCE 3), which says what
     * kind of document the text is even with no security word in it ("France travel advice", "Canada.ca > Travel
     * and tourism > Travel advice and advisories > Mali"); not its other words ("How Artificial Intelligence is
     * Transforming Search Marketing" cites no intelligence source).
     */
    private List<Sentence> withHeadline(List<Sentence> security, ArticleText text) {
        Sentence headline = text.headline();
        if (headline == null || headline.security() || !profile.level(Dimension.SOURCE, 3).matches(headline)) {
            return security;
        }
        List<Sentence> sentences = new ArrayList<>(security.size() + 1);
        sentences.add(headline);
        sentences.addAll(security);
        return sentences;
    }

    private DimensionScore actor(List<Mention> actors, List<Sentence> security) {
        if (!actors.isEmpty()) {
            return entityLevel(Dimension.ACTOR, actors);
        }
        for (Sentence s : security) {
            List<PhraseLexicon.Match> generic = profile.actors.generic().find(s);
            if (!generic.isEmpty()) {
                return of(Dimension.ACTOR, 1, List.of(generic.getFirst().evidence()));
            }
        }
        return of(Dimension.ACTOR, 0, List.of());
    }

    /**
     * The most specific place; with none sharper than a country, a kind of target the threat names ("hotels
     * used by Westerners", "worshippers", "foreigners", lexicon {@code targetTypes}) is as specific as a city.
     * A threat's target types leave out sentences that report a past event ("several were injured, including
     * foreigners"), as its places do; an incident's are where it happened.
     */
    private DimensionScore target(List<Mention> places, List<Sentence> security, boolean incident) {
        DimensionScore byPlace = entityLevel(Dimension.TARGET, places);
        if (byPlace.value() >= 1) {
            return byPlace;
        }
        for (Sentence s : security) {
            PhraseLexicon.Match type = targetType(s, incident);
            if (type != null) {
                return new DimensionScore(Dimension.TARGET, 1, "target type", List.of(type.evidence()));
            }
        }
        return byPlace;
    }

    /**
     * The first kind of target security sentence {@code s} names as the threat's, or null: not in a sentence that
     * lists kinds (see {@link #enumeration}) nor, for a threat, in one that reports a past event.
     */
    private PhraseLexicon.Match targetType(Sentence s, boolean incident) {
        if (!incident && past.pastEvent(s)) {
            return null;
        }
        List<PhraseLexicon.Match> types = targetTypes.find(s);
        return types.isEmpty() || enumeration(s, types) ? null : types.getFirst();
    }

    /**
     * The dimensions whose level no sentence naming the threat's target reaches: the actor when no sentence
     * names it with the target, the method when no such sentence names the attack type. A target is a place of
     * the threat at city level or sharper, or a kind of target ("ISWAP planning attacks on worship centres,
     * markets in Kano"). "Al-Shabaab remains active in the region" and "Level 2: Exercise Increased Caution due
     * to crime, terrorism, civil unrest and kidnapping" under a headline naming the capital name a group, an
     * attack type and a city, not a threat of that group or that attack to the city. Empty when the text names
     * no target: there is nothing to tie then. Only the dimensions {@code rules.apartFromTarget} caps, above
     * their cap, are returned.
     */
    java.util.Set<Dimension> apartFromTarget(ArticleText text, List<Mention> actors, List<Mention> targets,
                                            List<DimensionScore> scores) {
        java.util.Set<Integer> atTarget = new java.util.HashSet<>();
        targets.stream().filter(t -> t.level() >= 1).forEach(t -> atTarget.addAll(t.sentences()));
        for (Sentence s : text.sentences()) {
            if (s.security() && targetType(s, false) != null) {
                atTarget.add(s.index());
            }
        }
        java.util.Set<Dimension> apart = java.util.EnumSet.noneOf(Dimension.class);
        if (atTarget.isEmpty()) {
            return apart;
        }
        java.util.Map<Dimension, Integer> caps = profile.rules.apartFromTarget();
        int[] actorAt = actorLevels(text, actors);
        int actorThere = atTarget.stream().mapToInt(i -> actorAt[i]).max().orElse(0);
        // a named group with the target and its named cell elsewhere ("Los Lobos plotting attack on Guayaquil
        // vote-count centre"; further down, "a cell led by …"): the group is named with the target, so the actor is
        // tied to it above the cap, if not at its sharpest
        // a named cell or person is the story's actor wherever the text names it: the suspect the police hunt for
        // ("the threat emanates from a 23-year-old man, Karim S."), the front that signed the letter
        boolean tiedWherever = actors.stream().anyMatch(a -> a.level() >= profile.rules.tiedActorLevel());
        if (!tiedWherever && actorThere < TierRules.value(scores, Dimension.ACTOR)
                && actorThere <= caps.getOrDefault(Dimension.ACTOR, 0)) {
            apart.add(Dimension.ACTOR);
        }
        int method = TierRules.value(scores, Dimension.METHOD);
        if (method >= 2) {
            PhraseLexicon types = profile.level(Dimension.METHOD, 2);
            boolean typeThere = text.sentences().stream()
                    .anyMatch(s -> atTarget.contains(s.index()) && types.matches(s));
            if (!typeThere) {
                apart.add(Dimension.METHOD);
            }
        }
        apart.removeIf(d -> !caps.containsKey(d) || TierRules.value(scores, d) <= caps.get(d));
        return apart;
    }

    /** The scores, those of the dimensions in {@code apart} labelled as named apart from the target. */
    static List<DimensionScore> markedApart(List<DimensionScore> scores, java.util.Set<Dimension> apart) {
        return scores.stream().map(d -> apart.contains(d.dimension())
                ? new DimensionScore(d.dimension(), d.value(), d.label() + " (not named with the target)", d.evidence())
                : d).toList();
    }

    /**
     * The highest level of an actor each sentence names, a sentence that refers back to a group ("the
     * organisation spelt out its intention to target resort areas", lexicon {@code actorAnaphora}) naming the
     * actors of the last sentence that named one, up to {@value #ANAPHORA_REACH} sentences before.
     */
    private int[] actorLevels(ArticleText text, List<Mention> actors) {
        List<Sentence> sentences = text.sentences();
        int[] levels = new int[sentences.size()];
        for (Mention a : actors) {
            for (int i : a.sentences()) {
                levels[i] = Math.max(levels[i], a.level());
            }
        }
        int last = -1;
        int[] named = levels.clone();
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] > 0) {
                last = i;
            } else if (last >= 0 && i - last <= ANAPHORA_REACH && actorAnaphora.matches(sentences.get(i))) {
                levels[i] = levels[last];
            }
            // "… after a far-right online group published the addresses. The group, which calls itself Dietse
            // Storm, …": a sentence that refers back and names the group names the group of the sentence before
            if (i > 0 && named[i] > levels[i - 1] && actorAnaphora.matches(sentences.get(i))
                    && namesACollective(sentences.get(i - 1))) {
                levels[i - 1] = named[i];
            }
        }
        return levels;
    }

    /** Whether {@code s} holds a collective noun of {@code actor.collectiveHeads} ("group", "network", "cell"). */
    private boolean namesACollective(Sentence s) {
        for (String word : s.words()) {
            if (profile.actors.collectiveHeads().contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static final int ANAPHORA_REACH = 3;

    /**
     * "Targets include public gatherings, faith-based institutions, schools, …": a sentence that lists kinds of
     * target (two or more of them among at least four items) is a generic caution, it does not say what a threat
     * is aimed at.
     */
    private static boolean enumeration(Sentence s, List<PhraseLexicon.Match> types) {
        return types.size() >= 2 && s.text().chars().filter(c -> c == ',').count() >= 3;
    }

    private static DimensionScore entityLevel(Dimension dimension, List<Mention> mentions) {
        int level = 0;
        List<String> evidence = new ArrayList<>();
        for (Mention m : mentions) {
            level = Math.max(level, m.level());
        }
        for (Mention m : mentions) {
            if (m.level() == level && !m.evidence().isEmpty() && evidence.size() < 3) {
                evidence.add(m.evidence().getFirst());
            }
        }
        String label = dimension == Dimension.TARGET && mentions.isEmpty() ? "none" : LABELS.get(dimension)[level];
        return new DimensionScore(dimension, level, label, evidence);
    }

    private DimensionScore time(List<TimeExpressions.TimeMention> times, boolean notImmediate) {
        int level = times.isEmpty() ? 0 : times.getFirst().level();
        List<String> evidence = new ArrayList<>();
        for (TimeExpressions.TimeMention t : times) {
            if (t.level() == level && evidence.size() < 3) {
                evidence.add(t.evidence());
            }
        }
        if (notImmediate) {
            // shown whenever officials say so, capped or not: it is why the alert cannot be IMMINENT
            level = Math.min(level, profile.rules.notImmediateTimeCap());
            return new DimensionScore(Dimension.TIME, level, LABELS.get(Dimension.TIME)[level] + " (not immediate)",
                    evidence);
        }
        return of(Dimension.TIME, level, evidence);
    }

    /** Level 3 needs an attack type and evidence of capability together. */
    private DimensionScore method(List<Sentence> security) {
        List<String> type = matches(profile.level(Dimension.METHOD, 2), security);
        List<String> capability = matches(profile.level(Dimension.METHOD, 3), security);
        if (!type.isEmpty() && !capability.isEmpty()) {
            return of(Dimension.METHOD, 3, concat(capability, type));
        }
        if (!type.isEmpty()) {
            return of(Dimension.METHOD, 2, type);
        }
        List<String> attack = matches(profile.level(Dimension.METHOD, 1), security);
        return of(Dimension.METHOD, attack.isEmpty() ? 0 : 1, attack);
    }

    /**
     * An attack that was carried out is past every stage a threat goes through: STAGE is at least
     * {@code rules.incidentMinStage}, with the first security sentence, which reports the act, as evidence.
     */
    private DimensionScore incidentStage(DimensionScore found, List<Sentence> security) {
        int floor = profile.rules.incidentMinStage();
        if (found.value() >= floor || security.isEmpty()) {
            return found;
        }
        Sentence act = security.getFirst();
        return new DimensionScore(Dimension.STAGE, floor, "carried out", List.of(act.evidence(0, act.size())));
    }

    /** STAGE by its levels' phrases, and an attack under way (level 3) where a sentence says one is. */
    private DimensionScore stage(List<Sentence> security) {
        List<String> underWayEvidence = new ArrayList<>();
        for (Sentence s : security) {
            PhraseLexicon.Match m = underWay.find(s);
            if (m != null && underWayEvidence.size() < 3) {
                underWayEvidence.add(m.evidence());
            }
        }
        DimensionScore byPhrases = byLevels(Dimension.STAGE, security);
        if (underWayEvidence.isEmpty() || byPhrases.value() == 3) {
            return byPhrases;
        }
        return of(Dimension.STAGE, 3, underWayEvidence);
    }

    private DimensionScore byLevels(Dimension dimension, List<Sentence> security) {
        for (int level = 3; level >= 1; level--) {
            List<String> evidence = matches(profile.level(dimension, level), security);
            if (!evidence.isEmpty()) {
                return of(dimension, level, evidence);
            }
        }
        return of(dimension, 0, List.of());
    }

    /**
     * Outlets the article cites by name: two or more is several; "confirmed" with them is confirmation. The
     * headline is left out: "… | Editorial | The Guardian" names the publisher, not a second report.
     */
    private DimensionScore corroboration(ArticleText text) {
        Set<String> outlets = new LinkedHashSet<>();
        List<String> evidence = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (s.title()) {
                continue;
            }
            List<PhraseLexicon.Match> found = new ArrayList<>(profile.outlets.find(s));
            if (!text.upperCase()) {
                found.addAll(profile.citedOutlets.find(s));
            }
            for (PhraseLexicon.Match m : found) {
                String printed = m.printed();
                if ((text.upperCase() || Character.isUpperCase(printed.charAt(0)))
                        && outlets.add(outletKey(printed)) && evidence.size() < 3) {
                    evidence.add(m.evidence());
                }
            }
        }
        int level = outlets.size() >= 2 ? 2 : 0;
        if (level == 2) {
            List<String> confirmed = matches(profile.level(Dimension.CORROBORATION, 3), text.sentences());
            if (!confirmed.isEmpty()) {
                return of(Dimension.CORROBORATION, 3, concat(confirmed, evidence));
            }
        }
        return of(Dimension.CORROBORATION, level, evidence);
    }

    /** "the Star Tribune" and "Star Tribune" are one outlet. */
    private static String outletKey(String printed) {
        String key = printed.toLowerCase(Locale.ROOT);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /**
     * ICD 203: the strongest estimate stated about the threat. Hedges without an estimate ("possible",
     * "may", "could") leave the likelihood unknown, which scores like remote: they are not a 50% estimate.
     */
    private DimensionScore likelihood(List<Sentence> security) {
        for (int level = 3; level >= 0; level--) {
            List<String> evidence = matches(profile.level(Dimension.LIKELIHOOD, level), security);
            if (!evidence.isEmpty()) {
                String label = level == 0 ? "remote or unlikely" : LABELS.get(Dimension.LIKELIHOOD)[level];
                return new DimensionScore(Dimension.LIKELIHOOD, level, label, evidence);
            }
        }
        List<String> hedges = matches(profile.likelihoodUnknown, security);
        return new DimensionScore(Dimension.LIKELIHOOD, 0, hedges.isEmpty() ? "not stated" : "unknown (possible)",
                hedges);
    }

    private static List<String> matches(PhraseLexicon lexicon, List<Sentence> sentences) {
        List<String> evidence = new ArrayList<>();
        if (lexicon == null) {
            return evidence;
        }
        for (Sentence s : sentences) {
            List<PhraseLexicon.Match> found = lexicon.find(s);
            if (!found.isEmpty()) {
                evidence.add(found.getFirst().evidence());
                if (evidence.size() == 3) {
                    break;
                }
            }
        }
        return evidence;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(e -> !all.contains(e) && all.size() < 4).forEach(all::add);
        return all;
    }

    private static DimensionScore of(Dimension dimension, int level, List<String> evidence) {
        return new DimensionScore(dimension, level, LABELS.get(dimension)[level], evidence);
    }
}
