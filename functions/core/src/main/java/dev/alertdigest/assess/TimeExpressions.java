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
            Matcher m = lexicon.date().matcher(sentence.text());
            while (mayHoldDate(sentence) && m.find()) {
                String printed = m.group().strip();
                found.putIfAbsent(printed.toLowerCase(java.util.Locale.ROOT),
                        new TimeMention(printed, 3, sentence.evidence(tokenAt(sentence, m.start()), tokenAt(sentence, m.start()) + 1)));
            }
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

    /** Dates and clock times have a digit or a weekday: skip the regex elsewhere (it is the slow part). */
    private static boolean mayHoldDate(Sentence sentence) {
        for (String w : sentence.words()) {
            if (Character.isDigit(w.charAt(0)) || w.endsWith("day")) {
                return true;
            }
        }
        return false;
    }

    private static int tokenAt(Sentence sentence, int offset) {
        int[] starts = sentence.starts();
        for (int i = starts.length - 1; i >= 0; i--) {
            if (starts[i] <= offset) {
                return i;
            }
        }
        return 0;
    }
}
