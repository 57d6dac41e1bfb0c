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
 * when the story was filed) that say nothing about when an attack may come.
 */
final class TimeExpressions {

    /** A time expression as printed and its level. */
    record TimeMention(String text, int level, String evidence) {
    }

    private static final java.util.Set<String> MONTHS = java.util.Set.of("jan", "feb", "mar", "apr", "may", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december");

    private final ScoringProfile.TimeLexicon lexicon;

    TimeExpressions(ScoringProfile profile) {
        this.lexicon = profile.times;
    }

    /** Time expressions in the security sentences, the closest first. */
    List<TimeMention> find(ArticleText text) {
        Map<String, TimeMention> found = new LinkedHashMap<>();
        for (Sentence sentence : text.sentences()) {
            if (!sentence.security()) {
                continue;
            }
            add(found, lexicon.imminent().find(sentence), 3);
            findDates(sentence, found);
            add(found, lexicon.window().find(sentence), 2);
            add(found, lexicon.vague().find(sentence), 1);
        }
        List<TimeMention> times = new ArrayList<>(found.values());
        times.sort((a, b) -> Integer.compare(b.level(), a.level()));
        return times;
    }

    private static void add(Map<String, TimeMention> found, List<PhraseLexicon.Match> matches, int level) {
        for (PhraseLexicon.Match m : matches) {
            String printed = m.printed();
            found.putIfAbsent(printed.toLowerCase(java.util.Locale.ROOT), new TimeMention(printed, level, m.evidence()));
        }
    }

    /**
     * Dates and clock times start at a number, a month or a weekday: the pattern is tried only where such a
     * token starts, not at every character (the regex was the slowest step of the assessment).
     */
    private void findDates(Sentence sentence, Map<String, TimeMention> found) {
        Matcher m = null;
        int matchedUpTo = 0;
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
                String printed = m.group().strip();
                found.putIfAbsent(printed.toLowerCase(java.util.Locale.ROOT),
                        new TimeMention(printed, 3, sentence.evidence(i, i + 1)));
                matchedUpTo = m.end();
            }
        }
    }

    private static boolean mayStartDate(String word) {
        return Character.isDigit(word.charAt(0)) || word.endsWith("day") || MONTHS.contains(word);
    }
}
