package dev.alertdigest.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the organisations behind a threat or attack.
 *
 * <p>Two sources: the profile's table of named groups, whose aliases all map to one canonical name
 * (ISIS-K, IS-K, ISKP, Islamic State Khorasan → "ISIS-K"); and organisation names the table does not know,
 * recognised by their shape, a run of name words ending in an organisation noun ("… Liberation Front",
 * "… Cartel") with an optional acronym in brackets that later stands for it. Names of the second kind
 * count only where a sentence speaks of violence or threats, so parties and ministries in a political story
 * do not become actors. State forces (army, police) are actors only where a sentence reports an atrocity.
 */
final class ActorRecognizer {

    private final ScoringProfile.ActorLexicon lexicon;
    private final SecurityCues cues;
    private final PhraseLexicon civilianTargets;
    private final PhraseLexicon incidentEvents;

    ActorRecognizer(ScoringProfile profile, SecurityCues cues) {
        this.lexicon = profile.actors;
        this.cues = cues;
        this.civilianTargets = profile.lexicon("civilianTargets");
        this.incidentEvents = profile.lexicon("incidentEvents");
    }

    /** Actors, most relevant first. */
    List<Mention> recognise(ArticleText text) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, String> acronyms = new HashMap<>();
        for (Sentence sentence : text.sentences()) {
            boolean security = sentence.security();
            boolean[] taken = new boolean[sentence.size()];
            for (PhraseLexicon.Match m : lexicon.named().find(sentence)) {
                if (isAmbiguousShortForm(m, text.upperCase())) {
                    continue;
                }
                mark(taken, m.from(), m.to());
                tally(tallies, m.value(), sentence, security, m);
            }
            if (!security && !isAtrocity(sentence)) {
                continue; // "members of the armed forces participated in the crime" speaks of no weapon
            }
            findShapedNames(text, sentence, taken, acronyms, tallies);
        }
        List<Mention> actors = new ArrayList<>();
        for (Tally t : tallies.values()) {
            actors.add(new Mention(t.name, t.level, t.count, t.first, t.relevance, List.copyOf(t.evidence)));
        }
        actors.sort(Comparator.comparingDouble(Mention::relevance).reversed().thenComparingInt(Mention::first));
        return actors;
    }

    /** "let", "is", "sl": aliases that are also words or initials count only when printed as an acronym. */
    private boolean isAmbiguousShortForm(PhraseLexicon.Match m, boolean upperCaseText) {
        String printed = m.printed();
        if (printed.length() > 3 || printed.contains(" ")) {
            return false;
        }
        boolean printedUpper = printed.equals(printed.toUpperCase(Locale.ROOT));
        if (upperCaseText) {
            return lexicon.ambiguousShortAliases().contains(printed.toLowerCase(Locale.ROOT))
                    && !bracketed(m.sentence(), m.from());
        }
        return !printedUpper;
    }

    private static boolean bracketed(Sentence s, int token) {
        int start = s.starts()[token];
        return start > 0 && (s.text().charAt(start - 1) == '[' || s.text().charAt(start - 1) == '(');
    }

    private void findShapedNames(ArticleText text, Sentence sentence, boolean[] taken, Map<String, String> acronyms,
                                 Map<String, Tally> tallies) {
        List<String> words = sentence.words();
        boolean atrocity = isAtrocity(sentence);
        for (int i = 0; i < words.size(); i++) {
            if (taken[i]) {
                continue;
            }
            String known = acronyms.get(words.get(i));
            if (known != null && looksLikeAcronym(sentence.printed(i))) {
                tally(tallies, known, sentence, true, null);
                continue;
            }
            if (!lexicon.orgHeads().contains(words.get(i))) {
                continue;
            }
            int from = i;
            while (from > 0 && !taken[from - 1] && isNameWord(text, sentence, from - 1)) {
                from--;
            }
            int to = i + 1;
            // "Army of National Liberation": a head followed by "of" and name words
            if (to + 1 < words.size() && words.get(to).equals("of") && isNameWord(text, sentence, to + 1)
                    && !lexicon.nameStopWords().contains(words.get(to + 1))) {
                int end = to + 1;
                while (end < words.size() && end < to + 4 && isNameWord(text, sentence, end)) {
                    end++;
                }
                to = end;
            }
            if (text.upperCase() || Character.isUpperCase(sentence.printed(i).charAt(0))) {
                String name = sentence.span(from, to);
                i = to - 1;
                accept(text, sentence, from, to, name, atrocity, acronyms, tallies);
            }
        }
    }

    /** A sentence reporting harm done to civilians: "tortured", "massacre", or an attack on civilian targets. */
    private boolean isAtrocity(Sentence sentence) {
        return lexicon.atrocityCues().matches(sentence)
                || incidentEvents.matches(sentence) && civilianTargets.matches(sentence);
    }

    private void accept(ArticleText text, Sentence sentence, int from, int to, String name, boolean atrocity,
                        Map<String, String> acronyms, Map<String, Tally> tallies) {
        String lower = name.toLowerCase(Locale.ROOT).replaceAll("^the ", "");
        Sentence tokens = ArticleText.tokenize(0, lower, false);
        boolean stateForce = lexicon.stateForces().matches(tokens);
        if (stateForce) {
            if (!atrocity) {
                return; // the army fighting guerrillas is war, not a perpetrator
            }
            // where soldiers murder civilians, "the army" or "the armed forces" is the perpetrator, bare or not
        } else if (lexicon.notActorNames().contains(lower) || to - from < 2
                || lexicon.civilOrgWords().matches(tokens)) {
            return; // parties, unions, councils, broadcasters: named in violent stories, rarely the perpetrator
        }
        String canonical = text.upperCase() ? titleCase(name) : name;
        canonical = canonical.replaceAll("^(?i)the ", "");
        // an acronym in brackets right after the name stands for it from now on
        if (to < sentence.size() && looksLikeAcronym(sentence.printed(to)) && bracketed(sentence, to)) {
            acronyms.put(sentence.words().get(to), canonical);
        }
        tally(tallies, canonical, sentence, true, null);
    }

    private boolean isNameWord(ArticleText text, Sentence sentence, int token) {
        String word = sentence.words().get(token);
        if (lexicon.nameStopWords().contains(word) || Character.isDigit(word.charAt(0)) && word.length() > 2) {
            return false;
        }
        if (cues.isSecurityWord(word)) {
            return false;
        }
        return text.upperCase() || Character.isUpperCase(sentence.printed(token).charAt(0));
    }

    private static boolean looksLikeAcronym(String printed) {
        return printed.length() >= 2 && printed.length() <= 6 && printed.equals(printed.toUpperCase(Locale.ROOT))
                && Character.isLetter(printed.charAt(0));
    }

    private void tally(Map<String, Tally> tallies, String name, Sentence sentence, boolean security,
                       PhraseLexicon.Match match) {
        Tally t = tallies.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new Tally(name, sentence.index()));
        t.count++;
        t.relevance += 1 + (security ? 2 : 0) + (sentence.title() ? 3 : 0) + (sentence.index() <= 3 ? 1 : 0);
        if (t.evidence.size() < 3) {
            t.evidence.add(match == null ? sentence.evidence(0, 1) : match.evidence());
        }
        if (t.level < 3 && lexicon.cellOrPerson().matches(sentence)) {
            t.level = 3;
        }
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            taken[i] = true;
        }
    }

    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c) && c != '\'';
        }
        return out.toString();
    }

    private static final class Tally {
        final String name;
        final int first;
        final List<String> evidence = new ArrayList<>(3);
        int count;
        int level = 2;
        double relevance;

        Tally(String name, int first) {
            this.name = name;
            this.first = first;
        }
    }
}
