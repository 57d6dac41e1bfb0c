package dev.alertdigest.assess;

import java.util.ArrayList;
import java.util.List;

/**
 * Organisations named without an organisation noun of their own, where the text introduces the name: "a gang
 * called the Owls", "a criminal group called 'Love for Medellin'", "the self-styled 'Red Hand'". "Called",
 * "known as" name anything ("an operation called 'Black September'"), so they count only after an
 * organisation noun ("gang called"); "self-styled", "calling itself" are said of groups anyway. A quoted name
 * after a signature or membership ('signed "Cellule Courant Noir"', 'members of "Commando Vieux-Port"') is a group's
 * too. Inside quotes the name runs to the closing quote, outside them to the last name word.
 */
final class CalledNames {

    /** The longest name taken, in tokens. */
    private static final int MAX_WORDS = 6;

    private final ScoringProfile.ActorLexicon lexicon;

    CalledNames(ScoringProfile.ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The names {@code sentence} introduces. With {@code quotedOnly} (a sentence that speaks of no violence, in a
     * text that does), "called" and "known as" introduce only a quoted name: 'the groups known as the "Ancoats
     * Crew"', not 'a Democratic-leaning group called Majority Action'.
     */
    List<ShapedNames.Span> find(ArticleText text, Sentence sentence, boolean[] taken, boolean quotedOnly) {
        List<ShapedNames.Span> spans = new ArrayList<>(1);
        for (int i = 0; i < sentence.size(); i++) {
            int selfNamed = lexicon.selfNaming().lengthAt(sentence, i);
            int called = lexicon.nameIntroducers().lengthAt(sentence, i);
            if (called > 0 && quotedOnly && !quoteAfter(sentence, i + called)) {
                called = 0;
            }
            int described = text.upperCase() ? 0 : describedNoun(sentence, i);
            int quoted = lexicon.quotedNameIntroducers().lengthAt(sentence, i);
            if (quoted > 0 && !quoteAfter(sentence, i + quoted)) {
                quoted = 0; // "signed the agreement", "members of the public"
            }
            if (selfNamed == 0 && described == 0 && quoted == 0
                    && (called == 0 || !afterOrganisationNoun(sentence, i))) {
                continue;
            }
            int length = Math.max(Math.max(selfNamed, called), Math.max(described, quoted));
            int from = i + length;
            if (from < sentence.size() && sentence.words().get(from).equals("the")) {
                from++;
            }
            if (from >= sentence.size() || taken[from]) {
                continue;
            }
            int to = quoteOpens(sentence, from) ? quotedEnd(sentence, from) : nameEnd(text, sentence, from);
            if (to > from) {
                spans.add(new ShapedNames.Span(from, to, to - 1));
                i = to - 1;
            }
        }
        return spans;
    }

    /**
     * Whether a {@code selfNaming} phrase ("calling itself", "self-styled") ends just before token {@code from}, or a
     * {@code quotedNameIntroducers} one before a quote there ('signed "Brigade of the Black Lake"'): the group's own
     * name, whatever army word it holds.
     */
    boolean selfNamed(Sentence sentence, int from) {
        for (int k = Math.max(0, from - 4); k < from; k++) {
            int length = Math.max(lexicon.selfNaming().lengthAt(sentence, k),
                    quoteAfter(sentence, from) ? lexicon.quotedNameIntroducers().lengthAt(sentence, k) : 0);
            if (length > 0 && (k + length == from
                    || k + length == from - 1 && sentence.words().get(from - 1).equals("the"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the criminal group Los Lobos", "the banned extremist group Jamaat-e-Millathu Ibrahim": 1 where token {@code i}
     * is an organisation noun with a {@code groupDescriptors} word up to two words before it and a capitalised word
     * after it, which begins the name; else 0. Not a force's noun, which is also a verb: "Ransomware attack forces
     * Valley Health to cancel surgeries".
     */
    private int describedNoun(Sentence sentence, int i) {
        List<String> words = sentence.words();
        if (i < 1 || i + 1 >= words.size() || !lexicon.collectiveHeads().contains(words.get(i))
                && (!lexicon.orgHeads().contains(words.get(i)) || lexicon.stateForces().startsAt(sentence, i))
                || !Character.isUpperCase(sentence.printed(i + 1).charAt(0)) || !ShapedNames.joined(sentence, i)) {
            return 0;
        }
        boolean described = lexicon.groupDescriptors().contains(words.get(i - 1))
                || i >= 2 && lexicon.groupDescriptors().contains(words.get(i - 2));
        return described ? 1 : 0;
    }

    /** Whether a quote opens at token {@code from}, or at the next one after "the". */
    private static boolean quoteAfter(Sentence sentence, int from) {
        if (from < sentence.size() && sentence.words().get(from).equals("the")) {
            from++;
        }
        return from < sentence.size() && quoteOpens(sentence, from);
    }

    /** "a gang called", "a criminal group known as": a group noun, not a force, just before. */
    private boolean afterOrganisationNoun(Sentence sentence, int i) {
        if (i == 0) {
            return false;
        }
        String before = sentence.words().get(i - 1);
        return lexicon.collectiveHeads().contains(before)
                || lexicon.orgHeads().contains(before) && !lexicon.stateForces().startsAt(sentence, i - 1);
    }

    private static boolean quoteOpens(Sentence sentence, int token) {
        int start = sentence.starts()[token];
        return start > 0 && isQuote(sentence.text().charAt(start - 1));
    }

    /** The token after the one a closing quote follows, or {@code from} when none does soon. */
    private static int quotedEnd(Sentence sentence, int from) {
        for (int k = from; k < sentence.size() && k < from + MAX_WORDS; k++) {
            int end = sentence.ends()[k];
            String after = sentence.text().substring(end, Math.min(sentence.text().length(), end + 2));
            if (!after.isEmpty() && (isQuote(after.charAt(0)) || after.length() > 1 && after.charAt(0) == '.'
                    && isQuote(after.charAt(1)))) {
                return k + 1;
            }
        }
        return from;
    }

    private int nameEnd(ArticleText text, Sentence sentence, int from) {
        int k = from;
        while (k < sentence.size() && k < from + MAX_WORDS && !lexicon.nameStopWords().contains(sentence.words().get(k))
                && (text.upperCase() || nameWord(sentence, k))) {
            k++;
            if (!ShapedNames.joined(sentence, k - 1)) {
                break;
            }
        }
        return k;
    }

    /** A capitalised word, or an Arabic article joined to one ("al-Bukhari") after the first word. */
    private static boolean nameWord(Sentence sentence, int k) {
        String printed = sentence.printed(k);
        return Character.isUpperCase(printed.charAt(0)) || printed.length() > 3
                && (printed.startsWith("al-") || printed.startsWith("el-") || printed.startsWith("ad-"))
                && Character.isUpperCase(printed.charAt(3));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\'';
    }
}
