package dev.alertdigest.digest;

import dev.alertdigest.text.OneLine;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The comparable forms of names: two outlets write "ISIS-K" and "Isis K", "Kabul airport" and "Kabul", and
 * grouping must see one actor and one place in each pair.
 */
final class MatchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /**
     * Words that name a kind of place or a direction, not a place: "Kabul airport" and "Dubai airport" must not
     * overlap on "airport", nor "New York" and "New Delhi" on "new".
     */
    private static final Set<String> GENERIC_PLACE_WORDS = Set.of(
            "airport", "international", "terminal", "station", "city", "town", "village", "province", "state",
            "county", "district", "region", "area", "capital", "centre", "center", "street", "road", "avenue",
            "square", "gate", "gates", "port", "harbour", "harbor", "base", "camp", "embassy", "consulate",
            "hotel", "market", "mall", "bridge", "park", "north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "upper", "lower", "new", "old", "great", "greater", "san", "santa",
            "saint", "st", "fort", "mount", "lake", "the", "of", "de", "del", "la", "le", "el", "al", "los", "las",
            "near", "outside", "downtown", "and");

    private MatchKeys() {
    }

    /** Lower case, no diacritics, letters and digits only: "ISIS-K" and "Isis K" are both "isisk". */
    static String name(String name) {
        return String.join("", words(name));
    }

    /** The distinctive words of a place name. */
    static List<String> placeTokens(String place) {
        List<String> tokens = new ArrayList<>(4);
        for (String token : words(place)) {
            if (token.length() >= 2 && !GENERIC_PLACE_WORDS.contains(token) && !tokens.contains(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** Runs of whitespace and control characters as one space, trimmed (see {@link OneLine#of}). */
    static String oneLine(String text) {
        return OneLine.of(text);
    }

    /**
     * The lower-cased runs of letters and digits, diacritics removed. A hand loop rather than a Normalizer and
     * two regular expressions per name: grouping calls this a few times per article, and ASCII names (most of
     * them) never need the Normalizer.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>(4);
        if (text == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    word.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    word.append((char) (c + ('a' - 'A')));
                } else {
                    flush(word, words);
                }
            } else if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                String base = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
                        .replaceAll("");
                word.append(base.toLowerCase(Locale.ROOT));
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
