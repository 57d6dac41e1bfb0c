package dev.alertdigest.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds when a threat is expected, on the TIME scale: 3 a date, a clock time or "imminent"/"today",
 * 2 a window of days ("in the coming days", "this weekend"), 1 vague ("soon", "coming months"), 0 none.
 *
 * <p>Only sentences about the threat or attack count: a news story is full of dates (when someone spoke,
 * when the story was filed) that say nothing about when an attack may come. Within them, the time of the
 * report is left out too: a time right after a reporting verb ("police warned Thursday", "said on Monday"),
 * one that dates a reporting event ("an Aug. 23 press briefing"), one opening a sentence whose verb reports
 * ("On Wednesday, the FBI issued an alert"), a dateline ("SAN FRANCISCO, Nov. 1 —") and a photo caption. So is
 * the time of a past event ({@link PastReferences}: "the warnings follow rocket attacks on Saturday", "last
 * summer … warnings of imminent explosions"), of a deed done ("abandoned Tuesday") and a document's date stamp
 * ("Security Alert - … (April 9, 2021)").
 */
final class TimeExpressions {

    /** A time expression as printed and its level. */
    record TimeMention(String text, int level, String evidence) {
    }

    private final ScoringProfile.TimeLexicon lexicon;
    private final PastReferences past;
    private final PhraseLexicon negation;
    private final PhraseLexicon negationUndone;
    private final PhraseLexicon attackWords;
    private final PhraseLexicon attackTypes;
    private final PhraseLexicon strong;
    private final PhraseLexicon weak;

    TimeExpressions(ScoringProfile profile) {
        this.strong = profile.lexicon("strongSecurity");
        this.weak = profile.lexicon("weakSecurity");
        this.attackWords = profile.level(Dimension.METHOD, 1);
        this.attackTypes = profile.level(Dimension.METHOD, 2);
        this.lexicon = profile.times;
        this.past = new PastReferences(profile);
        this.negation = profile.lexicon("negation");
        this.negationUndone = profile.lexicon("negationUndone");
    }

    /**
     * Time expressions in the security sentences, and in those that name an event a security sentence names, the
     * closest first. In a story of an {@code incident}, a time
     * that names an attack ("Tuesday's bombing") is the incident's own; in a story of a threat, mostly a past one.
     * A time dated to a year before the story's {@code publishedYear} (0 when unknown) is a past one too.
     */
    List<TimeMention> find(ArticleText text, boolean incident, int publishedYear) {
        Map<String, TimeMention> found = new LinkedHashMap<>();
        List<Sentence> sentences = text.sentences();
        java.util.Set<String> threatenedEvents = threatenedEvents(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            boolean dates = incident ? sentence.security() : aboutThreat(sentence);
            if (!(dates || sentence.hasAnyWord(threatenedEvents)) || past.pastEvent(sentence)) {
                continue;
            }
            Map<String, TimeMention> here = new LinkedHashMap<>();
            List<PhraseLexicon.Match> imminent = lexicon.imminent().find(sentence);
            List<PhraseLexicon.Match> window = lexicon.window().find(sentence);
            List<PhraseLexicon.Match> vague = lexicon.vague().find(sentence);
            add(here, outermost(imminent, window, vague), 3, incident, publishedYear);
            findDates(sentence, here, incident, publishedYear);
            add(here, outermost(window, imminent, vague), 2, incident, publishedYear);
            add(here, outermost(vague, imminent, window), 1, incident, publishedYear);
            // the caption test reads the text itself, so only for the few sentences that name a time
            if (here.isEmpty() || caption(sentence) || i + 1 < sentences.size() && caption(sentences.get(i + 1))) {
                continue;
            }
            here.forEach(found::putIfAbsent);
        }
        List<TimeMention> times = new ArrayList<>(found.values());
        times.sort((a, b) -> Integer.compare(b.level(), a.level()));
        return times;
    }

    /**
     * A security sentence with a word of the threat, not only of those who guard against it ({@code guardWords}):
     * "police increased presence around churches, and during Sunday masses patrol vehicles were parked" dates the
     * patrols. (In a story of an incident the police's sentence may well date the attack: "Police said the man who
     * stabbed two people on Monday …".)
     */
    private boolean aboutThreat(Sentence sentence) {
        if (!sentence.security()) {
            return false;
        }
        if (strong.matches(sentence)) {
            return true;
        }
        for (PhraseLexicon.Match m : weak.find(sentence)) {
            if (m.to() - m.from() != 1 || !lexicon.guardWords().contains(sentence.words().get(m.from()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The {@code time.eventWords} the security sentences name ("festival", "procession", "final"): when a threat
     * names an event, the sentence that dates the event dates the threat, though it says nothing of security
     * ("The festival opens on Saturday, 14 June"; "Ashura is expected to fall on Thursday").
     */
    private java.util.Set<String> threatenedEvents(List<Sentence> sentences) {
        java.util.Set<String> events = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            if (s.security()) {
                for (String w : s.words()) {
                    if (lexicon.eventWords().contains(w)) {
                        events.add(w);
                    }
                }
            }
        }
        return events;
    }

    /**
     * A photo caption ("… January 20, 2016. REUTERS/Omar Sobhani") dates the picture; its credit is often cut off
     * as a sentence of its own, so the sentence before a credit counts as caption too.
     */
    private boolean caption(Sentence sentence) {
        String lower = sentence.text().toLowerCase(java.util.Locale.ROOT);
        for (String mark : lexicon.captionMarks()) {
            if (lower.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The matches of {@code phrases} that no phrase of another level holds or carries on: "during the holiday" is a
     * window, but not where "holiday season", which is vague, goes on from it.
     */
    @SafeVarargs
    private static List<PhraseLexicon.Match> outermost(List<PhraseLexicon.Match> phrases,
                                                       List<PhraseLexicon.Match>... others) {
        if (phrases.isEmpty()) {
            return phrases;
        }
        List<PhraseLexicon.Match> kept = new ArrayList<>(phrases.size());
        for (PhraseLexicon.Match m : phrases) {
            boolean inside = false;
            for (List<PhraseLexicon.Match> other : others) {
                for (PhraseLexicon.Match o : other) {
                    inside |= o.from() < m.to() && o.to() > m.to() || o.from() < m.from() && o.to() >= m.to();
                }
            }
            if (!inside) {
                kept.add(m);
            }
        }
        return kept;
    }

    private void add(Map<String, TimeMention> found, List<PhraseLexicon.Match> matches, int level, boolean incident,
                     int publishedYear) {
        for (PhraseLexicon.Match m : matches) {
            if (notTheThreatsTime(m.sentence(), m.from(), m.to(), incident)
                    || datedBefore(m.sentence(), m.from(), m.to(), publishedYear) || level >= 2 && negated(m)) {
                continue;
            }
            String printed = m.printed();
            found.putIfAbsent(printed.toLowerCase(java.util.Locale.ROOT), new TimeMention(printed, level, m.evidence()));
        }
    }

    /**
     * Dates and clock times start at a number, a month or a weekday: the pattern is tried only where such a
     * token starts, not at every character (the regex was the slowest step of the assessment).
     */
    private void findDates(Sentence sentence, Map<String, TimeMention> found, boolean incident, int publishedYear) {
        Matcher m = null;
        int matchedUpTo = 0;
        int stampEnd = -1;
        for (int i = 0; i < sentence.size(); i++) {
            int start = sentence.starts()[i];
            if (start < matchedUpTo || !mayStartDate(sentence.words().get(i))) {
                continue;
            }
            if (m == null) {
                m = lexicon.date().matcher(sentence.text()).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(start, sentence.text().length());
            if (m.lookingAt()) {
                matchedUpTo = m.end();
                int to = i + 1;
                while (to < sentence.size() && sentence.starts()[to] < m.end()) {
                    to++;
                }
                // the clock time of a date stamp ("November 30, 2022 02:00 pm") is part of the stamp
                boolean stampsToo = stampEnd >= 0 && sentence.text().substring(stampEnd, start).isBlank();
                if (stampsToo || stamp(sentence, i, to)) {
                    stampEnd = m.end();
                    continue;
                }
                if (notTheThreatsTime(sentence, i, to, incident) || datedBefore(sentence, i, to, publishedYear)) {
                    continue;
                }
                String printed = m.group().strip();
                found.putIfAbsent(printed.toLowerCase(java.util.Locale.ROOT),
                        new TimeMention(printed, 3, sentence.evidence(i, i + 1)));
            }
        }
    }

    /** The tokens of a form's label or a time stamp before the sentence ("Event:", "19:42 -"). */
    private static int labelTokens(Sentence s) {
        int label = AlertText.labelLength(s.text());
        int tokens = 0;
        while (label > 0 && tokens < s.size() && s.starts()[tokens] < label) {
            tokens++;
        }
        return tokens;
    }

    /**
     * Whether tokens {@code from}..{@code to} of {@code s}, or the token after them, give a year before
     * {@code publishedYear}: "the truck attack on New Year's Day 2025" in a story of 2026, "on March 3, 2024".
     */
    private static boolean datedBefore(Sentence s, int from, int to, int publishedYear) {
        for (int k = from; publishedYear > 0 && k <= to && k < s.size(); k++) {
            String word = s.words().get(k);
            if (LookBacks.YEAR.matcher(word).matches() && Integer.parseInt(word) < publishedYear) {
                return true;
            }
        }
        return false;
    }

    /**
     * "no intelligence to suggest one is imminent", "the absence of intelligence pointing to imminent attack
     * plans": an imminence the sentence denies, by a negation word or a {@code time.deniedBy} phrase.
     */
    private boolean negated(PhraseLexicon.Match m) {
        Sentence s = m.sentence();
        // a deniedBy phrase that is itself negated ("police have not ruled out an imminent attack") denies nothing
        List<PhraseLexicon.Match> phrases = lexicon.deniedBy().find(s).stream()
                .filter(n -> !negation.endsShortlyBefore(s, n.from(), 1)).toList();
        return precedes(negation.find(s), m, NEGATION_REACH) || precedes(phrases, m, DENIED_BY_REACH);
    }

    /**
     * One of {@code denials} up to {@code reach} words before {@code m} with no {@code negationUndone} word between:
     * "we do not rule out an attack in the coming days" denies nothing.
     */
    private boolean precedes(List<PhraseLexicon.Match> denials, PhraseLexicon.Match m, int reach) {
        for (PhraseLexicon.Match n : denials) {
            if (n.to() <= m.from() && m.from() - n.to() < reach && !undoneBetween(m.sentence(), n.to(), m.from())) {
                return true;
            }
        }
        return false;
    }

    private boolean undoneBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (negationUndone.startsAt(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** How many words before an imminence word a negation reaches. */
    private static final int NEGATION_REACH = 8;
    /**
     * How far a {@code time.deniedBy} phrase reaches: a clause of what officials have no sign of ("no indication
     * that a date had been set or that an attack is imminent").
     */
    private static final int DENIED_BY_REACH = 12;

    /** Verbs after which "today" means nowadays: "terrorism today is mobile", "the threat today remains high". */
    private static final java.util.Set<String> NOWADAYS_VERBS = java.util.Set.of("is", "are", "has", "have",
            "remains", "remain");
    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
    /**
     * What a weekday names when it is a habit, not a date: "Friday prayers", "Sunday services" (plurals: "during
     * Sunday's mass" is one Sunday's).
     */
    private static final java.util.Set<String> HABITUAL_AFTER = java.util.Set.of("prayers", "services", "masses",
            "sermons", "markets");

    /**
     * Words that may stand between a reporting verb or a deed and its time: "said on Monday", "warned early today",
     * "were found at dawn on Monday".
     */
    /** How far before "until" an ultimatum's giver may stand: "gave the radio journalist until Friday". */
    private static final int DEADLINE_REACH = 4;

    /**
     * Whether the "until" at {@code until} sets an ultimatum's deadline ({@code time.deadlineWords}: "gave the
     * journalist until Friday to leave", "has until Friday"), which is the threat's time.
     */
    private boolean deadline(List<String> words, int until) {
        for (int k = until - 1; k >= 0 && k >= until - DEADLINE_REACH; k--) {
            if (lexicon.deadlineWords().contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> TIME_LEADS = java.util.Set.of("on", "this", "last", "early", "late",
            "earlier", "later", "at", "dawn", "daybreak", "midnight", "noon");

    /**
     * Whether tokens {@code from}..{@code to} of {@code s} date the report rather than the threat (see above), or,
     * unless the story is of an {@code incident}, name an attack.
     */
    private boolean notTheThreatsTime(Sentence s, int from, int to, boolean incident) {
        List<String> words = s.words();
        if (words.get(from).equals("tomorrow")) {
            return false; // no report or deed is done tomorrow: "cancelled tomorrow's open day after … a threat"
        }
        if (to < words.size() && (words.get(from).equals("today") && NOWADAYS_VERBS.contains(words.get(to))
                || to == from + 1 && WEEKDAYS.contains(words.get(from)) && HABITUAL_AFTER.contains(words.get(to)))) {
            return true; // "Terrorism today is mobile" is nowadays; "during Friday prayers" is every Friday
        }
        if (from > 0 && lexicon.measureEnds().contains(words.get(from - 1)) && !deadline(words, from - 1)) {
            return true; // "extended the alert level until 31 May": when a measure ends, not when an attack may come
        }
        int before = from - 1;
        while (before >= 0 && before >= from - 3 && TIME_LEADS.contains(words.get(before))) {
            before--;
        }
        // a form's label does not open the sentence: "Event: On January 18, the group released a statement …"
        boolean opens = before < labelTokens(s);
        if (before >= 0 && (lexicon.reportingVerbs().contains(words.get(before)) || doneDeed(words.get(before)))) {
            return true; // "police warned Thursday", "the tour was abandoned Tuesday"
        }
        if (past.afterPastLead(s, from)) {
            return true;
        }
        // "the Easter Sunday attacks of April 21, 2019", "the Sunday bombing": the time names an attack, in a
        // story of a threat mostly the past one it recalls
        if (!incident && (from >= 2 && words.get(from - 1).equals("of") && attackNoun(s, from - 2)
                || to < words.size() && attackNoun(s, to))) {
            return true;
        }
        // "issued an emergency warning to U.S. citizens on Monday": the report's verb, its object, then the time;
        // an attack word between ("said militants plan to attack on Monday") makes it the attack's time, and so
        // does the advice the report gives ("warned holidaymakers not to go to the resorts this summer")
        // a decision already taken reaches further: "raised its national terrorism threat level to severe from
        // substantial on Monday", "arrested the boy at a home in Merrylands in Sydney's west on Tuesday morning"
        // date the decision, not an attack
        for (int k = from - 1; k >= 0 && k >= from - DECISION_REACH; k--) {
            if (attackNoun(s, k) || s.commaBefore(k + 1)
                    || k > 0 && words.get(k - 1).equals("to") && lexicon.advisedActions().contains(words.get(k))) {
                break;
            }
            // "in a statement signed by its spokesman in Abuja on Sunday": a reporting noun as well as a verb
            if (k >= from - REPORT_REACH && (lexicon.reportingVerbs().contains(words.get(k))
                    || lexicon.reportingNouns().contains(words.get(k)))
                    || lexicon.decisionVerbs().contains(words.get(k))) {
                return true;
            }
        }
        int next = to;
        while (next < words.size() && next < to + 2 && TIME_LEADS.contains(words.get(next))) {
            next++;
        }
        if (next < words.size() && (lexicon.reportingVerbs().contains(words.get(next))
                || lexicon.decisionVerbs().contains(words.get(next)))) {
            return true; // "The U.S. government on Thursday warned", "today released", "on Wednesday dismantled"
        }
        if (to < words.size() && (lexicon.reportingNouns().contains(words.get(to))
                || to + 1 < words.size() && lexicon.reportingNouns().contains(words.get(to) + " " + words.get(to + 1)))) {
            return true;
        }
        String after = s.text().substring(s.ends()[to - 1]).stripLeading();
        if (from <= DATELINE_WORDS && (after.startsWith("—") || after.startsWith("–") || after.startsWith("-")
                || AGENCY_BRACKET.matcher(after).lookingAt())) { // "JAMMU, Aug 12 (PTI) Security …"
            return true;
        }
        if (opens && after.startsWith(",")) {
            for (int i = to; i < words.size(); i++) {
                if (lexicon.reportingVerbs().contains(words.get(i))) {
                    return true;
                }
            }
        }
        // "On Tuesday the group's military spokesman read a statement declaring …": a time that opens the sentence
        // and a report up to REPORT_REACH words on, with no attack named first ("On Saturday militants will attack
        // the stadium, police said" dates the attack)
        if (opens) {
            for (int i = to; i < words.size() && i < to + REPORT_REACH; i++) {
                if (attackNoun(s, i)) {
                    break;
                }
                if (lexicon.reportingVerbs().contains(words.get(i)) || lexicon.reportingNouns().contains(words.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A verb in the past tense right before a time dates a deed already done ("closed Tuesday", "abandoned on
     * Monday"); {@code forwardParticiples} set a time ahead ("expected Tuesday", "planned for Monday").
     */
    private boolean doneDeed(String word) {
        return word.length() > 4 && word.endsWith("ed") && !lexicon.forwardParticiples().contains(word)
                || lexicon.irregularPast().contains(word);
    }

    /** Whether an attack word ("attack", "attacks", "bombing") starts at token {@code k}. */
    private boolean attackNoun(Sentence s, int k) {
        return attackWords.startsAt(s, k) || attackTypes.startsAt(s, k);
    }

    /**
     * A date set apart at the end of a line ("Security Alert - U.S. Consulate (April 9, 2021)", "Bulletin -
     * November 30, 2022 02:00 pm") stamps the document, it does not time a threat.
     */
    private static boolean stamp(Sentence s, int from, int to) {
        String head = s.text().substring(0, s.starts()[from]).stripTrailing();
        if (head.isEmpty() || "-–—(:|".indexOf(head.charAt(head.length() - 1)) < 0) {
            return false;
        }
        return STAMP_TAIL.matcher(s.text().substring(s.ends()[to - 1])).matches();
    }

    /** What may follow a document's date stamp: a clock time, a zone, a bracket, nothing. */
    private static final java.util.regex.Pattern STAMP_TAIL = java.util.regex.Pattern.compile(
            "(?i)[\\s,]*(?:\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?\\s*(?:[a-z]{2,4})?)?\\s*(?:[)(|].*)?\\.?\\s*");

    /** How far before a time the verb of the report it dates may stand. */
    private static final int REPORT_REACH = 10;
    /** How far before a time a verb of a decision taken ({@code time.decisionVerbs}) may stand. */
    private static final int DECISION_REACH = 20;

    /**
     * An agency's name in brackets, which closes a dateline: one word with or without a dash ("(PTI)", "(REUTERS)",
     * "(dpa)"), several before a dash ("ALMATY, OCT 14 (CENTRAL ASIA NEWSWIRE) - ").
     */
    private static final java.util.regex.Pattern AGENCY_BRACKET =
            java.util.regex.Pattern.compile("\\(\\p{L}{2,8}\\)|\\([\\p{L} .&']{2,40}\\)\\s*[-\u2014\u2013]");

    /** How far into a sentence a dateline's date may sit ("SAN FRANCISCO, Nov. 1 —"). */
    private static final int DATELINE_WORDS = 6;

    private static boolean mayStartDate(String word) {
        return Character.isDigit(word.charAt(0)) || word.endsWith("day") || PastReferences.MONTHS.contains(word);
    }
}
