package dev.alertdigest.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WCXB metric: F1 of the lower-cased {@code \w+} word multisets of the extraction and the ground truth,
 * per page (the benchmark averages it over pages). Both empty counts as a perfect page; one empty as zero.
 */
final class WordOverlap {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private WordOverlap() {
    }

    static double f1(String truth, String predicted) {
        Map<String, Integer> expected = words(truth);
        Map<String, Integer> actual = words(predicted);
        int expectedTotal = expected.values().stream().mapToInt(Integer::intValue).sum();
        int actualTotal = actual.values().stream().mapToInt(Integer::intValue).sum();
        if (expectedTotal == 0 && actualTotal == 0) {
            return 1;
        }
        int common = 0;
        for (Map.Entry<String, Integer> e : actual.entrySet()) {
            common += Math.min(e.getValue(), expected.getOrDefault(e.getKey(), 0));
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / actualTotal;
        double recall = (double) common / expectedTotal;
        return 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }
}
