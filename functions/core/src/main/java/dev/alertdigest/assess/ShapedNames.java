package dev.alertdigest.assess;

import java.util.ArrayList;
import java.util.List;

/**
 * Organisation names the table does not know, found by their shape: a run of name words ending in an
 * organisation noun ("Zarate Willka Liberation Armed Forces", "Medellin Cartel"), or such a noun followed by
 * "of" and name words ("the Army of National Liberation").
 *
 * <p>In capitals every word looks like a name word, so the run is kept tight: it never crosses punctuation
 * (a dateline, a bracket, a comma ends it: "San Salvador, 3 May 89 -- [Text] Salvadoran Guerrillas" is no
 * name), nor a stop word, a number word or, in upper-case copy, a past participle ("Units Attacked Army").
 */
final class ShapedNames {

    /** Tokens {@code from} (inclusive) to {@code to} (exclusive) of a sentence; {@code head} is the noun. */
    record Span(int from, int to, int head) {
    }

    private final ScoringProfile.ActorLexicon lexicon;
    private final SecurityCues cues;
    private final ScoringProfile.PlaceLexicon places;

    ShapedNames(ScoringProfile.ActorLexicon lexicon, SecurityCues cues, ScoringProfile.PlaceLexicon places) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.places = places;
    }

    /** Candidate names in a sentence, left to right, avoiding tokens already {@code taken}. */
    List<Span> find(ArticleText text, Sentence sentence, boolean[] taken) {
        List<Span> spans = new ArrayList<>(2);
        List<String> words = sentence.words();
        for (int i = 0; i < words.size(); i++) {
            if (taken[i]) {
                continue;
            }
            if (!text.upperCase() && !Character.isUpperCase(sentence.printed(i).charAt(0))) {
                Span named = nameBeforeLowercaseHead(text, sentence, i, taken);
                if (named != null) {
                    spans.add(named);
                }
                continue;
            }
            if (!lexicon.orgHeads().contains(words.get(i))) {
                continue;
            }
            int from = i;
            while (from > 0 && !taken[from - 1] && joined(sentence, from - 1)
                    && isNameWord(text, sentence, from - 1)) {
                from--;
            }
            int head = i;
            // "Coastal Liberation Army": a head right after a head lengthens the name instead of starting another
            while (head + 1 < words.size() && !taken[head + 1] && joined(sentence, head)
                    && lexicon.orgHeads().contains(words.get(head + 1))
                    && (text.upperCase() || Character.isUpperCase(sentence.printed(head + 1).charAt(0)))) {
                head++;
            }
            int to = ofTail(text, sentence, from, head);
            spans.add(new Span(from, to, head));
            i = to - 1;
        }
        return spans;
    }

    /**
     * "the Gran Grif gang", "the Kavač clan", "Fano militias", "the Carlos Patiño front": a name run before a
     * head printed in lower case ({@code lowercaseHeads}), as news writes the gangs and factions it names. Not
     * the sentence's first word alone ("Rival gangs …"), nor a run of places and demonyms ("Haitian gangs",
     * "Port-au-Prince gangs"); "front" needs two name words, since "the Eastern front" is a war's.
     */
    private Span nameBeforeLowercaseHead(ArticleText text, Sentence sentence, int head, boolean[] taken) {
        if (!lexicon.lowercaseHeads().contains(sentence.words().get(head))) {
            return null;
        }
        int from = head;
        while (from > 1 && !taken[from - 1] && joined(sentence, from - 1) && isNameWord(text, sentence, from - 1)) {
            from--;
        }
        boolean onlyPlaces = true;
        for (int k = from; k < head && onlyPlaces; k++) {
            onlyPlaces = places.demonyms().startsAt(sentence, k) || places.countries().startsAt(sentence, k)
                    || places.cities().startsAt(sentence, k) || places.regions().startsAt(sentence, k);
        }
        int needed = sentence.words().get(head).equals("front") ? 2 : 1;
        return head - from < needed || onlyPlaces ? null : new Span(from, head + 1, head);
    }

    /**
     * "Army of National Liberation", "Cártel del Altiplano": the end of a name whose head takes "of" (or "de",
     * "del", "du" …) and up to three name words.
     * A group, squad or cell "of" is followed by its members ("a group of 30 men"), not a name; and a name
     * opening on its head needs "the" or punctuation before it, so "in front of witnesses" is no front.
     */
    private int ofTail(ArticleText text, Sentence sentence, int from, int head) {
        List<String> words = sentence.words();
        int of = head + 1;
        if (of + 1 >= words.size() || !OF.contains(words.get(of)) || lexicon.collectiveHeads().contains(words.get(head))
                || !joined(sentence, head) || !joined(sentence, of)) {
            return head + 1;
        }
        if (ARTICLES.contains(words.get(of + 1)) && !words.get(of).equals("of") && of + 2 < words.size()
                && joined(sentence, of + 1)) {
            of++; // "Cartel de los Soles", "Frente de la Resistencia"
        }
        if (!isNameWord(text, sentence, of + 1)) {
            return head + 1;
        }
        if (from == head && head > 0 && joined(sentence, head - 1) && !words.get(head - 1).equals("the")) {
            return head + 1;
        }
        int end = of + 1;
        while (end < words.size() && end < of + 4 && isNameWord(text, sentence, end)
                && (end == of + 1 || joined(sentence, end - 1))) {
            end++;
        }
        return end;
    }

    /**
     * What joins a head to its name: "of", and the Spanish, French and Italian words for it, since groups of those
     * countries keep their own names in English news ("Cártel del Altiplano", "Front de libération").
     */
    private static final java.util.Set<String> OF = java.util.Set.of("of", "de", "del", "des", "du", "di", "della");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("la", "los", "las", "l'");

    private boolean isNameWord(ArticleText text, Sentence sentence, int token) {
        String word = sentence.words().get(token);
        if (word.equals("armed")) {
            // "armed" is a name word only in "Armed Forces" ("Revolutionary Armed Forces"), never in "armed men"
            return token + 1 < sentence.size() && sentence.words().get(token + 1).equals("forces");
        }
        if (lexicon.nameStopWords().contains(word) || Character.isDigit(word.charAt(0)) && word.length() > 2
                || cues.isSecurityWord(word)) {
            return false;
        }
        if (!text.upperCase()) {
            return Character.isUpperCase(sentence.printed(token).charAt(0));
        }
        return !isParticiple(word);
    }

    /**
     * "attacked", "killing": in capitals a verb before "army" would otherwise join its name. "United" and
     * "trafficking" (the drug-trafficking mafias) are the participles that do stand in names.
     */
    private static boolean isParticiple(String word) {
        return word.length() > 5 && (word.endsWith("ed") && !word.equals("united")
                || word.endsWith("ing") && !word.endsWith("trafficking"));
    }

    /** Only spaces (after a possessive 's) between token {@code k} and the next: no comma, bracket, quote or dash. */
    static boolean joined(Sentence sentence, int k) {
        if (k + 1 >= sentence.size()) {
            return false;
        }
        String text = sentence.text();
        int c = sentence.ends()[k];
        if (c + 1 < text.length() && (text.charAt(c) == '\'' || text.charAt(c) == '\u2019')
                && Character.toLowerCase(text.charAt(c + 1)) == 's') {
            c += 2;
        }
        for (; c < sentence.starts()[k + 1]; c++) {
            if (!Character.isWhitespace(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }
}
