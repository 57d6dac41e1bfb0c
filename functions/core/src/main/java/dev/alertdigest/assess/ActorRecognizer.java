package dev.alertdigest.assess;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the organisations behind a threat or attack.
 *
 * <p>Three sources: the profile's table of named groups, whose aliases all map to one canonical name
 * (ISIS-K, IS-K, ISKP, Islamic State Khorasan → "ISIS-K"); organisation names the table does not know,
 * recognised by their shape ({@link ShapedNames}: "… Liberation Front", "… Cartel") with an optional acronym
 * in brackets that later stands for it; and state forces (army, police, government) where a sentence makes
 * them the doer of an atrocity ({@link StateForceAgents}). Names of the second kind count only where a
 * sentence speaks of violence or threats, so parties and ministries in a political story do not become actors.
 */
final class ActorRecognizer {

    private final ScoringProfile.ActorLexicon lexicon;
    private final PhraseLexicon civilianTargets;
    private final PhraseLexicon incidentEvents;
    private final PhraseLexicon demonyms;
    private final ShapedNames shapedNames;
    private final CalledNames calledNames;
    private final StateForceAgents agents;
    private final NamedPersons persons;

    ActorRecognizer(ScoringProfile profile, SecurityCues cues) {
        this.lexicon = profile.actors;
        this.civilianTargets = profile.lexicon("civilianTargets");
        this.incidentEvents = profile.lexicon("incidentEvents");
        this.demonyms = profile.places.demonyms();
        this.shapedNames = new ShapedNames(profile.actors, cues, profile.places);
        this.calledNames = new CalledNames(profile.actors);
        this.agents = new StateForceAgents(profile.actors.stateForceAgency(), profile.actors.generic());
        this.persons = new NamedPersons(profile.persons, profile.places, profile.actors.nameStopWords());
    }

    /** Actors, most relevant first. */
    List<Mention> recognise(ArticleText text) {
        ActorTallies tallies = new ActorTallies(lexicon.cellOrPerson());
        Map<String, String> acronyms = new HashMap<>();
        java.util.Set<String> surnames = text.upperCase() ? java.util.Set.of()
                : persons.perpetratorSurnames(text.sentences());
        boolean securityText = text.sentences().stream().anyMatch(Sentence::security);
        for (Sentence sentence : text.sentences()) {
            boolean security = sentence.security();
            boolean[] taken = new boolean[sentence.size()];
            for (PhraseLexicon.Match m : lexicon.named().find(withoutAffiliations(sentence))) {
                if (isAmbiguousShortForm(m, text.upperCase())) {
                    continue;
                }
                mark(taken, m.from(), m.to());
                tallies.add(m.value(), sentence, security, false, m.evidence(), agents.isAgent(sentence, m.from(), m.to()));
            }
            boolean atrocity = isAtrocity(sentence);
            if (!security && !atrocity) {
                // "the group, which called itself "Elbsturm", had a dozen members": in a text about violence or
                // threats, a group the text introduces by name is named where its name is given, whatever that
                // sentence speaks of
                if (securityText) {
                    addCalledNames(text, sentence, taken, tallies, true);
                }
                // "The suspect was identified as John Doe, 27.": a perpetrator's role speaks for itself
                if (!text.upperCase()) {
                    addPersons(sentence, taken, tallies, false,
                            securityText ? NamedPersons.Reach.NAMING : NamedPersons.Reach.ROLES, surnames);
                }
                continue; // "members of the armed forces participated in the crime" speaks of no weapon
            }
            findDefinedAcronyms(sentence, taken, acronyms, tallies);
            addCalledNames(text, sentence, taken, tallies, false);
            for (ShapedNames.Span span : shapedNames.find(text, sentence, taken)) {
                acceptShaped(text, sentence, span, acronyms, tallies);
                mark(taken, span.from(), span.to());
            }
            findStateForces(text, sentence, taken, tallies);
            if (!text.upperCase()) {
                addPersons(sentence, taken, tallies, security, NamedPersons.Reach.ALL, surnames);
            }
        }
        return tallies.mentions();
    }

    private void addCalledNames(ArticleText text, Sentence sentence, boolean[] taken, ActorTallies tallies,
                                boolean quotedOnly) {
        for (ShapedNames.Span span : calledNames.find(text, sentence, taken, quotedOnly)) {
            if (acceptCalled(text, sentence, span, tallies)) {
                mark(taken, span.from(), span.to());
            }
        }
    }

