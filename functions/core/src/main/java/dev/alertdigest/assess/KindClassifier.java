package dev.alertdigest.assess;

import java.util.List;

/**
 * Decides whether an article is about a threat (not carried out yet), an incident (carried out or
 * attempted), or neither.
 *
 * <p>Security evidence is summed over sentences: strong cues (terrorists, bomb, kidnapped) always, weak ones
 * (attack, threat, killed) only in sentences without another domain's words, the headline and the lead
 * weighing more because they say what the story is about. Combat between armies and guerrillas is not a
 * terrorist act, so combat sentences take evidence away. Below the profile's minimum the article is
 * {@link Kind#OTHER}. With a {@link KindModel} in the profile, that evidence is one feature among the
 * {@link KindFeatures} (acts against civilians or soldiers, speeches, police round-ups, denials, the past) and
 * the model decides relevance instead. The model learnt from headline-less wire stories, so a headline that reports
 * security news in its own words, borne out by the lead, makes an article relevant too. Then the headline and lead
 * decide between threat and incident:
 * reported events ("was killed", "exploded", "claimed responsibility") against warnings, plots and stated
 * intent.
 */
final class KindClassifier {

    /** The decision and the evidence behind it; {@code relevance} is the model's logit (NaN without a model). */
    record Decision(Kind kind, double securityEvidence, double incidentEvidence, double threatEvidence,
                    boolean underWay, double relevance, OtherDomains.Tally otherDomain, boolean levelRaised) {
    }

    /**
     * The rule-based sums over the sentences: {@code incident} and {@code threat} over the sentences that count
     * as security evidence (for relevance), {@code warnedMore} whether warnings outnumber events over every
     * sentence (for threat against incident), {@code reportsEvents} whether any sentence reports one.
     */
    private record Evidence(double security, double incident, double threat, double otherSense, boolean underWay,
                            double addressed, boolean warnedMore, boolean reportsEvents, boolean otherGenre) {
    }

    private final ScoringProfile.KindSettings settings;
    private final KindModel model;
    private final OtherDomains otherDomains;
    private final KindFeatures features;
    private final IncidentSentenceModel.Features sentenceFeatures;
    private final SecurityCues cues;
    private final PhraseLexicon combat;
    private final PhraseLexicon incidentEvents;
    private final PhraseLexicon aftermath;
    private final PhraseLexicon threatCues;
    private final PhraseLexicon underWay;
    private final AttackUnderWay attackUnderWay;
    private final PhraseLexicon civilianTargets;
    private final PhraseLexicon militaryTargets;
    private final PhraseLexicon discourse;
    private final PhraseLexicon otherGenres;
    private final PhraseLexicon advisoryHeadings;
    private final PhraseLexicon protectionHeadings;
    private final LevelChanges levelChanges;
    private final PhraseLexicon cyberAttacks;
    private final PhraseLexicon cyberImpacts;
    private final PhraseLexicon explainerHeadings;
    private final PhraseLexicon securityWorld;
    private final LookBacks lookBacks;

    KindClassifier(ScoringProfile profile, SecurityCues cues) {
        this(profile, cues, IncidentSentenceModel.builtIn());
    }

    KindClassifier(ScoringProfile profile, SecurityCues cues, IncidentSentenceModel sentences) {
        this.settings = profile.kind;
        this.model = profile.kindModel;
        this.features = new KindFeatures(profile, cues, sentences);
        this.otherDomains = new OtherDomains(profile, cues);
        this.sentenceFeatures = new IncidentSentenceModel.Features(profile);
        this.cues = cues;
        this.combat = profile.lexicon("combat");
        this.incidentEvents = profile.lexicon("incidentEvents");
        this.aftermath = profile.lexicon("aftermath");
        this.threatCues = profile.lexicon("threatCues");
        this.underWay = profile.lexicon("underWay");
        this.attackUnderWay = new AttackUnderWay(profile);
        this.civilianTargets = profile.lexicon("civilianTargets");
        this.militaryTargets = profile.lexicon("militaryTargets");
        this.discourse = profile.lexicon("discourse");
        this.otherGenres = profile.lexicon("otherGenres");
        this.advisoryHeadings = profile.lexicon("advisoryHeadings");
        this.protectionHeadings = profile.lexicon("protectionHeadings");
        this.levelChanges = new LevelChanges(profile);
        this.cyberAttacks = profile.lexicon("cyberAttacks");
        this.cyberImpacts = profile.lexicon("cyberImpacts");
        this.explainerHeadings = profile.lexicon("explainerHeadings");
        this.securityWorld = profile.otherDomains.securityWorld();
        this.lookBacks = new LookBacks(profile);
    }

