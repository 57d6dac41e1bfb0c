package dev.alertdigest.assess;

import java.util.HashMap;
import java.util.Map;

/**
 * Word stems ("kidnap", "assassinat") in a character trie, so finding the stem a word starts with costs one
 * walk down the word's letters instead of a startsWith test per stem: lexicon matching runs for every word of
 * every sentence, dozens of times per article.
 */
final class StemTrie<V> {

    private static final class Node<V> {
        @SuppressWarnings("unchecked")
        final Node<V>[] letters = new Node[26];
        Map<Character, Node<V>> others;
        V value;

        Node<V> child(char c) {
            if (c >= 'a' && c <= 'z') {
                return letters[c - 'a'];
            }
            return others == null ? null : others.get(c);
        }

        Node<V> childOrNew(char c) {
            Node<V> next = child(c);
            if (next == null) {
                next = new Node<>();
                if (c >= 'a' && c <= 'z') {
                    letters[c - 'a'] = next;
                } else {
                    if (others == null) {
                        others = new HashMap<>();
                    }
                    others.put(c, next);
                }
            }
            return next;
        }
    }

    private final Node<V> root = new Node<>();

    /** Adds a stem; the first value added for a stem stays. */
    void add(String stem, V value) {
        Node<V> node = root;
        for (int i = 0; i < stem.length(); i++) {
            node = node.childOrNew(stem.charAt(i));
        }
        if (node.value == null) {
            node.value = value;
        }
    }

    /** The value of the shortest stem {@code word} starts with, or null. */
    V shortestStemOf(String word) {
        Node<V> node = root;
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
