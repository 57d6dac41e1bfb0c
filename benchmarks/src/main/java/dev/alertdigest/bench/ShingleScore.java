package dev.alertdigest.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scrapinghub article-extraction-benchmark metric: tokens are {@code \w+} (case kept, Unicode word
 * characters), shingles are token 4-grams counted as a multiset; a page's true/false positives and false
 * negatives are normalised to sum to 1. Precision is the mean over pages that predicted something (or had
 * nothing to predict), recall the mean over pages whose truth or prediction is non-empty, and F1 is computed from
 * the two means.
 */
final class ShingleScore {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** One page's normalised counts, and whether its token list equals the truth's. */
    record Page(double tp, double fp, double fn, boolean exact) {
    }

    /** Means over pages; see the class comment. */
    record Summary(double precision, double recall, double f1, double accuracy) {
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    static Page score(String truth, String predicted) {
        List<String> trueTokens = tokens(truth);
        List<String> predTokens = tokens(predicted);
        Map<List<String>, Integer> trueShingles = shingles(trueTokens);
        Map<List<String>, Integer> predShingles = shingles(predTokens);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : predShingles.entrySet()) {
            int t = trueShingles.getOrDefault(e.getKey(), 0);
            tp += Math.min(t, e.getValue());
            fp += Math.max(0, e.getValue() - t);
        }
        for (Map.Entry<List<String>, Integer> e : trueShingles.entrySet()) {
            fn += Math.max(0, e.getValue() - predShingles.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new Page(tp, fp, fn, trueTokens.equals(predTokens));
    }

    /** Texts shorter than one shingle count as a single shorter shingle, as in the benchmark's own code. */
    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        int count = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < count; i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    static Summary summarise(List<Page> pages) {
        double precision = 0;
        int precisionPages = 0;
        double recall = 0;
        int recallPages = 0;
        int exact = 0;
        for (Page p : pages) {
            if (p.tp + p.fp > 0) {
                precision += p.fp == 0 && p.fn == 0 ? 1 : p.tp / (p.tp + p.fp);
                precisionPages++;
            }
            if (p.tp + p.fn > 0) {
                recall += p.fp == 0 && p.fn == 0 ? 1 : p.tp / (p.tp + p.fn);
                recallPages++;
            }
            if (p.exact) {
                exact++;
            }
        }
        precision = precisionPages == 0 ? 0 : precision / precisionPages;
        recall = recallPages == 0 ? 0 : recall / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(precision, recall, f1, pages.isEmpty() ? 0 : (double) exact / pages.size());
    }
}
