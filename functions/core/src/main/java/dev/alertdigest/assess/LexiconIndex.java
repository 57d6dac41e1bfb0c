package dev.alertdigest.assess;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first words and stems of every lexicon of one scoring profile, so a sentence is looked up once for all
 * of them: an assessment runs some fifty lexicons over every sentence, and almost every word starts no phrase
 * of a given lexicon. {@link #startsOf} tells, per token, which lexicons have a phrase that may start there
 * (its first two words, a one-word phrase, or a stem the token begins with); a lexicon then tries only those
 * tokens, and skips a sentence where none is marked.
 *
 * <p>Filled while the profile is built, then frozen: after {@link #freeze()} it is read-only and shared by
 * every thread. Lexicons made after it froze are not indexed and match the slow way.
 */
final class LexiconIndex {

    /**
     * The lexicons with a phrase starting with one word: those the word alone may start (a one-word phrase, or
     * a second word that is a stem), and the rest by their second word. Checking the second word too keeps
     * "the", "in", "is" from marking every lexicon with a phrase like "the army" or "in the coming days".
     */
    private static final class FirstWord {
        long[] alone;
        Map<String, long[]> bySecond;
    }

    private final Map<String, FirstWord> firstWords = new HashMap<>();
    /**
     * A character trie of stems. A node's value is, while lexicons register, the lexicons with a stem ending
     * there (null: none), and once frozen the lexicons of every stem on the path to it.
     */
    private final TrieNode<long[]> stems = new TrieNode<>();
    private int lexicons;
    /** Longs per token mask, set when frozen. */
    private int width;
    private long[] none;
    private boolean frozen;

    /** A new lexicon's number, or -1 once the index is frozen (the lexicon then goes unindexed). */
    int register() {
        return frozen ? -1 : lexicons++;
    }

    /** Lexicon {@code id} has the phrase {@code words}, its last word a stem when {@code prefixLast}. */
    void addPhrase(int id, String[] words, boolean prefixLast) {
        if (words.length == 1 && prefixLast) {
            addStem(id, words[0]);
            return;
        }
        FirstWord first = firstWords.computeIfAbsent(words[0], k -> new FirstWord());
        if (words.length == 1 || words.length == 2 && prefixLast) {
            first.alone = with(first.alone, id);
        } else {
            if (first.bySecond == null) {
                first.bySecond = new HashMap<>();
            }
            first.bySecond.put(words[1], with(first.bySecond.get(words[1]), id));
        }
    }

    /** Lexicon {@code id} has a one-word phrase matching every word that starts with {@code stem}. */
    private void addStem(int id, String stem) {
        TrieNode<long[]> node = stems.path(stem);
        node.value = with(node.value, id);
    }

    /** Ends registration: masks shrink to the lexicons registered, and stem masks accumulate down the trie. */
    void freeze() {
        width = Math.max(1, (lexicons + 63) / 64);
        none = new long[width];
        for (FirstWord first : firstWords.values()) {
            first.alone = first.alone == null ? none : Arrays.copyOf(first.alone, width);
            if (first.bySecond != null) {
                first.bySecond.replaceAll((second, mask) -> Arrays.copyOf(mask, width));
            }
        }
        accumulate(stems, new long[width]);
        frozen = true;
    }

    private void accumulate(TrieNode<long[]> node, long[] above) {
        long[] mask = above;
        if (node.value != null) {
            mask = Arrays.copyOf(node.value, width);
            for (int k = 0; k < width; k++) {
                mask[k] |= above[k];
            }
        }
        node.value = mask;
        long[] onPath = mask;
        node.forEachChild(child -> accumulate(child, onPath));
    }

    /** The lexicons that may match at each of {@code words}; null before the index is frozen. */
    LexiconStarts startsOf(List<String> words) {
        if (!frozen) {
            return null;
        }
        long[] byToken = new long[words.size() * width];
        long[] union = new long[width];
        for (int t = 0; t < words.size(); t++) {
            String word = words.get(t);
            FirstWord first = firstWords.get(word);
            long[] alone = first == null ? none : first.alone;
            long[] pair = first == null || first.bySecond == null || t + 1 == words.size() ? null
                    : first.bySecond.get(words.get(t + 1));
            long[] stem = stemsOf(word);
            for (int k = 0; k < width; k++) {
                long bits = alone[k] | stem[k] | (pair == null ? 0 : pair[k]);
                byToken[t * width + k] = bits;
                union[k] |= bits;
            }
        }
        return new LexiconStarts(this, width, byToken, union);
    }

    /** The lexicons with a stem {@code word} starts with: the deepest node the word reaches. */
    private long[] stemsOf(String word) {
        TrieNode<long[]> node = stems;
        for (int i = 0; i < word.length(); i++) {
            TrieNode<long[]> next = node.child(word.charAt(i));
            if (next == null) {
                break;
            }
            node = next;
        }
        return node.value;
    }

    /** {@code mask} (null: empty) with bit {@code id} set, grown when too short. */
    private static long[] with(long[] mask, int id) {
        long[] out = mask == null ? new long[(id >>> 6) + 1]
                : mask.length > id >>> 6 ? mask : Arrays.copyOf(mask, (id >>> 6) + 1);
        out[id >>> 6] |= 1L << id;
        return out;
    }

    /**
     * Per token of one sentence, the lexicons of {@code index} that may have a phrase starting there; a clear
     * bit means the lexicon certainly has none.
     */
    record LexiconStarts(LexiconIndex index, int width, long[] byToken, long[] union) {

        boolean anywhere(int lexicon) {
            return (union[lexicon >>> 6] & 1L << lexicon) != 0;
        }

        boolean at(int token, int lexicon) {
            return (byToken[token * width + (lexicon >>> 6)] & 1L << lexicon) != 0;
        }
    }
}
