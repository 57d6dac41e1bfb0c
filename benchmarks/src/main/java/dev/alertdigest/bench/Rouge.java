package dev.alertdigest.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 as Google's rouge-score package computes them: lower-case,
 * non-alphanumerics to spaces, Porter stemming of tokens longer than three characters; Lsum is the
 * summary-level LCS (union LCS of each reference sentence against all candidate sentences, each token
 * counted at most as often as it occurs on both sides).
 */
final class Rouge {

    /** F1 of the three measures for one candidate/reference pair. */
    record Scores(double rouge1, double rouge2, double rougeLsum) {
    }

    private final PorterStemmer stemmer = new PorterStemmer();
    private final Map<String, String> stems = new HashMap<>();

    Scores score(List<String> referenceSentences, List<String> candidateSentences) {
        List<List<String>> ref = referenceSentences.stream().map(this::tokens).filter(t -> !t.isEmpty()).toList();
        List<List<String>> cand = candidateSentences.stream().map(this::tokens).filter(t -> !t.isEmpty()).toList();
        List<String> refAll = ref.stream().flatMap(List::stream).toList();
        List<String> candAll = cand.stream().flatMap(List::stream).toList();
        return new Scores(ngramF1(refAll, candAll, 1), ngramF1(refAll, candAll, 2), lsum(ref, cand));
    }

    List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" ")) {
            if (t.isEmpty()) {
                continue;
            }
            out.add(t.length() > 3 ? stems.computeIfAbsent(t, this::stem) : t);
        }
        return out;
    }

    private String stem(String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static double ngramF1(List<String> ref, List<String> cand, int n) {
        Map<String, Integer> refCounts = ngrams(ref, n);
        Map<String, Integer> candCounts = ngrams(cand, n);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : candCounts.entrySet()) {
            overlap += Math.min(e.getValue(), refCounts.getOrDefault(e.getKey(), 0));
        }
        int refTotal = Math.max(0, ref.size() - n + 1);
        int candTotal = Math.max(0, cand.size() - n + 1);
        return f1(overlap, refTotal, candTotal);
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }

    private static double lsum(List<List<String>> ref, List<List<String>> cand) {
        Map<String, Integer> refCounts = new HashMap<>();
        Map<String, Integer> candCounts = new HashMap<>();
        int m = 0;
        int n = 0;
        for (List<String> r : ref) {
            m += r.size();
            r.forEach(t -> refCounts.merge(t, 1, Integer::sum));
        }
        for (List<String> c : cand) {
            n += c.size();
            c.forEach(t -> candCounts.merge(t, 1, Integer::sum));
        }
        int hits = 0;
        for (List<String> r : ref) {
            TreeSet<Integer> union = new TreeSet<>();
            for (List<String> c : cand) {
                union.addAll(lcsIndices(r, c));
            }
            for (int i : union) {
                String t = r.get(i);
                if (candCounts.getOrDefault(t, 0) > 0 && refCounts.getOrDefault(t, 0) > 0) {
                    hits++;
                    candCounts.merge(t, -1, Integer::sum);
                    refCounts.merge(t, -1, Integer::sum);
                }
            }
        }
        return f1(hits, m, n);
    }

    /** Indices in {@code r} of one longest common subsequence with {@code c} (rouge-score's backtrack). */
    private static List<Integer> lcsIndices(List<String> r, List<String> c) {
        int[][] table = new int[r.size() + 1][c.size() + 1];
        for (int i = 1; i <= r.size(); i++) {
            for (int j = 1; j <= c.size(); j++) {
                table[i][j] = r.get(i - 1).equals(c.get(j - 1)) ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        List<Integer> indices = new ArrayList<>();
        int i = r.size();
        int j = c.size();
        while (i > 0 && j > 0) {
            if (r.get(i - 1).equals(c.get(j - 1))) {
                indices.add(0, i - 1);
                i--;
                j--;
            } else if (table[i - 1][j] > table[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
        return indices;
    }

    private static double f1(int hits, int refTotal, int candTotal) {
        if (hits == 0 || refTotal == 0 || candTotal == 0) {
            return 0;
        }
        double p = hits / (double) candTotal;
        double r = hits / (double) refTotal;
        return 2 * p * r / (p + r);
    }
}
