package dev.alertdigest.assess;

import dev.alertdigest.article.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Scores how specific, credible and close the threat an article reports is, and writes the alert text.
 *
 * <p>The steps, in order: cut the article into sentences ({@link ArticleText}); decide its kind
 * ({@link KindClassifier}); find actors, places and times; score the eight dimensions
 * ({@link DimensionScorer}); weigh them into score and tier under the hard rules ({@link TierRules});
 * select the summary and write headline and SMS. Everything tunable is in the {@link ScoringProfile}.
 *
 * <p>Thread-safe: one instance serves every request (the score Lambda keeps it across invocations).
 */
public final class ThreatAssessor {

    /** System property naming a scoring override file; the environment variable below does the same. */
    public static final String PROFILE_PROPERTY = "alertdigest.scoring";
    public static final String PROFILE_ENV = "ALERTDIGEST_SCORING";

    private static final int SUMMARY_SENTENCES = 3;

    private final SecurityCues cues;
    private final KindClassifier kinds;
    private final ActorRecognizer actors;
    private final PlaceRecognizer places;
    private final TimeExpressions times;
    private final DimensionScorer dimensions;
    private final TierRules rules;
    private final SummarySelector summaries;
    private final PhraseLexicon denial;
    private final PhraseLexicon denialElsewhere;
    private final PhraseLexicon notImmediate;
    private final PhraseLexicon undated;
    private final PhraseLexicon notSpecific;
    private final PhraseLexicon adjudicated;
    private final PhraseLexicon anniversary;
    private final PhraseLexicon advisoryHeadings;
    private final PhraseLexicon protectionHeadings;
    private final PhraseLexicon explainerHeadings;
    private final PhraseLexicon nationalLevel;
    private final LevelChanges levelChanges;
    private final PhraseLexicon allClear;
    private final PhraseLexicon namedGroups;
    private final NegatedQualifiers doubts;

    private ThreatAssessor(ScoringProfile profile, IncidentSentenceModel sentences) {
        cues = new SecurityCues(profile);
        kinds = new KindClassifier(profile, cues, sentences);
        actors = new ActorRecognizer(profile, cues);
        places = new PlaceRecognizer(profile);
        times = new TimeExpressions(profile);
        dimensions = new DimensionScorer(profile);
        rules = new TierRules(profile);
        summaries = new SummarySelector(profile);
        denial = profile.lexicon("denial");
        denialElsewhere = profile.lexicon("denialElsewhere");
        notImmediate = profile.lexicon("notImmediate");
        undated = profile.lexicon("undated");
        notSpecific = profile.lexicon("notSpecific");
        adjudicated = profile.lexicon("adjudicated");
        anniversary = profile.lexicon("anniversary");
        advisoryHeadings = profile.lexicon("advisoryHeadings");
        protectionHeadings = profile.lexicon("protectionHeadings");
        explainerHeadings = profile.lexicon("explainerHeadings");
        nationalLevel = profile.lexicon("nationalLevel");
        levelChanges = new LevelChanges(profile);
        allClear = profile.lexicon("allClear");
        namedGroups = profile.actors.named();
        doubts = new NegatedQualifiers(profile);
    }

    /**
     * The built-in profile, overridden by the file the system property {@value #PROFILE_PROPERTY} or the
     * environment variable {@value #PROFILE_ENV} names, when one is set.
     */
    public static ThreatAssessor withDefaults() {
        String path = System.getProperty(PROFILE_PROPERTY, System.getenv(PROFILE_ENV));
        if (path == null || path.isBlank()) {
            return new ThreatAssessor(ScoringProfile.defaults(), IncidentSentenceModel.builtIn());
        }
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            return withProfile(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scoring override " + path, e);
        }
    }

    /** The built-in profile with the JSON override laid over it (only the keys it holds change). */
    public static ThreatAssessor withProfile(InputStream override) {
        return withProfile(override, IncidentSentenceModel.builtIn());
    }

    /**
     * The built-in profile with the JSON override laid over it, and these incident sentence weights instead of
     * the built-in ones: what a fit of the relevance model evaluates.
     */
    public static ThreatAssessor withProfile(InputStream override, IncidentSentenceModel sentences) {
        return new ThreatAssessor(ScoringProfile.load(override), sentences);
    }

