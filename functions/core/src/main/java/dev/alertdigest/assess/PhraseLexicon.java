package dev.alertdigest.assess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of phrases matched on word tokens, so "attack" never matches inside "counterattack" and upper-case
 * wire copy matches like normal text. A trailing {@code *} matches any word that starts so ("kidnap*").
 * Each phrase may carry a value (the canonical name of an alias).
 */
final class PhraseLexicon {

    /** One match: tokens {@code from} (inclusive) to {@code to} (exclusive) of a sentence. */
    record Match(Sentence sentence, int from, int to, String value) {
        String printed() {
            return sentence.span(from, to);
        }

        String evidence() {
            return sentence.evidence(from, to);
        }
    }

    private record Phrase(String[] words, boolean prefixLast, String value) {
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    /** One-word prefix phrases ("kidnap*") in a character trie: one walk down the word finds its stem. */
    private final StemTrie<Phrase> prefixes = new StemTrie<>();
    private final int size;
    /** The profile's index this lexicon is entered in, and its number there; null and -1 when in none. */
    private final LexiconIndex index;
    private final int id;

    private PhraseLexicon(Map<String, String> phrasesToValues, LexiconIndex index) {
        this.id = index == null ? -1 : index.register();
        this.index = id < 0 ? null : index;
        int count = 0;
        for (Map.Entry<String, String> entry : phrasesToValues.entrySet()) {
            String phrase = entry.getKey().strip();
            boolean prefix = phrase.endsWith("*");
            if (prefix) {
                phrase = phrase.substring(0, phrase.length() - 1);
            }
            List<String> words = ArticleText.tokenize(0, phrase, false).words();
            if (words.isEmpty()) {
                continue;
            }
            Phrase p = new Phrase(words.toArray(String[]::new), prefix, entry.getValue());
            if (prefix && words.size() == 1) {
                prefixes.add(words.getFirst(), p);
            } else {
                byFirstWord.computeIfAbsent(words.getFirst(), k -> new ArrayList<>()).add(p);
            }
            if (this.index != null) {
                this.index.addPhrase(id, p.words, prefix);
            }
            count++;
        }
        size = count;
    }

    static PhraseLexicon of(List<String> phrases) {
        return of(phrases, null);
    }

    /** The phrases, entered in {@code index} (null for none) so the profile's sentences find them fast. */
    static PhraseLexicon of(List<String> phrases, LexiconIndex index) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        phrases.forEach(p -> map.put(p, p));
        return new PhraseLexicon(map, index);
    }

    /** Phrases mapped to values: alias → canonical name. */
    static PhraseLexicon ofValues(Map<String, String> phrasesToValues) {
        return ofValues(phrasesToValues, null);
    }

    static PhraseLexicon ofValues(Map<String, String> phrasesToValues, LexiconIndex index) {
        return new PhraseLexicon(phrasesToValues, index);
    }

    int size() {
        return size;
    }

    /** Every longest match in the sentence, left to right, not overlapping. */
    List<Match> find(Sentence sentence) {
        LexiconIndex.LexiconStarts starts = startsIn(sentence);
        if (starts != null && !starts.anywhere(id)) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>(2);
        List<String> words = sentence.words();
        int i = 0;
        while (i < words.size()) {
            Phrase best = starts != null && !starts.at(i, id) ? null : longestAt(words, i);
            if (best == null) {
                i++;
            } else {
                matches.add(new Match(sentence, i, i + best.words.length, best.value));
                i += best.words.length;
            }
        }
        return matches;
    }

    boolean matches(Sentence sentence) {
        LexiconIndex.LexiconStarts starts = startsIn(sentence);
        if (starts != null && !starts.anywhere(id)) {
            return false;
        }
        List<String> words = sentence.words();
        for (int i = 0; i < words.size(); i++) {
            if ((starts == null || starts.at(i, id)) && longestAt(words, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when a phrase of the lexicon starts at token {@code i}. */
    boolean startsAt(Sentence sentence, int i) {
        return i >= 0 && i < sentence.size() && mayStartAt(sentence, i) && longestAt(sentence.words(), i) != null;
    }

    /**
     * True when a phrase of the lexicon ends at most {@code gap} words before token {@code at}: a negation just before
     * a word ("did not lower", "have not ruled out"), or the search that a later "under way" speaks of.
     */
    boolean endsShortlyBefore(Sentence sentence, int at, int gap) {
        for (Match m : find(sentence)) {
            if (m.to() <= at && at - m.to() <= gap) {
                return true;
            }
        }
        return false;
    }

    /** Tokens of the longest phrase starting at token {@code i}, 0 when none does. */
    int lengthAt(Sentence sentence, int i) {
        Phrase p = i >= 0 && i < sentence.size() && mayStartAt(sentence, i) ? longestAt(sentence.words(), i) : null;
        return p == null ? 0 : p.words.length;
    }

    /** True when a one-word phrase of the lexicon matches token {@code i} of the sentence. */
    boolean matchesWordAt(Sentence sentence, int i) {
        return mayStartAt(sentence, i) && matchesWord(sentence.words().get(i));
    }

    /** True when a one-word phrase of the lexicon matches {@code word}. */
    boolean matchesWord(String word) {
        List<Phrase> candidates = byFirstWord.get(word);
        if (candidates != null) {
            for (Phrase p : candidates) {
                if (p.words.length == 1) {
                    return true;
                }
            }
        }
        return prefixMatch(word) != null;
    }

    int count(Sentence sentence) {
        return find(sentence).size();
    }

    List<Match> find(List<Sentence> sentences) {
        List<Match> matches = new ArrayList<>();
        for (Sentence sentence : sentences) {
            matches.addAll(find(sentence));
        }
        return matches;
    }

    /** The sentence's marks of where this lexicon's phrases may start, or null when it has none for it. */
    private LexiconIndex.LexiconStarts startsIn(Sentence sentence) {
        LexiconIndex.LexiconStarts starts = sentence.lexiconStarts();
        return index != null && starts != null && starts.index() == index ? starts : null;
    }

    /** False only where the sentence's marks rule out a phrase of this lexicon at token {@code i}. */
    private boolean mayStartAt(Sentence sentence, int i) {
        LexiconIndex.LexiconStarts starts = startsIn(sentence);
        return starts == null || starts.at(i, id);
    }

    private Phrase longestAt(List<String> words, int i) {
        String first = words.get(i);
        Phrase best = null;
        List<Phrase> candidates = byFirstWord.get(first);
        if (candidates != null) {
            for (Phrase p : candidates) {
                if ((best == null || p.words.length > best.words.length) && matchesAt(p, words, i)) {
                    best = p;
                }
            }
        }
        return best != null ? best : prefixMatch(first);
    }

    private Phrase prefixMatch(String word) {
        return prefixes.shortestStemOf(word);
    }

    private static boolean matchesAt(Phrase p, List<String> words, int i) {
        if (i + p.words.length > words.size()) {
            return false;
        }
        int last = p.words.length - 1;
        for (int k = 0; k <= last; k++) {
            String word = words.get(i + k);
            boolean ok = k == last && p.prefixLast ? word.startsWith(p.words[k]) : word.equals(p.words[k]);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