    private void addPersons(Sentence sentence, boolean[] taken, ActorTallies tallies, boolean security,
                            NamedPersons.Reach reach, java.util.Set<String> surnames) {
        for (ShapedNames.Span span : persons.find(sentence, taken, reach, surnames)) {
            tallies.addPerson(NamedPersons.printed(sentence, span), sentence, security);
        }
    }

    /**
     * The sentence with affiliations cut from its words ("an Islamic State-inspired cell", "al-Shabaab-linked
     * militants": "state-inspired" reads "state"), so that the group's name matches; the words keep their places,
     * so a match's tokens are the sentence's. The sentence itself when no word has such a suffix.
     */
    private Sentence withoutAffiliations(Sentence sentence) {
        List<String> words = null;
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.words().get(i);
            int dash = word.lastIndexOf('-');
            if (dash > 0 && lexicon.affiliationSuffixes().contains(word.substring(dash + 1))) {
                if (words == null) {
                    words = new java.util.ArrayList<>(sentence.words());
                }
                words.set(i, word.substring(0, dash));
            }
        }
        return words == null ? sentence : new Sentence(sentence.index(), sentence.text(), List.copyOf(words),
                sentence.starts(), sentence.ends(), sentence.title(), sentence.security(), null);
    }

    /** "let", "is", "sl": aliases that are also words or initials count only when printed as an acronym. */
    private boolean isAmbiguousShortForm(PhraseLexicon.Match m, boolean upperCaseText) {
        return isAmbiguousShortForm(m, upperCaseText, lexicon.ambiguousShortAliases());
    }

    /** The same, for a match of the named table made elsewhere ({@link KindClassifier}'s headline). */
    static boolean isAmbiguousShortForm(PhraseLexicon.Match m, boolean upperCaseText, java.util.Set<String> ambiguous) {
        String printed = m.printed();
        if (printed.length() > 3 || printed.contains(" ")) {
            return false;
        }
        boolean printedUpper = printed.equals(printed.toUpperCase(Locale.ROOT));
        if (upperCaseText) {
            return ambiguous.contains(printed.toLowerCase(Locale.ROOT)) && !bracketed(m.sentence(), m.from());
        }
        return !printedUpper;
    }

    private static boolean bracketed(Sentence s, int token) {
        int start = s.starts()[token];
        return start > 0 && (s.text().charAt(start - 1) == '[' || s.text().charAt(start - 1) == '(');
    }

    /** An acronym an earlier sentence defined ("… Liberation Front (XLF)") stands for its name. */
    private void findDefinedAcronyms(Sentence sentence, boolean[] taken, Map<String, String> acronyms,
                                     ActorTallies tallies) {
        List<String> words = sentence.words();
        for (int i = 0; i < words.size(); i++) {
            String known = acronyms.get(words.get(i));
            if (!taken[i] && known != null && looksLikeAcronym(sentence.printed(i))) {
                taken[i] = true;
                tallies.add(known, sentence, true, false, null, agents.isAgent(sentence, i, i + 1));
            }
        }
    }

    /** A sentence reporting harm done to civilians: "tortured", "massacre", or an attack on civilian targets. */
    private boolean isAtrocity(Sentence sentence) {
        return lexicon.atrocityCues().matches(sentence)
                || incidentEvents.matches(sentence) && civilianTargets.matches(sentence);
    }

    private void acceptShaped(ArticleText text, Sentence sentence, ShapedNames.Span span,
                              Map<String, String> acronyms, ActorTallies tallies) {
        int from = span.from();
        int to = span.to();
        String name = sentence.span(from, to);
        String lower = name.toLowerCase(Locale.ROOT).replaceAll("^the ", "");
        Sentence tokens = ArticleText.tokenize(0, lower, false);
        if (isStateForce(tokens)) {
            // "the Atlacatl Battalion", "the Salvadoran army": named units are perpetrators only as state forces are
            if (agents.isAgent(sentence, from, to)) {
                tallies.add(displayName(text, name), sentence, true, true, null, true);
            }
            return;
        }
        if (lexicon.notActorNames().contains(lower) || to - from < 2 || lexicon.civilOrgWords().matches(tokens)
                || onlyHeads(tokens)) {
            return; // parties, unions, councils, broadcasters: named in violent stories, rarely the perpetrator
        }
        String canonical = displayName(text, name);
        // an acronym in brackets right after the name stands for it from now on
        if (to < sentence.size() && looksLikeAcronym(sentence.printed(to)) && bracketed(sentence, to)) {
            acronyms.put(sentence.words().get(to), canonical);
        }
        tallies.add(canonical, sentence, true, false, null, agents.isAgent(sentence, from, to));
    }

    /**
     * "the Salvadoran Army", "Former Armed Forces", "Atlacatl Battalion": a name holding a state-force word, or
     * a military unit whatever its name. Rebels name themselves in the words of a cause ("National Liberation
     * Army", "Zarate Willka Liberation Armed Forces", "Secret Anticommunist Army"): those are organisations.
     */
    private boolean isStateForce(Sentence tokens) {
        if (lexicon.rebelNameWords().matches(tokens)) {
            return false;
        }
        return lexicon.unitHeads().contains(tokens.words().getLast()) || lexicon.stateForces().matches(tokens);
    }

    /** "a gang called the Owls": a name the text introduces, unless it is a force, a party or a generic. */
    private boolean acceptCalled(ArticleText text, Sentence sentence, ShapedNames.Span span, ActorTallies tallies) {
        String name = sentence.span(span.from(), span.to());
        Sentence tokens = ArticleText.tokenize(0, name.toLowerCase(Locale.ROOT), false);
        // a group that names itself is no army's unit, whatever its name: a network "calling itself 'Blackout Brigade'"
        if (isStateForce(tokens) && !calledNames.selfNamed(sentence, span.from())
                || lexicon.civilOrgWords().matches(tokens)
                || lexicon.generic().matches(tokens)
                || lexicon.notActorNames().contains(tokens.text())) {
            return false;
        }
        tallies.add(displayName(text, name), sentence, true, false, null, agents.isAgent(sentence, span.from(), span.to()));
        return true;
    }

    /** "Command Group", "Resistance Movement": organisation nouns with no name of their own. */
    private boolean onlyHeads(Sentence tokens) {
        for (String w : tokens.words()) {
            if (!lexicon.orgHeads().contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * State forces the shapes above do not reach ("soldiers", "the military", "government troops"), with a
     * nationality right before them ("Honduran troops"), where the sentence makes them the doer.
     */
    private void findStateForces(ArticleText text, Sentence sentence, boolean[] taken, ActorTallies tallies) {
        List<PhraseLexicon.Match> forces = lexicon.stateForces().find(sentence);
        for (int m = 0; m < forces.size(); m++) {
            int from = forces.get(m).from();
            int to = forces.get(m).to();
            while (m + 1 < forces.size() && forces.get(m + 1).from() == to) {
                to = forces.get(++m).to(); // "army troops", "government forces": one force
            }
            if (isTaken(taken, from, to) || !agents.isAgent(sentence, from, to)) {
                continue;
            }
            boolean qualified = from > 0 && !taken[from - 1] && isNationality(text, sentence, from - 1);
            if (qualified) {
                from--;
            } else if (lexicon.qualifiedOnly().contains(sentence.words().get(to - 1)) && to - from == 1) {
                continue; // bare "forces" are anyone's: "rebel forces", "opposition forces"
            }
            mark(taken, from, to);
            tallies.add(displayName(text, sentence.span(from, to)), sentence, true, true, null, true);
        }
    }

    /**
     * "Salvadoran troops", "Russian forces": a demonym; in normal case also a capitalised word, since the
     * gazetteer cannot list every nation and case tells a name there (not "The", "Yesterday", "Reportedly", "Rebel").
     */
    private boolean isNationality(ArticleText text, Sentence sentence, int token) {
        if (demonyms.startsAt(sentence, token)) {
            return true;
        }
        String word = sentence.words().get(token);
        return !text.upperCase() && Character.isUpperCase(sentence.printed(token).charAt(0))
                && ShapedNames.joined(sentence, token) && !lexicon.nameStopWords().contains(word)
                && !word.endsWith("ly") && !lexicon.rebelNameWords().startsAt(sentence, token);
    }

    private static String displayName(ArticleText text, String printed) {
        String name = (text.upperCase() ? titleCase(printed) : printed).replaceAll("^(?i)the ", "");
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static boolean looksLikeAcronym(String printed) {
        return printed.length() >= 2 && printed.length() <= 6 && printed.equals(printed.toUpperCase(Locale.ROOT))
                && Character.isLetter(printed.charAt(0));
    }

    private static boolean isTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
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
}