    public ThreatAssessment assess(Article article) {
        ArticleText text = ArticleText.of(article, cues);
        KindClassifier.Decision decision = kinds.classify(text);
        List<Mention> actorMentions = actors.recognise(text);
        int year = publishedYear(article);
        PlaceRecognizer.Places named = places.recognise(text, article.dateline(), year);
        List<Mention> placeMentions = named.named();
        // an incident's place is where it happened, however the story dates it; a threat's, where it may strike
        List<Mention> targets = decision.kind() == Kind.INCIDENT ? placeMentions : named.targets();
        List<TimeExpressions.TimeMention> timeMentions = times.find(text, decision.kind() == Kind.INCIDENT, year);
        boolean notImmediateSaid = anyMatch(notImmediate, text);
        boolean incident = decision.kind() == Kind.INCIDENT;
        List<DimensionScore> scores = dimensions.score(new DimensionScorer.Inputs(text, actorMentions,
                targets, timeMentions, notImmediateSaid, incident));
        // what each sentence says the threat is not, read once for the denial and the not-specific flags
        List<NegatedQualifiers.Doubt> doubted = text.sentences().stream().map(doubts::of).toList();
        // an advisory is issued for a threat its issuer finds credible, and security or a threat level is raised
        // against one: its "not aware of a specific, credible plot" says the threat is not specific, not that there
        // is none
        boolean securityRaised = text.headlineDeclares(protectionHeadings, explainerHeadings) || decision.levelRaised();
        boolean advisory = text.headlineDeclares(advisoryHeadings, explainerHeadings) || securityRaised;
        TierRules.Flags flags = new TierRules.Flags(denied(text, doubted, advisory), notImmediateSaid,
                notSpecific(text, doubted, advisory), allClear(text), decision.underWay(),
                adjudicatedInLead(text), text.headlineMatches(anniversary),
                anyMatch(nationalLevel, text),
                decision.kind() == Kind.THREAT ? dimensions.apartFromTarget(text, actorMentions, targets, scores)
                        : java.util.Set.of(), securityRaised, anyMatch(undated, text));
        scores = DimensionScorer.markedApart(scores, flags.apartFromTarget());
        TierRules.Outcome outcome = rules.apply(decision.kind(), scores, flags);

        List<String> actorNames = actorMentions.stream().map(Mention::name).toList();
        List<String> placeNames = placeMentions.stream().map(Mention::name).toList();
        List<String> timeTexts = timeMentions.stream().map(TimeExpressions.TimeMention::text).toList();
        List<Mention> entities = new java.util.ArrayList<>(actorMentions);
        entities.addAll(placeMentions);
        List<String> summary = summaries.select(text, entities, SUMMARY_SENTENCES).stream()
                .map(sentence -> AlertText.withoutLabel(AlertText.withoutDateline(sentence, article))).toList();
        String headline = AlertText.headline(article.title(), summary);
        // the SMS names where the threat may strike, not the dateline's city or the issuer's ("@ London" for a
        // travel advisory on Tanzania), falling back to the places named when the text names no target
        List<String> smsPlaces = targets.isEmpty() ? placeNames : targets.stream().map(Mention::name).toList();
        String sms = AlertText.sms(outcome.tier(), outcome.score(), actorNames, smsPlaces, headline,
                flags.allClear());
        return new ThreatAssessment(decision.kind(), outcome.score(), outcome.tier(), actorNames, placeNames,
                timeTexts, scores, flags.allClear(), headline, summary, sms, reasons(decision, outcome));
    }

    /** The year an ISO publication date ("2016-04-12T…") starts with, 0 when there is none. */
    private static int publishedYear(Article article) {
        String published = article.published();
        return published != null && published.length() >= 4 && published.substring(0, 4).matches("(19|20)\\d\\d")
                ? Integer.parseInt(published.substring(0, 4)) : 0;
    }

    /** The names of the relevance model's features (see {@link #kindFeatures}). */
    public static List<String> kindFeatureNames() {
        return KindFeatures.NAMES;
    }

    /**
     * The relevance model's feature values for {@code article}, in the order of {@link #kindFeatureNames()}:
     * what a fit of the model's weights (scoring.json {@code kind.model}) reads.
     */
    public double[] kindFeatures(Article article) {
        return kinds.features(ArticleText.of(article, cues));
    }

    /**
     * Every sentence of {@code article} as the incident sentence model reads it (its words, and its hashed
     * features when it is a security sentence): what a fit of that model trains on.
     */
    public List<IncidentSentenceModel.Example> incidentSentenceExamples(Article article) {
        return kinds.sentenceExamples(ArticleText.of(article, cues));
    }

