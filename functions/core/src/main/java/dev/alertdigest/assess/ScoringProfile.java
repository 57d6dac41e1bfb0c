package dev.alertdigest.assess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the assessment weighs, cuts and matches, read from {@code scoring.json}: dimension weights,
 * tier cut-offs, the hard rules' caps, and every lexicon. Nothing of it is in code, so an analyst team can
 * retune a deployment by shipping a file (see {@link #load(InputStream)} and docs/scoring.md).
 */
final class ScoringProfile {

    static final String RESOURCE = "scoring.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Score cut-offs: a score at or above the cut-off reaches the tier (if its needs are met too). */
    /**
     * Score cut-offs of the tiers and what else each needs: {@code specificNeeds} and {@code imminentNeeds} are
     * alternatives, each a minimum per dimension; one alternative must hold (IMMINENT needs one of each list).
     */
    record TierCutoffs(int elevated, int specific, int imminent, List<Map<Dimension, Integer>> specificNeeds,
                       List<Map<Dimension, Integer>> imminentNeeds) {
    }

    /** The hard rules' caps. */
    record Rules(int otherMaxScore, int deniedMaxScore, Tier notImmediateMaxTier, int notImmediateTimeCap,
                 Tier notSpecificMaxTier, Tier incidentMaxTier, Tier incidentUnderWayMaxTier, Tier allClearMaxTier,
                 Tier advisoryMinTier, Tier adjudicatedMaxTier, Tier anniversaryMaxTier, int incidentMinStage,
                 Tier nationalLevelMaxTier, Map<Dimension, Integer> apartFromTarget, Tier protectionMinTier,
                 Tier undatedMaxTier, int tiedActorLevel, Map<Dimension, Integer> namedThreat,
                 Tier namedThreatMinTier) {
    }

    /** How much security evidence makes an article about a threat or incident. */
    record KindSettings(double minEvidence, double strongWeight, double weakWeight, int leadSentences,
                        double leadBoost, double titleBoost, double combatPenalty, double otherSensePenalty,
                        double maxEvidenceShareOfOtherSense, double eventlessShare, double civilianTargetBonus,
                        double militaryTargetPenalty, double discoursePenalty, double warPenalty,
                        double minWarningEvidence) {
    }

    /**
     * When a text is written in another domain's words (see {@link OtherDomains}): the fewest words of one domain
     * that can decide, and how many times the security world's words they must outnumber.
     */
    record OtherDomainSettings(int minWords, double overSecurity, PhraseLexicon securityWorld,
                               Map<String, PhraseLexicon> domains, Set<String> quietDomains, int quietStrongMax,
                               PhraseLexicon figurativeCues) {
    }

    /** Sentence selection for the summary. */
    record SummarySettings(double positionWeight, double positionDecay, double centralityWeight,
                           double titleOverlapWeight, double threatCueBonus, double entityBonus, int minWords,
                           int maxWords, double quoteOpeningPenalty, double questionPenalty,
                           double unfinishedPenalty) {
    }

    /** Actor recognition: the named groups' aliases and what makes a name an organisation. */
    record ActorLexicon(PhraseLexicon named, Set<String> orgHeads, Set<String> nameStopWords,
                        Set<String> notActorNames, PhraseLexicon stateForces, PhraseLexicon atrocityCues,
                        PhraseLexicon generic, PhraseLexicon cellOrPerson, Set<String> ambiguousShortAliases,
                        PhraseLexicon civilOrgWords, Set<String> collectiveHeads, Set<String> unitHeads,
                        PhraseLexicon rebelNameWords, PhraseLexicon nameIntroducers, PhraseLexicon selfNaming,
                        PhraseLexicon quotedNameIntroducers, Set<String> groupDescriptors,
                        Set<String> qualifiedOnly, StateForceAgency stateForceAgency,
                        Set<String> affiliationSuffixes, Set<String> lowercaseHeads) {
    }

    /** The words around a state force that make it the doer of an atrocity (see {@link StateForceAgents}). */
    record StateForceAgency(PhraseLexicon deeds, PhraseLexicon nounUses, PhraseLexicon blame,
                            PhraseLexicon reporting, Set<String> between, Set<String> perpetratorNouns,
                            Set<String> assailants, Set<String> lawfulObjects) {
    }

    /** Place recognition: gazetteer and the words that make a named site. */
    /** Where a name is a perpetrator's: roles before it, alias marks and roles after it; titles are no names. */
    record PersonLexicon(PhraseLexicon rolesBefore, PhraseLexicon aliasMarks, PhraseLexicon rolesAfter,
                         PhraseLexicon identifiedAs, PhraseLexicon deedsAfterAge, PhraseLexicon deedsAfterName,
                         PhraseLexicon surnameAfter, Set<String> titles, PhraseLexicon namedAs,
                         PhraseLexicon arrestsBefore, Set<String> victimWords, PhraseLexicon appositionStarts,
                         Set<String> personNouns, Set<String> suspicionWords, PhraseLexicon leadersBefore) {
    }

    record PlaceLexicon(PhraseLexicon countries, PhraseLexicon cities, PhraseLexicon regions,
                        Map<String, String> countryOfPlace,
                        PhraseLexicon demonyms, Set<String> siteHeads, PhraseLexicon subSiteWords,
                        Set<String> issuerSites, Set<String> agencyWords, Set<String> targetedBy,
                        Set<String> locatingWords, Set<String> notPlaceNames, Set<String> leadingSiteHeads,
                        Set<String> speakingWords) {
    }

    /**
     * The TIME scale's phrases by level and the date pattern; {@code reportingVerbs} and {@code reportingNouns}
     * tell the time of the report ("warned Thursday", "an Aug. 23 briefing") from the time of the threat,
     * {@code pastLeads} and {@code forwardWords} the time of a past event ("the warnings follow attacks on
     * Saturday") from that of a coming one, {@code forwardParticiples} a time set for the future ("expected
     * Tuesday") from that of a done deed ("abandoned Tuesday").
     */
    record TimeLexicon(PhraseLexicon imminent, PhraseLexicon window, PhraseLexicon vague, Pattern date,
                       java.util.Set<String> reportingVerbs, java.util.Set<String> reportingNouns,
                       List<String> captionMarks, PhraseLexicon pastLeads, java.util.Set<String> forwardWords,
                       java.util.Set<String> forwardParticiples, java.util.Set<String> advisedActions,
                       PhraseLexicon deniedBy, java.util.Set<String> decisionVerbs,
                       java.util.Set<String> irregularPast, java.util.Set<String> eventWords,
                       java.util.Set<String> guardWords, java.util.Set<String> measureEnds,
                       java.util.Set<String> deadlineWords) {
    }

    /** Every lexicon below is entered in it, so a sentence is looked up once for all of them. */
    final LexiconIndex lexiconIndex = new LexiconIndex();
    final Map<Dimension, Integer> weights;
    final TierCutoffs tiers;
    final Rules rules;
    final KindSettings kind;
    /** The relevance model over the kind features; null when the profile has none (the rule decides). */
    final KindModel kindModel;
    final OtherDomainSettings otherDomains;
    final SummarySettings summary;
    final ActorLexicon actors;
    final PlaceLexicon places;
    final PersonLexicon persons;
    final TimeLexicon times;
    /** Cue lexicons by name: strongSecurity, weakSecurity, otherSense, combat, denial, notImmediate, … */
    final Map<String, PhraseLexicon> lexicons;
    /** Per dimension, the phrase lexicon of each level (index = level; null where the level has none). */
    final Map<Dimension, PhraseLexicon[]> levels;
    final PhraseLexicon outlets;
    /** Outlets the table does not list, found in attributions by their media words (news, radio, tribune, …). */
    final CitedOutlets citedOutlets;
    /** Words that hedge without estimating (possible, may, could): likelihood unknown, scored as 0. */
    final PhraseLexicon likelihoodUnknown;

    private ScoringProfile(JsonNode root) {
        weights = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            weights.put(d, root.path("weights").path(d.label()).asInt(0));
        }
        JsonNode t = root.path("tiers");
        JsonNode needs = root.path("tierNeeds");
        tiers = new TierCutoffs(t.path("elevated").asInt(), t.path("specific").asInt(), t.path("imminent").asInt(),
                alternatives(needs.path("specific"), "specific"), alternatives(needs.path("imminent"), "imminent"));
        JsonNode r = root.path("rules");
        rules = new Rules(r.path("otherMaxScore").asInt(), r.path("deniedMaxScore").asInt(),
                tier(r, "notImmediateMaxTier"), r.path("notImmediateTimeCap").asInt(), tier(r, "notSpecificMaxTier"),
                tier(r, "incidentMaxTier"),
                tier(r, "incidentUnderWayMaxTier"), tier(r, "allClearMaxTier"),
                Tier.valueOf(r.path("advisoryMinTier").asText("BACKGROUND")),
                Tier.valueOf(r.path("adjudicatedMaxTier").asText("IMMINENT")),
                Tier.valueOf(r.path("anniversaryMaxTier").asText("IMMINENT")), r.path("incidentMinStage").asInt(0),
                Tier.valueOf(r.path("nationalLevelMaxTier").asText("IMMINENT")),
                dimensionLevels(r.path("apartFromTarget"), "rules.apartFromTarget"),
                Tier.valueOf(r.path("protectionMinTier").asText("BACKGROUND")),
                Tier.valueOf(r.path("undatedMaxTier").asText("IMMINENT")),
                r.path("tiedActorLevel").asInt(Integer.MAX_VALUE),
                dimensionLevels(r.path("namedThreat"), "rules.namedThreat"),
                Tier.valueOf(r.path("namedThreatMinTier").asText("BACKGROUND")));
        JsonNode k = root.path("kind");
        kind = new KindSettings(k.path("minEvidence").asDouble(), k.path("strongWeight").asDouble(),
                k.path("weakWeight").asDouble(), k.path("leadSentences").asInt(), k.path("leadBoost").asDouble(),
                k.path("titleBoost").asDouble(), k.path("combatPenalty").asDouble(),
                k.path("otherSensePenalty").asDouble(), k.path("maxEvidenceShareOfOtherSense").asDouble(),
                k.path("eventlessShare").asDouble(1.0), k.path("civilianTargetBonus").asDouble(),
                k.path("militaryTargetPenalty").asDouble(), k.path("discoursePenalty").asDouble(),
                k.path("warPenalty").asDouble(), k.path("minWarningEvidence").asDouble());
        kindModel = KindModel.of(k.path("model"));
        JsonNode s = root.path("summary");
        summary = new SummarySettings(s.path("positionWeight").asDouble(), s.path("positionDecay").asDouble(),
                s.path("centralityWeight").asDouble(), s.path("titleOverlapWeight").asDouble(),
                s.path("threatCueBonus").asDouble(), s.path("entityBonus").asDouble(), s.path("minWords").asInt(),
                s.path("maxWords").asInt(), s.path("quoteOpeningPenalty").asDouble(),
                s.path("questionPenalty").asDouble(), s.path("unfinishedPenalty").asDouble());

        lexicons = new HashMap<>();
        root.path("lexicons").properties()
                .forEach(e -> lexicons.put(e.getKey(), PhraseLexicon.of(strings(e.getValue()), lexiconIndex)));
        JsonNode o = root.path("otherDomains");
        Map<String, PhraseLexicon> domains = new LinkedHashMap<>();
        o.path("domains").properties().forEach(e -> domains.put(e.getKey(), lexicon(e.getValue())));
        otherDomains = new OtherDomainSettings(o.path("minWords").asInt(Integer.MAX_VALUE),
                o.path("overSecurity").asDouble(), lexicon(o.path("securityWorld")), domains,
                lowerSet(o.path("quietDomains")), o.path("quietStrongMax").asInt(0),
                lexicon(o.path("figurativeCues")));

        JsonNode a = root.path("actor");
        JsonNode agency = a.path("stateForceAgency");
        Map<String, String> aliases = new LinkedHashMap<>();
        a.path("named").properties().forEach(e -> {
            aliases.put(e.getKey(), e.getKey());
            strings(e.getValue()).forEach(alias -> aliases.put(alias, e.getKey()));
        });
        actors = new ActorLexicon(PhraseLexicon.ofValues(aliases, lexiconIndex), lowerSet(a.path("orgHeads")),
                lowerSet(a.path("nameStopWords")), lowerSet(a.path("notActorNames")),
                lexicon(a.path("stateForces")), lexicon(a.path("atrocityCues")), lexicon(a.path("generic")),
                lexicon(a.path("cellOrPerson")), lowerSet(a.path("ambiguousShortAliases")),
                lexicon(a.path("civilOrgWords")), lowerSet(a.path("collectiveHeads")), lowerSet(a.path("unitHeads")),
                lexicon(a.path("rebelNameWords")), lexicon(a.path("nameIntroducers")),
                lexicon(a.path("selfNaming")), lexicon(a.path("quotedNameIntroducers")),
                lowerSet(a.path("groupDescriptors")), lowerSet(a.path("qualifiedOnly")),
                new StateForceAgency(lexicon(agency.path("deeds")), lexicon(agency.path("nounUses")),
                        lexicon(agency.path("blame")),
                        lexicon(agency.path("reporting")), lowerSet(agency.path("between")),
                        lowerSet(agency.path("perpetratorNouns")), lowerSet(agency.path("assailants")),
                        lowerSet(agency.path("lawfulObjects"))),
                lowerSet(a.path("affiliationSuffixes")), lowerSet(a.path("lowercaseHeads")));

        JsonNode p = root.path("place");
        Map<String, String> countries = new LinkedHashMap<>();
        strings(p.path("countries")).forEach(c -> countries.put(c, c));
        Map<String, String> cities = new LinkedHashMap<>();
        Map<String, String> countryOfPlace = new HashMap<>();
        p.path("cities").properties().forEach(e -> {
            cities.put(e.getKey(), e.getKey());
            countryOfPlace.put(e.getKey(), e.getValue().asText());
        });
        Map<String, String> regions = new LinkedHashMap<>();
        p.path("regions").properties().forEach(e -> {
            regions.put(e.getKey(), e.getKey());
            if (!e.getValue().asText().isEmpty()) {
                countryOfPlace.put(e.getKey(), e.getValue().asText());
            }
        });
        Map<String, String> demonyms = new LinkedHashMap<>();
        p.path("demonyms").properties().forEach(e -> demonyms.put(e.getKey(), e.getValue().asText()));
        places = new PlaceLexicon(PhraseLexicon.ofValues(countries, lexiconIndex),
                PhraseLexicon.ofValues(cities, lexiconIndex), PhraseLexicon.ofValues(regions, lexiconIndex),
                countryOfPlace,
                PhraseLexicon.ofValues(demonyms, lexiconIndex), lowerSet(p.path("siteHeads")),
                lexicon(p.path("subSiteWords")), lowerSet(p.path("issuerSites")), lowerSet(p.path("agencyWords")),
                lowerSet(p.path("targetedBy")), lowerSet(p.path("locatingWords")),
                lowerSet(p.path("notPlaceNames")), lowerSet(p.path("leadingSiteHeads")),
                lowerSet(p.path("speakingWords")));

        JsonNode pp = root.path("actor").path("persons");
        persons = new PersonLexicon(lexicon(pp.path("rolesBefore")), lexicon(pp.path("aliasMarks")),
                lexicon(pp.path("rolesAfter")), lexicon(pp.path("identifiedAs")), lexicon(pp.path("deedsAfterAge")),
                lexicon(pp.path("deedsAfterName")), lexicon(pp.path("surnameAfter")), lowerSet(pp.path("titles")),
                lexicon(pp.path("namedAs")), lexicon(pp.path("arrestsBefore")), lowerSet(pp.path("victimWords")),
                lexicon(pp.path("appositionStarts")), lowerSet(pp.path("personNouns")),
                lowerSet(pp.path("suspicionWords")), lexicon(pp.path("leadersBefore")));

        JsonNode tm = root.path("time");
        times = new TimeLexicon(lexicon(tm.path("imminent")), lexicon(tm.path("window")), lexicon(tm.path("vague")),
                Pattern.compile(tm.path("datePattern").asText("(?!)")), lowerSet(tm.path("reportingVerbs")),
                lowerSet(tm.path("reportingNouns")), List.copyOf(lowerSet(tm.path("captionMarks"))),
                lexicon(tm.path("pastLeads")), lowerSet(tm.path("forwardWords")),
                lowerSet(tm.path("forwardParticiples")), lowerSet(tm.path("advisedActions")),
                lexicon(tm.path("deniedBy")), lowerSet(tm.path("decisionVerbs")), lowerSet(tm.path("irregularPast")),
                lowerSet(tm.path("eventWords")), lowerSet(tm.path("guardWords")), lowerSet(tm.path("measureEnds")),
                lowerSet(tm.path("deadlineWords")));

        levels = new EnumMap<>(Dimension.class);
        root.path("dimensionLevels").properties().forEach(e -> {
            Dimension d;
            try {
                d = Dimension.valueOf(e.getKey().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException notADimension) {
                return; // "_about" and other notes
            }
            PhraseLexicon[] byLevel = new PhraseLexicon[4];
            for (int level = 0; level <= 3; level++) {
                JsonNode list = e.getValue().get(String.valueOf(level));
                if (list != null) {
                    byLevel[level] = lexicon(list);
                }
            }
            levels.put(d, byLevel);
        });
        outlets = lexicon(root.path("dimensionLevels").path("corroboration").path("outlets"));
        citedOutlets = new CitedOutlets(
                lowerSet(root.path("dimensionLevels").path("corroboration").path("mediaWords")));
        likelihoodUnknown = lexicon(root.path("dimensionLevels").path("likelihood").path("unknown"));
        lexiconIndex.freeze();
    }

    PhraseLexicon lexicon(String name) {
        PhraseLexicon lexicon = lexicons.get(name);
        if (lexicon == null) {
            throw new IllegalStateException("scoring profile has no lexicon " + name);
        }
        return lexicon;
    }

    PhraseLexicon level(Dimension dimension, int level) {
        PhraseLexicon[] byLevel = levels.get(dimension);
        return byLevel == null ? null : byLevel[level];
    }

    /** The built-in profile (the classpath's scoring.json). */
    static ScoringProfile defaults() {
        return new ScoringProfile(defaultTree());
    }

    /**
     * The built-in profile with {@code override} laid over it: objects merge key by key, anything else
     * (numbers, strings, lists) replaces the default. So an override file holds only what it changes.
     */
    static ScoringProfile load(InputStream override) {
        try {
            JsonNode tree = defaultTree();
            merge((ObjectNode) tree, MAPPER.readTree(override));
            return new ScoringProfile(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scoring profile", e);
        }
    }

    private static JsonNode defaultTree() {
        try (InputStream in = ScoringProfile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void merge(ObjectNode base, JsonNode override) {
        if (override == null || !override.isObject()) {
            throw new IllegalArgumentException("a scoring override must be a JSON object");
        }
        override.properties().forEach(e -> {
            JsonNode existing = base.get(e.getKey());
            if (existing instanceof ObjectNode object && e.getValue().isObject()) {
                merge(object, e.getValue());
            } else {
                base.set(e.getKey(), e.getValue());
            }
        });
    }

    private static Tier tier(JsonNode node, String field) {
        return Tier.valueOf(node.path(field).asText("IMMINENT"));
    }

    private PhraseLexicon lexicon(JsonNode list) {
        return PhraseLexicon.of(strings(list), lexiconIndex);
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    /** {@code [{"actor": 2, "target": 1}, …]}: the dimension minimums of each alternative. */
    private static List<Map<Dimension, Integer>> alternatives(JsonNode list, String tier) {
        if (!list.isArray() || list.isEmpty()) {
            throw new IllegalStateException("tierNeeds." + tier + " must be a non-empty list of alternatives such as"
                    + " [{\"target\": 2, \"actor\": 1}]");
        }
        List<Map<Dimension, Integer>> out = new ArrayList<>();
        for (JsonNode alternative : list) {
            out.add(dimensionLevels(alternative, "tierNeeds." + tier));
        }
        return List.copyOf(out);
    }

    /** A {@code {"actor": 2, "target": 1}} node as levels by dimension; {@code where} names it in errors. */
    private static Map<Dimension, Integer> dimensionLevels(JsonNode node, String where) {
        Map<Dimension, Integer> levels = new EnumMap<>(Dimension.class);
        node.properties().forEach(e -> {
            Dimension d = Arrays.stream(Dimension.values()).filter(x -> x.label().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(where + " names an unknown dimension "
                            + e.getKey() + "; dimensions: " + Arrays.stream(Dimension.values())
                            .map(Dimension::label).toList()));
            levels.put(d, e.getValue().asInt());
        });
        return levels;
    }

    private static Set<String> lowerSet(JsonNode list) {
        Set<String> set = new HashSet<>();
        strings(list).forEach(v -> set.add(v.toLowerCase(Locale.ROOT)));
        return set;
    }
}
