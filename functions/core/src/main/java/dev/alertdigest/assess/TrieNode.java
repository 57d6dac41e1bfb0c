package dev.alertdigest.assess;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A node of a character trie of lower-cased words: children by letter in an array, any other character in a map
 * made on first use (stems are almost all letters), and one value.
 */
final class TrieNode<V> {

    @SuppressWarnings("unchecked")
    private final TrieNode<V>[] letters = new TrieNode[26];
    private Map<Character, TrieNode<V>> others;
    V value;

    /** The child for {@code c}, or null. */
    TrieNode<V> child(char c) {
        if (c >= 'a' && c <= 'z') {
            return letters[c - 'a'];
        }
        return others == null ? null : others.get(c);
    }

    /** The child for {@code c}, made when missing. */
    TrieNode<V> childOrNew(char c) {
        TrieNode<V> next = child(c);
        if (next == null) {
            next = new TrieNode<>();
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

    /** The node {@code word} ends at, made along the way. */
    TrieNode<V> path(String word) {
        TrieNode<V> node = this;
        for (int i = 0; i < word.length(); i++) {
            node = node.childOrNew(word.charAt(i));
        }
        return node;
    }

    void forEachChild(Consumer<TrieNode<V>> action) {
        for (TrieNode<V> child : letters) {
            if (child != null) {
                action.accept(child);
            }
        }
        if (others != null) {
            others.values().forEach(action);
        }
    }
}
