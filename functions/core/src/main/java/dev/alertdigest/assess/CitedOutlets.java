package dev.alertdigest.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * News outlets an article cites that the outlet table does not list, found by how a report is attributed. The
 * table holds the wire services and the large networks; a local story cites the local paper and station instead:
 * "according to the Minneapolis Star Tribune", "a spokesperson tells the Star Tribune", "Minnesota Public Radio
 * reports" (a capitalised name with a media word, {@code corroboration.mediaWords}, in an attribution), and a
 * call sign or acronym with the newsroom's verbs: "…, KMSP reports.", "DNA quoted sources as saying".
 *
 * <p>A name the article merely prints ("Kimberly Jane Tan, ABS-CBN News", its own byline) is no citation. Upper-case
 * copy is left to the table: there every word looks like a name.
 */
final class CitedOutlets {

    /** The longest name taken as an outlet: "The Atlanta Journal-Constitution" and the like fit. */
    private static final int MAX_WORDS = 5;
    private static final Set<String> CITING_BEFORE = Set.of("told", "tells", "telling");
    private static final Set<String> QUOTED_WHO = Set.of("sources", "source", "officials", "official", "a", "an",
            "the", "unnamed", "police", "witnesses");
    /** Capitalised at the head of a sentence, not names: "He reports", "Police reported". */
    private static final Set<String> NOT_NAMES = Set.of("he", "she", "it", "they", "we", "i", "this", "that",
            "police", "officials", "authorities", "witnesses", "sources", "residents");

    private final Set<String> mediaWords;

    CitedOutlets(Set<String> mediaWords) {
        this.mediaWords = mediaWords;
    }

    /** The outlets the sentence cites, as matches over their names. */
    List<PhraseLexicon.Match> find(Sentence s) {
        List<PhraseLexicon.Match> found = new ArrayList<>(1);
        List<String> words = s.words();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            int after = -1;
            if (w.equals("according") && i + 1 < words.size() && words.get(i + 1).equals("to")) {
                after = i + 2;
            } else if (CITING_BEFORE.contains(w) || (w.equals("by") && i > 0 && reportVerb(words.get(i - 1)))) {
                after = i + 1;
            }
            if (after >= 0) {
                int from = after < words.size() && words.get(after).equals("the") ? after + 1 : after;
                int to = nameEnd(s, from);
                if (to > from && hasMediaWord(words, from, to)) {
                    found.add(new PhraseLexicon.Match(s, from, to, null));
                    i = to - 1;
                }
                continue;
            }
            if (i > 0 && reportVerb(w)) {
                int from = nameStart(s, i);
                if (from < i && !NOT_NAMES.contains(words.get(from)) && attributes(s, w, from, i)
                        && (hasMediaWord(words, from, i) || newsroomVerb(s, w, from, i))) {
                    found.add(new PhraseLexicon.Match(s, from, i, null));
                }
            }
        }
        return found;
    }

    /**
     * "…, KMSP reports." and "Reuters reports that": "reports" is the verb of an attribution only between a clause
     * boundary and the end, "that" or a comma; "These reports show", "Consumer Reports tested", "published in
     * Scientific Reports" are nouns.
     */
    private static boolean attributes(Sentence s, String verb, int from, int at) {
        if (!verb.equals("reports")) {
            return true;
        }
        boolean opens = from == 0 || s.commaBefore(from);
        boolean closes = at + 1 == s.size() || s.words().get(at + 1).equals("that") || s.commaBefore(at + 1);
        return opens && closes;
    }

    /**
     * A call sign or an acronym the newsroom's verbs make an outlet without a media word: "KMSP reports", "DNA
     * quoted sources as saying". A name in ordinary capitals ("Karanja reports") may be a person's.
     */
    private static boolean newsroomVerb(Sentence s, String verb, int from, int at) {
        boolean acronym = at - from == 1 && ActorRecognizer.looksLikeAcronym(s.printed(from));
        return acronym && (verb.equals("reports")
                || verb.equals("quoted") && at + 1 < s.size() && QUOTED_WHO.contains(s.words().get(at + 1)));
    }

    private static boolean reportVerb(String w) {
        return w.equals("reports") || w.equals("reported") || w.equals("quoted") || w.equals("cited");
    }

    private boolean hasMediaWord(List<String> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (mediaWords.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The end of a run of capitalised words from {@code from}, not across a comma, at most {@link #MAX_WORDS}. */
    private static int nameEnd(Sentence s, int from) {
        int to = from;
        while (to < s.size() && to - from < MAX_WORDS && capitalised(s, to) && (to == from || !s.commaBefore(to))) {
            to++;
        }
        return to;
    }

    /** The start of a run of capitalised words ending just before {@code end}; "The" opening it is left out. */
    private static int nameStart(Sentence s, int end) {
        int from = end;
        while (from > 0 && end - from < MAX_WORDS && capitalised(s, from - 1) && !s.commaBefore(from)
                && !s.words().get(from - 1).equals("the")) {
            from--;
        }
        return from;
    }

    private static boolean capitalised(Sentence s, int token) {
        return Character.isUpperCase(s.printed(token).charAt(0));
    }
}
