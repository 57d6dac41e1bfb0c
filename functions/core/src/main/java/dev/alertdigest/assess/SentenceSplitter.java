package dev.alertdigest.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences at '.', '!' or '?' followed by space and a capital, digit or quote,
 * except after the abbreviations news copy uses all the time ("U.S.", "Aug.", "Gen.", "Mr.").
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov", "sen", "rep", "st", "jr",
            "sr", "prof", "rev", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "a.m", "p.m", "e.g", "i.e", "mt",
            "ft", "approx", "dept", "est", "fig", "sq", "ave", "blvd", "brig", "cmdr", "cdr", "cpl", "pvt", "supt",
            "insp", "det", "lieut", "hon", "amb", "atty", "messrs", "mme", "mlle", "sra", "pres");

    /**
     * The AP's abbreviations of US states, as printed: "CLAYMORE, Tenn. (AP) —" is one sentence. Case matters:
     * "he fell ill." and "a near miss." end one.
     */
    private static final Set<String> STATES = Set.of("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla",
            "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
            "Nebr", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "N.J", "N.Y", "N.C",
            "N.D", "S.C", "S.D", "N.H", "N.M", "R.I", "W.Va");

    private SentenceSplitter() {
    }

    static List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int length = paragraph.length();
        for (int i = 0; i < length; i++) {
            char c = paragraph.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < length && isCloser(paragraph.charAt(j))) {
                j++;
            }
            if (j >= length) {
                break;
            }
            if (!Character.isWhitespace(paragraph.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < length && Character.isWhitespace(paragraph.charAt(k))) {
                k++;
            }
            if (k >= length) {
                break;
            }
            char next = paragraph.charAt(k);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || isOpener(next))) {
                continue;
            }
            if (c == '.' && isAbbreviation(paragraph, i)) {
                continue;
            }
            add(sentences, paragraph.substring(start, j));
            start = k;
            i = k - 1;
        }
        add(sentences, paragraph.substring(start));
        return sentences;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String printed = text.substring(b, dot);
        String word = printed.toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(b))) {
            return true; // an initial: "John F. Kennedy"
        }
        return ABBREVIATIONS.contains(word) || STATES.contains(printed);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '(' || c == '[' || c == '\u201C' || c == '\u2018';
    }

    private static void add(List<String> sentences, String sentence) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) {
            sentences.add(trimmed);
        }
    }
}