    Decision classify(ArticleText text) {
        Evidence e = evidence(text);
        // a finance or sports story that borrows the words ("the attack on inflation") stays other whatever
        // the model says: it was trained on news of the conflict only
        boolean otherSenseOutweighs = e.otherSense() > 0 && e.otherSense() * settings.otherSensePenalty()
                > e.security() * (1 / settings.maxEvidenceShareOfOtherSense() - 1);
        boolean ruleRelevant = e.security() >= settings.minEvidence();
        boolean warning = e.threat() > e.incident();
        // an advisory says what it is in its headline ("France travel advice", "MARITIME SECURITY ADVISORY"): its
        // warnings are its subject, however few security words its advice around them holds
        // so does a headline that reports protection against a threat ("security stepped up for New Year
        // celebrations", "police reinforce protection of sawmill after group threatens sabotage")
        boolean guardedHeadline = text.headlineDeclares(advisoryHeadings, explainerHeadings)
                || text.headlineDeclares(protectionHeadings, explainerHeadings);
        // and a threat level raised, in a story that reports no event, wherever it says so: a feature on a mosque's
        // volunteers whose fifth paragraph tells that the security service "raised Norway's national terror threat
        // level from moderate to high" holds few warning words, and the model learnt from MUC-4, which has no level
        boolean levelRaised = !e.reportsEvents() && raisesALevel(text);
        boolean declaredWarning = warning && guardedHeadline || levelRaised;
        double relevance = Double.NaN;
        boolean relevant = ruleRelevant || declaredWarning;
        if (model != null) {
            relevance = model.logit(features.of(text, e.security()));
            // the model learnt from reports of the Latin American conflicts, where warnings are few and mostly
            // a threat or two in a speech; a story the rules find to be about a warning, its warning cues
            // outnumbering the events and adding up ("officials warn the group could strike the airport"),
            // keeps their decision
            // a warning speaks to its public ("we are treating these posts seriously", "if you see him, call 999"):
            // the words that mark a speech about the conflict do not count against it here
            relevant = relevance >= 0 || declaredWarning
                    || e.addressed() >= settings.minEvidence() && warning && e.threat() >= settings.minWarningEvidence();
        }
        // a headline in security words that the lead bears out; it reports nothing that happened when no sentence
        // does ("Terrorist groups regroup near the northern border"), so it is then a threat, as is an advisory or
        // a notice of security raised that reports no event ("reinforced security at the Gare de Lyon this weekend")
        boolean headlineReports = (!relevant || otherSenseOutweighs) && securityHeadline(text);
        boolean onlyByHeadline = !relevant && headlineReports;
        relevant |= onlyByHeadline;
        // the words of the whole text: a story of police, troops and suspects is no other sense of its words, and a
        // match report or a takeover that borrows them throughout, in sentences with no word of its own domain,
        // shows its domain (not an advisory or a protection notice, which say what they are)
        OtherDomains.Tally words = otherSenseOutweighs || relevant && !declaredWarning ? otherDomains.tally(text) : null;
        // nor is an election's or a festival's word beside "attack" another sense of it under a headline that
        // reports security news ("Ansaru threatens to attack polling units"), nor software's words ("ransomware",
        // "phishing") where an agency raises a threat level: a vendor sells against threats, it raises no level
        boolean otherSenseWins = otherSenseOutweighs && !otherDomains.inSecurityWorld(words) && !headlineReports
                && !levelRaised;
        OtherDomains.Tally otherDomain = relevant && !otherSenseWins && !declaredWarning
                && otherDomains.decides(words) ? words : null;
        Kind kind = e.otherGenre() ? Kind.OTHER
                : cyberAttackReported(text) ? Kind.INCIDENT
                : cyberAttackThreatened(text) ? Kind.THREAT
                : !relevant || otherSenseWins || otherDomain != null ? Kind.OTHER
                : e.warnedMore() || (onlyByHeadline || guardedHeadline || levelRaised) && !e.reportsEvents() ? Kind.THREAT
                : Kind.INCIDENT;
        return new Decision(kind, e.security(), e.incident(), e.threat(), e.underWay(), relevance,
                kind == Kind.OTHER ? otherDomain : null, levelRaised);
    }

