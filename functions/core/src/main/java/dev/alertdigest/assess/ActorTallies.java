package dev.alertdigest.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The actors an article names so far, with how often, how prominently and where. */
final class ActorTallies {

    /** The sentences that make up the lead: the first three, the title among them when there is one. */
    private static final int LEAD_SENTENCES = 3;

    private final PhraseLexicon cellOrPerson;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    ActorTallies(PhraseLexicon cellOrPerson) {
        this.cellOrPerson = cellOrPerson;
    }

    /**
     * One more mention of {@code name} in {@code sentence}; {@code evidence} null for the whole sentence;
     * {@code agent} when the sentence makes the actor the doer ({@link StateForceAgents}).
     */
    void add(String name, Sentence sentence, boolean security, boolean stateForce, String evidence, boolean agent) {
        Tally t = tallies.computeIfAbsent(name.toLowerCase(Locale.ROOT),
                k -> new Tally(name, sentence.index(), stateForce));
        t.count++;
        t.sentences.add(sentence.index());
        t.agent |= agent;
        t.relevance += 1 + (security ? 2 : 0) + (sentence.title() ? 3 : 0) + (sentence.index() <= 3 ? 1 : 0);
        String shown = evidence == null ? sentence.evidence(0, 1) : evidence;
        if (t.evidence.size() < 3 && !t.evidence.contains(shown)) {
            t.evidence.add(shown); // "the Front [FMLN]" names it twice in one sentence: show the sentence once
        }
        if (t.level < 3 && cellOrPerson.matches(sentence)) {
            t.level = 3;
        }
    }

    /** A person the text names as a perpetrator: ACTOR's "named cell or person" whatever the sentence says. */
    void addPerson(String name, Sentence sentence, boolean security) {
        String known = sameFirstAndLastName(name);
        add(known, sentence, security, false, null, true);
        Tally t = tallies.get(known.toLowerCase(Locale.ROOT));
        t.level = 3;
        t.person = true;
    }

    /** "Liam Dowd" after "Liam Patrick Dowd": the person already tallied with that first and last name, or the name. */
    private String sameFirstAndLastName(String name) {
        String[] words = name.split(" ");
        for (Tally t : tallies.values()) {
            String[] other = t.name.split(" ");
            if (t.person && other[0].equals(words[0]) && other[other.length - 1].equals(words[words.length - 1])) {
                return t.name;
            }
        }
        return name;
    }

    /** Actors, most relevant first. */
    List<Mention> mentions() {
        foldBareStateForces();
        List<Mention> actors = new ArrayList<>();
        // a named suspect does not make the group he is said to belong to a passing mention ("members of an
        // encrypted chat group called "Northern Dawn"")
        boolean doerNamed = tallies.values().stream().anyMatch(t -> t.agent && !t.person);
        for (Tally t : tallies.values()) {
            if (doerNamed && isPassingMention(t)) {
                continue;
            }
            actors.add(new Mention(t.name, t.level, t.count, t.first, t.relevance, t.evidence, t.sentences));
        }
        actors.sort(Comparator.comparingDouble(Mention::relevance).reversed().thenComparingInt(Mention::first));
        return actors;
    }

    /**
     * Named once, after the lead, and never as the doer, in a story that does say who did it: the group is
     * context there (whose radio reported it, a party, a victim's organisation), not an actor of the threat.
     */
    private static boolean isPassingMention(Tally t) {
        return !t.agent && t.count == 1 && t.first >= LEAD_SENTENCES;
    }

    /**
     * "the army" after "the Salvadoran army" is the same army: a bare state force joins the one qualified
     * form of it the article names, rather than standing as a second actor.
     */
    private void foldBareStateForces() {
        Iterator<Map.Entry<String, Tally>> it = tallies.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Tally> bare = it.next();
            if (!bare.getValue().stateForce) {
                continue;
            }
            Tally qualified = null;
            int forms = 0;
            for (Map.Entry<String, Tally> e : tallies.entrySet()) {
                if (e.getValue().stateForce && e.getKey().endsWith(" " + bare.getKey())) {
                    qualified = e.getValue();
                    forms++;
                }
            }
            if (forms == 1) {
                qualified.absorb(bare.getValue());
                it.remove();
            }
        }
    }

    private static final class Tally {
        final String name;
        final boolean stateForce;
        final List<String> evidence = new ArrayList<>(3);
        final java.util.Set<Integer> sentences = new java.util.HashSet<>();
        int first;
        int count;
        int level = 2;
        boolean agent;
        boolean person;
        double relevance;

        Tally(String name, int first, boolean stateForce) {
            this.name = name;
            this.first = first;
            this.stateForce = stateForce;
        }

        void absorb(Tally other) {
            count += other.count;
            relevance += other.relevance;
            first = Math.min(first, other.first);
            level = Math.max(level, other.level);
            agent |= other.agent;
            sentences.addAll(other.sentences);
            for (String e : other.evidence) {
                if (evidence.size() < 3) {
                    evidence.add(e);
                }
            }
        }
    }
}
