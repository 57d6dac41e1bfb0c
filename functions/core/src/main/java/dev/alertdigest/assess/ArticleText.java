package dev.alertdigest.assess;

import dev.alertdigest.article.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An article cut into sentences and word tokens once, so every recogniser and scorer reads the same tokens.
 *
 * <p>Wire copy in capitals (the MUC stories, old agency feeds) is flagged: case cannot tell names from words
 * there, so the recognisers fall back on their lexicons.
 */
record ArticleText(List<Sentence> sentences, boolean upperCase) {

    /** The headline as a sentence, or null when the article has no title. */
    Sentence headline() {
        return sentences.isEmpty() || !sentences.getFirst().title() ? null : sentences.getFirst();
    }

    /** Whether there is a headline and {@code lexicon} has a phrase in it ("travel advice", "marks anniversary"). */
    boolean headlineMatches(PhraseLexicon lexicon) {
        Sentence headline = headline();
        return headline != null && lexicon.matches(headline);
    }

    /**
     * Whether the headline names {@code lexicon}'s advisory or measure as its own: it has a phrase of it and neither
     * asks nor explains ({@code explainers}: "Why Jordan has lowered its security alert, and what changes" is an
     * explainer about an alert, no alert).
     */
    boolean headlineDeclares(PhraseLexicon lexicon, PhraseLexicon explainers) {
        return headlineMatches(lexicon) && !explainerHeadline(explainers);
    }

    /** A headline that asks ("?") or opens with one of {@code explainers} ("why", "how", "analysis", "explainer"). */
    boolean explainerHeadline(PhraseLexicon explainers) {
        Sentence headline = headline();
        return headline != null && (headline.text().contains("?") || explainers.startsAt(headline, 0));
    }

    /** Sentences of the body only (without the title). */
    List<Sentence> body() {
        return headline() == null ? sentences : sentences.subList(1, sentences.size());
    }

    static ArticleText of(Article article, SecurityCues cues) {
        List<Sentence> sentences = new ArrayList<>();
        String title = article.title().strip();
        if (!title.isEmpty()) {
            sentences.add(tokenize(0, title, true));
        }
        for (String paragraph : article.paragraphs()) {
            for (String sentence : SentenceSplitter.split(paragraph)) {
                sentences.add(tokenize(sentences.size(), sentence, false));
            }
        }
        LexiconIndex index = cues.lexiconIndex();
        sentences.replaceAll(s -> {
            Sentence marked = s.withLexiconStarts(index.startsOf(s.words()));
            return marked.withSecurity(cues.isSecuritySentence(marked));
        });
        return new ArticleText(List.copyOf(sentences), isUpperCase(article.text()));
    }

    private static boolean isUpperCase(String text) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length() && i < 4000; i++) {
            char c = text.charAt(i);
            if (c < 128) { // ASCII, nearly all of it: the same answer as Character's tables, without them
                upper += c >= 'A' && c <= 'Z' ? 1 : 0;
                lower += c >= 'a' && c <= 'z' ? 1 : 0;
            } else if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper > 20 && lower * 10 < upper;
    }

    /**
     * Word tokens: letters and digits, keeping inner hyphens, apostrophes and dots ("isis-k", "al-qa'ida",
     * "u.s."), so names written with them stay one token.
     */
    static Sentence tokenize(int index, String text, boolean title) {
        List<String> words = new ArrayList<>();
        int[] starts = new int[text.length() / 2 + 2];
        int[] ends = new int[starts.length];
        char[] lower = new char[text.length()];
        int n = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int segment = i; // start of the current dot-free piece: "u.s." continues only after one letter
            boolean ascii = true;
            while (i < length) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    ascii &= c < 128;
                    i++;
                    continue;
                }
                boolean nextIsWordChar = i + 1 < length && isWordChar(text.charAt(i + 1));
                if ((c == '-' || c == '\'' || c == '\u2019') && nextIsWordChar) {
                    ascii &= c < 128;
                    i++;
                } else if (c == '.' && nextIsWordChar && i - segment == 1) {
                    i++;
                    segment = i;
                } else {
                    break;
                }
            }
            int end = i;
            if (end < length && text.charAt(end) == '.' && segment > start && end - segment == 1) {
                end++; // the closing dot of "u.s."
                i++;
            }
            String word;
            if (ascii) {
                // most tokens: lower-case ASCII letters in place of substring, toLowerCase and replace
                int size = 0;
                for (int k = start; k < end; k++) {
                    char c = text.charAt(k);
                    lower[size++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                }
                if (size > 2 && lower[size - 2] == '\'' && lower[size - 1] == 's') {
                    size -= 2;
                    end -= 2;
                }
                word = new String(lower, 0, size);
            } else {
                word = folded(text.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\''));
                if (word.endsWith("'s") && word.length() > 2) {
                    word = word.substring(0, word.length() - 2);
                    end -= 2;
                }
            }
            words.add(word);
            starts[n] = start;
            ends[n] = end;
            n++;
        }
        return new Sentence(index, text, List.copyOf(words), java.util.Arrays.copyOf(starts, n),
                java.util.Arrays.copyOf(ends, n), title, false, null);
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /**
     * The word without its accents, so that lexicons and gazetteer match however the text spells a name: "São
     * Paulo", "Bogotá", "Düsseldorf" and "Zürich" are the gazetteer's "Sao Paulo", "Bogota", "Dusseldorf" and
     * "Zurich", and an accented entry ("Michoacán") matches its plain spelling. Letters that do not decompose
     * ("ø", "ł", "ß") are spelt out. The printed text keeps its accents.
     */
    static String folded(String word) {
        if (word.chars().allMatch(c -> c < 128)) {
            return word; // "isis-k's": its curly apostrophe made it non-ASCII
        }
        String plain = MARKS.matcher(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD))
                .replaceAll("");
        StringBuilder out = null;
        for (int i = 0; i < plain.length(); i++) {
            String spelt = switch (plain.charAt(i)) {
                case '\u00F8' -> "o";
                case '\u0142' -> "l";
                case '\u0111' -> "d";
                case '\u00DF' -> "ss";
                case '\u00E6' -> "ae";
                case '\u0153' -> "oe";
                case '\u0131' -> "i";
                default -> null;
            };
            if (spelt != null && out == null) {
                out = new StringBuilder(plain.length() + 2).append(plain, 0, i);
            }
            if (out != null) {
                out.append(spelt != null ? spelt : String.valueOf(plain.charAt(i)));
            }
        }
        return out == null ? plain : out.toString();
    }

    /** {@link Character#isLetterOrDigit}, answered without its tables for ASCII. */
    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }
}