    /**
     * A headline that says the article is fiction, a review or a recipe ({@code fiction}: "a stadium-siege thriller
     * that never quite detonates"; {@code otherGenres}: "the 'flavour bomb' weeknight curry"): its plot's gunmen
     * and its kitchen's bombs are no threat, in whichever sentence they stand. So does a critic's headline: "Review:
     * did the band bomb at Brixton?", "'Breach Point' review: a tactical shooter where defusing the bomb is the thrill"
     * (a quoted title before "review:"; "Security review: police missed warnings" names no work). So do a game's
     * release notes by version: "Patch 7.3 Notes: bomb site rework, attacker economy changes".
     */
    private boolean otherGenre(ArticleText text) {
        return text.headlineMatches(cues.fiction()) || text.headlineMatches(otherGenres)
                || text.headline() != null && (REVIEW_HEADLINE.matcher(text.headline().text()).find()
                        || PATCH_NOTES.matcher(text.headline().text()).find());
    }

    private static final java.util.regex.Pattern REVIEW_HEADLINE = java.util.regex.Pattern.compile(
            "^\\s*review\\s*:|['\"\u2019\u201d]\\s*review\\s*:", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A game's or an app's release notes by version ("Patch 7.3 Notes"), as {@code otherGenres}' "patch notes". */
    private static final java.util.regex.Pattern PATCH_NOTES = java.util.regex.Pattern.compile(
            "\\bpatch\\s+v?\\d+(?:\\.\\d+)*\\s+notes\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A headline that reports security news in its own words: a strong cue outside idioms and fiction ("Terrorist
     * threat in the Savanes region", "jihadists kill 12 soldiers near Djibo") or a group of the named table ("ISKP
     * and the continuing campaign against Shia mosques"), not a question or an explainer ({@code explainerHeadings}:
     * "Why thousands in U.S. are landing on ISIS 'kill lists'"), with a lead that bears it out: a security
     * sentence, a named group or a word of the security world (police, suspects, embassy) among its first sentences,
     * whose weak cues an election's or a festival's words may have silenced ("Boko Haram threatens to attack polling
     * units"). The relevance model learnt from wire stories that have no headline, and its speech and statement
     * features take a government communiqué or a think-tank brief for talk about the conflict.
     */
    private boolean securityHeadline(ArticleText text) {
        Sentence headline = text.headline();
        if (headline == null || text.explainerHeadline(explainerHeadings)) {
            return false;
        }
        if (cues.strongCount(headline) == 0 && !namesGroup(text, headline)) {
            return false;
        }
        return text.body().stream().limit(settings.leadSentences()).anyMatch(s -> s.security()
                || namesGroup(text, s) || securityWorld.matches(s));
    }

    private boolean namesGroup(ArticleText text, Sentence sentence) {
        return otherDomains.namedGroups(text, sentence) > 0;
    }

    /** Whether a sentence of the text raises a threat or advisory level ({@link LevelChanges#raises}). */
    private boolean raisesALevel(ArticleText text) {
        for (Sentence s : text.sentences()) {
            if (levelChanges.raises(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A headline or first sentence that reports a cyber-attack hitting someone ({@code cyberAttacks} with
     * {@code cyberImpacts}: "Ransomware attack cripples hospital group", "Cyberattack disrupts heating network"):
     * an incident, though its words are software's, which {@code otherSense} holds so that a vendor's "threats"
     * and a flaw's "attack vector" stay other, and though MUC-4, whose model decides relevance, has none. A
     * question, a conditional ("How a ransomware attack can cripple a small business") or a statistic ("Every 11
     * seconds, somewhere in the world, an organisation is hit by a cyberattack": a vendor's opening line) reports
     * nothing, and a threat ("a hacktivist group has threatened to knock municipal websites offline") one to come.
     */
    private boolean cyberAttackReported(ArticleText text) {
        return inHeadlineOrLead(text, this::reportsCyberAttack);
    }

    private boolean reportsCyberAttack(Sentence s) {
        return cyberAttacks.matches(s) && cyberImpacts.matches(s) && !threatensCyberAttack(s) && statement(s);
    }

    /**
     * A headline or first sentence in which someone threatens a cyber-attack ("Pro-Russian hackers threaten
     * cyberattacks on Danish municipalities"): a threat, though its words are software's and MUC-4 has none.
     */
    private boolean cyberAttackThreatened(ArticleText text) {
        return inHeadlineOrLead(text, this::threatensCyberAttack);
    }

    private boolean threatensCyberAttack(Sentence s) {
        return cyberAttacks.matches(s) && threatWord(s) && statement(s);
    }

    /**
     * A word of {@link #THREATENED}, "planned" only before what is planned ("planned to knock the sites offline"):
     * "planned operations postponed" after a ransomware attack are surgeries.
     */
    private static boolean threatWord(Sentence s) {
        List<String> words = s.words();
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            boolean planFollows = k + 1 < words.size() && words.get(k + 1).equals("to");
            if (THREATENED.contains(w) && (!w.equals("planned") || planFollows)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the headline or the first body sentence is one that {@code test} accepts. */
    private static boolean inHeadlineOrLead(ArticleText text, java.util.function.Predicate<Sentence> test) {
        List<Sentence> body = text.body();
        return text.headline() != null && test.test(text.headline()) || !body.isEmpty() && test.test(body.getFirst());
    }

    /** A sentence that states something: no question, condition, possibility or statistic. */
    private static boolean statement(Sentence s) {
        return !s.hasAnyWord(NOT_A_REPORT) && !s.text().contains("?");
    }

    /**
     * Words that make a sentence a question, a condition, a possibility or a statistic rather than a report, or a
     * product's purpose ("a platform designed to help firms detect and shut down ransomware attacks").
     */
    private static final java.util.Set<String> NOT_A_REPORT = java.util.Set.of("can", "could", "may", "might",
            "would", "if", "how", "what", "why", "when", "whether", "every", "each", "somewhere", "average",
            "typically", "often", "designed", "detect", "detects", "prevent", "prevents", "protect", "protects",
            "defend", "defends");
    /** Words that make a sentence about a cyber-attack a threat of one: "hackers threaten cyberattacks on …". */
    private static final java.util.Set<String> THREATENED = java.util.Set.of("threaten", "threatens", "threatened",
            "threatening", "vow", "vows", "vowed", "plan", "plans", "planned", "planning");

    /** Every sentence of {@code text} as the incident sentence model reads it. */
    List<IncidentSentenceModel.Example> sentenceExamples(ArticleText text) {
        return sentenceFeatures.examples(text);
    }

    /** The values of {@link KindFeatures#NAMES} for {@code text}. */
    double[] features(ArticleText text) {
        return features.of(text, evidence(text).security());
    }

    /**
     * Event words "to be" puts ahead ("officers wanted to be killed", "hostages are to be executed", "about to be
     * attacked"): a threat's words, not an event's. Only after the words of {@link #AHEAD}: "the third minister to
     * be assassinated", "reported to be kidnapped" tell what happened, and "will be killed" is mostly a threat
     * quoted in a story of an attack (on MUC-4, counting those turned two attacks into threats; with this list one
     * story of an attack, where Peruvians "were about to be attacked by a mob", now reads as a threat). So do an
     * order's, a plan's or a threat's infinitive ("plans to hijack") and an ultimatum's alternative ("until Friday to
     * pay or see its fleet burned").
     */
    private int foretold(Sentence sentence) {
        int n = 0;
        List<String> words = sentence.words();
        for (PhraseLexicon.Match m : incidentEvents.find(sentence)) {
            int be = m.from() - 1;
            if (be >= 2 && words.get(be).equals("be") && words.get(be - 1).equals("to")
                    && AHEAD.contains(words.get(be - 2))) {
                n++;
            } else if (be >= 1 && words.get(be).equals("to") && intendedBefore(words, be)) {
                n++; // "ordered its members to set fire to buses", "plans to hijack"
            } else if (ultimatumBefore(words, m.from())) {
                n++; // "until Friday to pay or see its fleet burned": what an ultimatum threatens
            }
        }
        return n;
    }

    /** An order, plan or threat up to {@value #INTENT_REACH} words before the "to" at {@code to}. */
    private static boolean intendedBefore(List<String> words, int to) {
        for (int k = to - 1; k >= 0 && k >= to - INTENT_REACH; k--) {
            if (INTENT.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final int INTENT_REACH = 4;

    /** Words that put the act of an infinitive after them ahead: it is ordered, planned or threatened, not done. */
    private static final java.util.Set<String> INTENT = java.util.Set.of("ordered", "orders", "plan", "plans",
            "planned", "planning", "plot", "plots", "plotted", "plotting", "threaten", "threatens", "threatened",
            "threatening", "vowed", "vows", "intend", "intends", "intended", "intending", "urged", "urging",
            "preparing", "prepared", "sought", "seeking", "aims", "aimed");

    /** "or see" up to {@value #INTENT_REACH} words before {@code at}: the alternative an ultimatum sets out. */
    private static boolean ultimatumBefore(List<String> words, int at) {
        for (int k = at - 1; k >= 1 && k >= at - INTENT_REACH; k--) {
            if (words.get(k).equals("see") && words.get(k - 1).equals("or")) {
                return true;
            }
        }
        return false;
    }

    /** The words that put "to be" ahead: wanting, being about or due to ("deserve to be attacked" is no forecast). */
    private static final java.util.Set<String> AHEAD = java.util.Set.of("wanted", "want", "wants",
            "about", "going", "due", "set", "slated", "is", "are", "was", "were");

    private Evidence evidence(ArticleText text) {
        double security = 0;
        double incident = 0;
        double threat = 0;
        double otherSense = 0;
        double eventsEverywhere = 0;
        double warningsEverywhere = 0;
        boolean underWayNow = false;
        int bodyIndex = 0;
        int words = 0;
        int discourseWords = 0;
        int warWords = 0;
        for (Sentence sentence : text.sentences()) {
            words += sentence.size();
            discourseWords += discourse.count(sentence);
            double weight = sentence.title() ? settings.titleBoost()
                    : bodyIndex++ < settings.leadSentences() ? settings.leadBoost() : 1.0;
            int strong = cues.strong().count(sentence);
            if (strong > 0 && cues.fiction().matches(sentence)) {
                otherSense += strong * weight; // "the hijack thriller bombed at the box office"
                continue;
            }
            int others = cues.otherSenseCount(sentence);
            int weakWords = others == 0 && strong > 0 ? 0 : cues.weak().count(sentence);
            int weak = others == 0 || strong > 0 ? weakWords : 0;
            double evidence = strong * settings.strongWeight() + weak * settings.weakWeight();
            if (others > 0) {
                evidence *= 0.5;
                if (strong == 0 && weakWords > 0) {
                    otherSense += others * weight;
                }
            }
            int eventWords = incidentEvents.count(sentence);
            int foretold = eventWords == 0 ? 0 : foretold(sentence);
            int events = eventWords - foretold;
            int threats = threatCues.count(sentence) + foretold;
            if (events + threats == 0) {
                evidence *= settings.eventlessShare(); // "the guerrillas" in a story about peace talks
            }
            int combats = combat.count(sentence);
            int military = militaryTargets.count(sentence);
            warWords += combats + military;
            boolean act = strong + events > 0;
            if (act && combats + military == 0 && civilianTargets.matches(sentence)) {
                evidence += settings.civilianTargetBonus(); // "a bomb exploded at the bank"
            }
            evidence -= combats * settings.combatPenalty() + military * settings.militaryTargetPenalty();
            // "the death toll rose to 21", "left 21 dead": the attack happened, whatever threats linger after it
            double sentenceEvents = (events + aftermath.count(sentence)) * weight;
            // whether it happened or is feared is read in every sentence, war's too: "fighters of the group intend
            // to attack road convoys" is a warning however little its words weigh for relevance; but not from the
            // police's seizures in a raid nor from an attack the sentence dates to a year, which a foiled plot's
            // report and a warning recall
            eventsEverywhere += lookBacks.datedToAYear(sentence) ? 0
                    : Math.max(0, sentenceEvents - lookBacks.seizures(sentence) * weight);
            warningsEverywhere += threats * weight;
            if (evidence <= 0) {
                continue;
            }
            security += evidence * weight;
            incident += sentenceEvents;
            threat += threats * weight;
            underWayNow |= underWay.matches(sentence) || attackUnderWay.find(sentence) != null;
        }
        // a war report: fighting and military units throughout, even where a sentence names no combat
        security -= settings.warPenalty() * 100.0 * warWords / Math.max(1, words);
        double addressed = security;
        // "we", "our", "peace talks", "elections": a speech or statement about the conflict, not a report of an act
        security -= settings.discoursePenalty() * 100.0 * discourseWords / Math.max(1, words);
        return new Evidence(security, incident, threat, otherSense, underWayNow, addressed,
                warningsEverywhere > eventsEverywhere, eventsEverywhere > 0, otherGenre(text));
    }
}
