package dev.alertdigest.assess;

import java.util.List;
import java.util.Set;

/**
 * Tells when an army, a police force or a government is the one that did the harm a sentence reports.
 *
 * <p>Conflict reporting names state forces everywhere: as the side that reports a guerrilla attack ("the army
 * said rebels murdered…"), as victims ("two soldiers were killed"), as combatants ("the army killed six
 * guerrillas"), as investigators. They are perpetrators only where the sentence makes them the doer, and that
 * has a few fixed shapes, each checked here on the words around the mention:
 * <ul>
 *   <li>the subject of a deed: "soldiers murdered six peasants", "the army -- which massacred…",
 *       "armed forces personnel were the ones who murdered", "the air force, using helicopters, bombed…";
 *   <li>the agent after "by": "bombed by the air force", "the massacre perpetrated in San Salvador by the army";
 *   <li>the one blamed: "accused the armed forces of…", "hold the army responsible", "the armed forces are
 *       being charged with…", "the murderers were members of the armed forces".
 * </ul>
 * The same shapes tell when a named group is the doer; {@link ActorTallies} uses that to leave out groups a story
 * names only in passing.
 */
final class StateForceAgents {

    /** How far a blaming verb may stand before the force it blames ("implicated four officers … of the army"). */
    private static final int BLAME_REACH = 12;
    /** How many words may stand between the force and its deed ("personnel were the ones who"). */
    private static final int DEED_REACH = 6;
    /** How far before "by" its deed may stand ("perpetrated in San Salvador on 16 November 1989 by"). */
    private static final int BY_REACH = 8;
    /** The longest aside between commas skipped after the force ("the air force, using gunships, bombed"). */
    private static final int ASIDE_REACH = 12;

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being");
    /** Verbs whose object is asked for help, not blamed: "contact the police", "alerted the army". */
    private static final Set<String> HELPED = Set.of("contact", "contacted", "inform", "informed", "alert",
            "alerted", "notify", "notified", "help", "helped", "assist", "assisted", "thanked", "praised", "directed");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "either");
    private static final Set<String> MEMBERS = Set.of("members", "member", "units", "unit", "elements", "troops",
            "soldiers", "officers", "agents", "personnel", "men");

    private final PhraseLexicon deeds;
    private final PhraseLexicon nounUses;
    private final PhraseLexicon blame;
    private final PhraseLexicon reporting;
    private final Set<String> between;
    private final Set<String> perpetratorNouns;
    private final Set<String> assailants;
    private final Set<String> lawfulObjects;
    private final PhraseLexicon otherActors;

    StateForceAgents(ScoringProfile.StateForceAgency agency, PhraseLexicon otherActors) {
        this.deeds = agency.deeds();
        this.nounUses = agency.nounUses();
        this.blame = agency.blame();
        this.reporting = agency.reporting();
        this.between = agency.between();
        this.perpetratorNouns = agency.perpetratorNouns();
        this.assailants = agency.assailants();
        this.lawfulObjects = agency.lawfulObjects();
        this.otherActors = otherActors;
    }

    /** True when the force or group at tokens {@code from}–{@code to} did the harm the sentence reports. */
    boolean isAgent(Sentence sentence, int from, int to) {
        int governing = skipBack(sentence.words(), from - 1);
        if (governing >= 0 && HELPED.contains(sentence.words().get(governing))) {
            return false; // "urged residents with information to contact the police": the police are asked for help
        }
        // "… wounding seven before police shot and killed him": the force's deed stopped the attacker
        boolean stopping = from >= 1 && STOPPED_BY.contains(sentence.words().get(from - 1));
        return !stopping && isSubjectOfDeed(sentence, from, to) || isAgentAfterBy(sentence, from)
                || isBlamed(sentence, from) || isHeldResponsible(sentence, from, to);
    }

    /**
     * "hold the army responsible": "hold" blames only with "responsible" after the force; alone it is a meeting
     * ("held talks with army leaders"), so it is no {@code blame} word.
     */
    private static boolean isHeldResponsible(Sentence sentence, int from, int to) {
        List<String> words = sentence.words();
        boolean held = false;
        for (int b = from - 1; b >= 0 && b >= from - 3 && !held; b--) {
            held = HOLD.contains(words.get(b));
        }
        for (int k = to; held && k < words.size() && k < to + 2; k++) {
            if (RESPONSIBLE.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> HOLD = Set.of("hold", "holds", "held", "holding");
    private static final Set<String> RESPONSIBLE = Set.of("responsible", "accountable");

    /** "the army [personnel] [has|which|were the ones who] murdered": a deed follows with only fillers between. */
    private boolean isSubjectOfDeed(Sentence sentence, int from, int to) {
        List<String> words = sentence.words();
        if (agentOfWhatCameBefore(sentence, from)) {
            return false; // "Los Lobos, designated a terrorist group by the Ecuadorian government, has been blamed…"
        }
        if (objectOfWhatCameBefore(sentence, from)) {
            return false; // "the BLA continues to target security forces, infrastructure …, and has attacked …"
        }
        int k = to;
        if (k < words.size() && sentence.commaBefore(k)) {
            k = afterAside(sentence, k);
        }
        for (int end = k + DEED_REACH; k < words.size() && k < end; k++) {
            if (isDeed(sentence, k)) {
                return !isPassive(words, k) && !isAgainstCombatants(sentence, k);
            }
            if (blame.startsAt(sentence, k)) {
                return AUXILIARIES.contains(words.get(k - 1)); // "the army has been blamed", not "the army accused"
            }
            if (!between.contains(words.get(k)) && !words.get(k).endsWith("ly")) {
                return false; // "the army reported that…", "the army found the bodies of…"
            }
        }
        return false;
    }

    /** "by the government", "by the Ecuadorian government": "by" before the force, a determiner or name word between. */
    private static boolean agentOfWhatCameBefore(Sentence sentence, int from) {
        for (int k = from - 1; k >= 0 && k >= from - 3; k--) {
            String word = sentence.words().get(k);
            if (word.equals("by")) {
                return true;
            }
            if (!DETERMINERS.contains(word) && !Character.isUpperCase(sentence.printed(k).charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "attacks on police and security forces", "continues to target security forces": a deed or one of
     * {@link #AIMED_AT} up to three words before the force, with no comma or verb of another clause between,
     * makes it what the deed was done to, so a verb after it belongs to the sentence's own subject.
     */
    private boolean objectOfWhatCameBefore(Sentence sentence, int from) {
        for (int k = from - 1; k >= 0 && k >= from - 3 && !sentence.commaBefore(k + 1); k--) {
            String word = sentence.words().get(k);
            if (AIMED_AT.contains(word) || isDeed(sentence, k)) {
                return true;
            }
            if (AUXILIARIES.contains(word) || reporting.startsAt(sentence, k) || CLAUSE_STARTS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> CLAUSE_STARTS = Set.of("who", "which", "that", "when", "while", "after",
            "before", "as", "because", "where");

    /** Words that make what follows them the object of an attack: "attacks on", "aimed at", "target". */
    private static final Set<String> AIMED_AT = Set.of("on", "against", "at", "target", "targets", "targeting",
            "targeted");

    /** The token after an aside that opens with a comma at token {@code k} and closes with one; else {@code k}. */
    private static int afterAside(Sentence sentence, int k) {
        for (int j = k + 1; j < sentence.size() && j <= k + ASIDE_REACH; j++) {
            if (sentence.commaBefore(j)) {
                return j;
            }
        }
        return k;
    }

    /**
     * "two soldiers were killed": done to them. "were guilty", "were involved" are no passives. A headline drops the
     * auxiliary: "Four police officers killed in roadside bomb", "soldiers shot as convoy ambushed" (a participle of
     * {@link #HARMED} right before one of {@link #AFTER_A_PASSIVE}).
     */
    private static boolean isPassive(List<String> words, int deed) {
        String verb = words.get(deed);
        boolean participle = verb.endsWith("ed") || verb.equals("shot");
        return participle && (deed > 0 && AUXILIARIES.contains(words.get(deed - 1))
                || HARMED.contains(verb) && deed + 1 < words.size() && AFTER_A_PASSIVE.contains(words.get(deed + 1)));
    }

    /** Participles of harm done to someone ("killed in", not "participated in" or "involved in" a crime). */
    private static final Set<String> HARMED = Set.of("killed", "shot", "wounded", "injured", "murdered", "massacred",
            "bombed", "attacked", "ambushed", "kidnapped", "abducted", "executed", "tortured", "slaughtered",
            "assaulted", "burned", "machinegunned", "machine-gunned");

    private static final Set<String> AFTER_A_PASSIVE = Set.of("in", "as", "by", "after", "when", "during", "near",
            "while");

    /**
     * "the army killed six guerrillas": fighting, not an atrocity, whatever else the sentence reports; and "police
     * shot and killed the driver": the deed stops an attack ({@code assailants}: attacker, gunman, suspect); and
     * "carried out 38 operations against terrorism" is policing ({@code lawfulObjects}), not an atrocity.
     */
    private boolean isAgainstCombatants(Sentence sentence, int deed) {
        for (int k = deed + 1; k < sentence.size() && k <= deed + ASSAILANT_REACH; k++) {
            String word = sentence.words().get(k);
            if (k <= deed + 3 && otherActors.startsAt(sentence, k) || assailants.contains(word)
                    || lawfulObjects.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** How far after a deed its object may stand ("shot and killed the male driver"). */
    private static final int ASSAILANT_REACH = 5;

    /** A deed word at token {@code k} that is not part of a thing's name ("the police and bomb disposal teams"). */
    private boolean isDeed(Sentence sentence, int k) {
        return deeds.startsAt(sentence, k) && !nounUses.startsAt(sentence, k);
    }

    /**
     * "a man stabbed two people before being shot dead by police", "… wounding seven before he was shot dead by
     * police": the force's deed stopped the one the sentence is about, who did something first.
     */
    private static boolean stoppedTheSubject(List<String> words, int lastDeed) {
        int deed = lastDeed;
        if (deed >= 2 && words.get(deed - 1).equals("and")) {
            deed -= 2; // "before he was shot and killed by police": the first of two joined deeds
        }
        if (deed >= 2 && words.get(deed - 1).equals("being") && STOPPING.contains(words.get(deed - 2))) {
            return true;
        }
        // with a pronoun, only "before" and "until" say the subject acted first: "died after he was shot by police"
        // is the force's own deed
        return deed >= 3 && PASSIVES.contains(words.get(deed - 1)) && PRONOUNS.contains(words.get(deed - 2))
                && STOPPED_BY.contains(words.get(deed - 3));
    }

    private static final Set<String> STOPPING = Set.of("before", "after", "until", "while");
    private static final Set<String> STOPPED_BY = Set.of("before", "until");
    private static final Set<String> PASSIVES = Set.of("was", "were", "got");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they");

    /** "the attacker was shot dead by police": an assailant just before the deed is its object. */
    private boolean assailantBefore(List<String> words, int deed) {
        for (int k = deed - 1; k >= 0 && k >= deed - 3; k--) {
            if (assailants.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "murdered by the army", "the massacre perpetrated … by the army": "by" before the force and a deed before
     * "by", with no other verb phrase ("were captured by"), report or actor between.
     */
    private boolean isAgentAfterBy(Sentence sentence, int from) {
        List<String> words = sentence.words();
        int by = skipBack(words, from - 1);
        if (by < 1 || !words.get(by).equals("by")) {
            return false;
        }
        for (int d = by - 1; d >= 0 && d >= by - BY_REACH; d--) {
            if (isDeed(sentence, d)) {
                return !assailantBefore(words, d) && !stoppedTheSubject(words, d);
            }
            if (AUXILIARIES.contains(words.get(d)) || reporting.startsAt(sentence, d)
                    || otherActors.startsAt(sentence, d)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "accused the armed forces of", "hold the army responsible", "the murderers … were members of the armed
     * forces": a blaming word before the force with no deed, report or other actor between.
     */
    private boolean isBlamed(Sentence sentence, int from) {
        List<String> words = sentence.words();
        boolean copula = false;
        for (int b = from - 1; b >= 0 && b >= from - BLAME_REACH; b--) {
            if (blame.startsAt(sentence, b) || copula && perpetratorNouns.contains(words.get(b))) {
                return true;
            }
            if (isDeed(sentence, b) || reporting.startsAt(sentence, b) || otherActors.startsAt(sentence, b)) {
                return false;
            }
            copula |= words.get(b).equals("were") || words.get(b).equals("was");
        }
        return false;
    }

    /** Back over "the", "members of the", "units of": to the word that governs the force. */
    private static int skipBack(List<String> words, int k) {
        while (k >= 0 && DETERMINERS.contains(words.get(k))) {
            k--;
        }
        if (k >= 1 && words.get(k).equals("of") && MEMBERS.contains(words.get(k - 1))) {
            k -= 2;
            while (k >= 0 && (DETERMINERS.contains(words.get(k)) || Character.isDigit(words.get(k).charAt(0)))) {
                k--;
            }
        }
        return k;
    }
}