    /**
     * The canonical name of a known group when {@code name} is one of its aliases as a whole ("Sendero
     * Luminoso" → "Shining Path", "IS-K" → "ISIS-K"), else {@code name} unchanged: for grouping alerts by actor
     * and for comparing actors with other sources' names.
     */
    public String canonicalActor(String name) {
        Sentence tokens = ArticleText.tokenize(0, name, false);
        List<PhraseLexicon.Match> found = namedGroups.find(tokens);
        if (found.size() == 1 && found.getFirst().from() == 0 && found.getFirst().to() == tokens.size()) {
            return found.getFirst().value();
        }
        return name;
    }

    /**
     * Whether the text denies the threat: a {@code denial} phrase, a lowered level or a negated credibility
     * ({@code doubted}, by sentence; not in an {@code advisory}, where it only says the threat is not specific), not
     * in a sentence that points it at something else ({@code denialElsewhere}: "another bomb threat an hour before
     * turned out to be a false alarm").
     */
    private boolean denied(ArticleText text, List<NegatedQualifiers.Doubt> doubted, boolean advisory) {
        for (Sentence s : text.sentences()) {
            boolean notCredible = doubted.get(s.index()) == NegatedQualifiers.Doubt.NOT_CREDIBLE && !advisory;
            if ((denial.matches(s) || levelChanges.lowers(s) || notCredible) && !denialElsewhere.matches(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text says the threat is not specific: a {@code notSpecific} phrase or a negated specificity, or in
     * an {@code advisory} a negated credibility.
     */
    private boolean notSpecific(ArticleText text, List<NegatedQualifiers.Doubt> doubted, boolean advisory) {
        for (Sentence s : text.sentences()) {
            NegatedQualifiers.Doubt doubt = doubted.get(s.index());
            if (notSpecific.matches(s) || doubt == NegatedQualifiers.Doubt.NOT_SPECIFIC
                    || advisory && doubt == NegatedQualifiers.Doubt.NOT_CREDIBLE) {
                return true;
            }
        }
        return false;
    }

    /** How many body sentences, after the headline, say what a story is about. */
    private static final int LEAD_SENTENCES = 2;

    /**
     * An {@code adjudicated} phrase in the lead (the headline and the first {@link #LEAD_SENTENCES} body sentences,
     * what the story is about) that tells a court's ruling on the story's case ("pleaded guilty",
     * "Man jailed over threats"), not a word that describes somebody by an old one: "the faction led by sons of the
     * jailed drug lord" is a cartel's threat today.
     */
    private boolean adjudicatedInLead(ArticleText text) {
        int body = 0;
        for (Sentence s : text.sentences()) {
            if (!s.title() && body++ >= LEAD_SENTENCES) {
                return false;
            }
            for (PhraseLexicon.Match m : adjudicated.find(s)) {
                if (m.from() == 0 || !DETERMINERS.contains(s.words().get(m.from() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words before a participle that make it an adjective: "the jailed drug lord", "a convicted bomber". */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "his", "her", "its",
            "their", "our", "whose");

    /** The tier rules' reasons, after why the text is kind other when its domain decided that. */
    private static List<String> reasons(KindClassifier.Decision decision, TierRules.Outcome outcome) {
        if (decision.otherDomain() == null) {
            return outcome.rules();
        }
        List<String> reasons = new java.util.ArrayList<>();
        reasons.add(decision.otherDomain().reason());
        reasons.addAll(outcome.rules());
        return reasons;
    }

    /**
     * An {@code allClear} phrase that states an all-clear, not the condition of one: "premiums will be re-quoted daily
     * until the alert was lifted", "once the threat has passed", "if the lockdown is lifted".
     */
    private boolean allClear(ArticleText text) {
        for (Sentence s : text.sentences()) {
            for (PhraseLexicon.Match m : allClear.find(s)) {
                boolean conditional = false;
                for (int k = m.from() - 1; k >= 0 && k >= m.from() - CONDITION_REACH; k--) {
                    conditional |= CONDITIONS.contains(s.words().get(k));
                }
                if (!conditional) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How many words before an all-clear phrase a condition may stand ("until the alert was lifted", "will remain
     * closed until police give the all-clear").
     */
    private static final int CONDITION_REACH = 5;
    private static final java.util.Set<String> CONDITIONS = java.util.Set.of("until", "unless", "once", "if", "when",
            "before", "till");

    private static boolean anyMatch(PhraseLexicon lexicon, ArticleText text) {
        for (Sentence s : text.sentences()) {
            if (lexicon.matches(s)) {
                return true;
            }
        }
        return false;
    }
}
