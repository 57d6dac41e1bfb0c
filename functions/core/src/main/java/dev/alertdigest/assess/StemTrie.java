package dev.alertdigest.assess;

/**
 * Word stems ("kidnap", "assassinat") in a character trie, so finding the stem a word starts with costs one
 * walk down the word's letters instead of a startsWith test per stem: lexicon matching runs for every word of
 * every sentence, dozens of times per article.
 */
final class StemTrie<V> {

    private final TrieNode<V> root = new TrieNode<>();

    /** Adds a stem; the first value added for a stem stays. */
    void add(String stem, V value) {
        TrieNode<V> node = root.path(stem);
        if (node.value == null) {
            node.value = value;
        }
    }

    /** The value of the shortest stem {@code word} starts with, or null. */
    V shortestStemOf(String word) {
        TrieNode<V> node = root;
        for (int i = 0; i < word.length(); i++) {
            node = node.child(word.charAt(i));
            if (node == null) {
                return null;
            }
            if (node.value != null) {
                return node.value;
            }
        }
        return null;
    }
}
