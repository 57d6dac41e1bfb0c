package dev.alertdigest.assess;

import java.util.List;

/**
 * One sentence of an article with its word tokens.
 *
 * @param index    position in the article, the title being sentence 0 when there is one
 * @param text     the sentence as printed
 * @param words    lower-cased word tokens ("isis-k", "u.s.", "aug")
 * @param starts   offset in {@code text} of each token
 * @param ends     end offset in {@code text} of each token
 * @param title    true for the headline
 * @param security true when it speaks of violence, terrorism or threats (see {@link SecurityCues}),
 *                 decided once because every scorer asks
 * @param lexiconStarts which of the profile's lexicons may have a phrase at each token, so each lexicon skips
 *                 the rest (see {@link LexiconIndex}); null for a sentence tokenized outside an article
 */
record Sentence(int index, String text, List<String> words, int[] starts, int[] ends, boolean title,
                boolean security, LexiconIndex.LexiconStarts lexiconStarts) {

    /** Longest evidence excerpt, without its "…" marks. */
    static final int EVIDENCE_MAX = 196;

    Sentence withSecurity(boolean flag) {
        return new Sentence(index, text, words, starts, ends, title, flag, lexiconStarts);
    }

    Sentence withLexiconStarts(LexiconIndex.LexiconStarts marks) {
        return new Sentence(index, text, words, starts, ends, title, security, marks);
    }

    /** The sentence text from token {@code from} to token {@code to} (exclusive), as printed. */
    String span(int from, int to) {
        return text.substring(starts[from], ends[to - 1]);
    }

    /** The token as printed (original case). */
    String printed(int token) {
        return text.substring(starts[token], ends[token]);
    }

    /** Whether one of the sentence's words is in {@code words}. */
    boolean hasAnyWord(java.util.Set<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        for (String word : words()) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return words.size();
    }

    /** Most words capitalised, as in a headline set in title case, where every word looks like a name. */
    boolean mostlyCapitalised() {
        int capitals = 0;
        for (int i = 0; i < words.size(); i++) {
            if (Character.isUpperCase(text.charAt(starts[i]))) {
                capitals++;
            }
        }
        return capitals * 2 > words.size();
    }

    /** Whether a comma stands between token {@code token - 1} and token {@code token} ("the army, using …"). */
    boolean commaBefore(int token) {
        return token > 0 && token < words.size() && text.substring(ends[token - 1], starts[token]).contains(",");
    }

    /**
     * An evidence span: the sentence, clipped around the token range when it is long, so an analyst
     * sees the cue in context without the whole paragraph. At most 196 characters and the two marks, so that a
     * digest, which quotes up to 200, shows the excerpt whole and the cue with it.
     */
    String evidence(int from, int to) {
        int max = EVIDENCE_MAX;
        if (text.length() <= max) {
            return text;
        }
        int centre = (starts[from] + ends[Math.max(from, to - 1)]) / 2;
        int begin = Math.max(0, centre - max / 2);
        int end = Math.min(text.length(), begin + max);
        begin = Math.max(0, end - max);
        int space = text.indexOf(' ', begin);
        if (begin > 0 && space > 0 && space < starts[from]) {
            begin = space + 1;
        }
        int lastSpace = text.lastIndexOf(' ', end);
        if (end < text.length() && lastSpace > ends[Math.max(from, to - 1)]) {
            end = lastSpace;
        }
        return (begin > 0 ? "…" : "") + text.substring(begin, end).strip() + (end < text.length() ? "…" : "");
    }
}
