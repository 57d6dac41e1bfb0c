package dev.alertdigest.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People the text names as the plotters or attackers: ACTOR's "named cell or person". A person's name has no
 * organisation noun to find it by, so it counts only where the text gives it a perpetrator's role
 * ({@code actor.persons}): after a role ("the master planner of the attacks, Ahmed Harith Mahmoud", "suspect
 * John Doe", "the suspect was identified as John Doe"), before an alias ("Ahmed Iman Ali alias Engineer"),
 * before a role in apposition ("John Doe, a suspected militant") or a deed after appositions of age and origin
 * ("John Doe, 31, from Leeds, appeared in court"); in a text about violence or threats, also where the police
 * name or arrest someone ("Police identified the man as John Doe", "officers arrested John Doe", "a 23-year-old
 * man, Karim S.,"), unless the sentence speaks of a victim. Names listed after a perpetrator's are perpetrators
 * too ("Kerem A., Yusuf D. and Artem S."). A name is two to four capitalised words, none a place, a title
 * ("Minister", "Colonel") or a stop word, with initials after its first word ("Dale R. Whitcomb", "Yanis M."),
 * so only normal-case text has names to find: upper-case wire copy gives none.
 */
final class NamedPersons {

    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 4;
    /** How far an "of …" phrase may run between a role and the name after its comma ("planner of the attacks,"). */
    private static final int ROLE_REACH = 6;

    private final ScoringProfile.PersonLexicon lexicon;
    private final ScoringProfile.PlaceLexicon places;
    private final Set<String> stopWords;

    NamedPersons(ScoringProfile.PersonLexicon lexicon, ScoringProfile.PlaceLexicon places,
                 Set<String> stopWords) {
        this.lexicon = lexicon;
        this.places = places;
        this.stopWords = stopWords;
    }

    /** Which of the ways to name a perpetrator a sentence may use. */
    enum Reach {
        /**
         * A sentence with no security word in a text with none: only a name after a role ("the suspect was
         * identified as John Doe"), since an alias or an apposition alone ("Stefani Germanotta, aka Lady Gaga")
         * makes nobody a perpetrator outside a text about violence.
         */
        ROLES,
        /**
         * A sentence with no security word in a text about violence or threats: a role, and the police's naming
         * or arrest of someone ("Police identified the man as John Doe", "officers arrested John Doe"), since
         * such a text names its suspect in the plain words of an appeal.
         */
        NAMING,
        /** A sentence about violence or threats: every way. */
        ALL
    }

    /** The names a sentence gives a perpetrator's role, avoiding tokens already {@code taken}. */
    List<ShapedNames.Span> find(Sentence s, boolean[] taken, Reach reach, Set<String> perpetratorSurnames) {
        List<ShapedNames.Span> found = new ArrayList<>(1);
        boolean rolesOnly = reach != Reach.ALL;
        boolean roles = lexicon.rolesBefore().matches(s);
        boolean surnamed = s.hasAnyWord(perpetratorSurnames);
        boolean naming = reach != Reach.ROLES && (lexicon.namedAs().matches(s) || lexicon.arrestsBefore().matches(s)
                || lexicon.leadersBefore().matches(s))
                && !s.hasAnyWord(lexicon.victimWords());
        if (!roles && !surnamed && !naming && (rolesOnly || !lexicon.aliasMarks().matches(s)
                && !lexicon.rolesAfter().matches(s) && !lexicon.deedsAfterAge().matches(s) && !aged(s))
                || s.mostlyCapitalised()) {
            return found; // "Attacker Shot Dead By Police": in a headline's capitals every word looks like a name
        }
        for (int i = 0; i < s.size(); i++) {
            if (naming) {
                int from = namedAt(s, i);
                int to = from < 0 ? -1 : nameEnd(s, from, taken);
                if (to > 0) {
                    i = addWithList(s, from, to, taken, found) - 1;
                    continue;
                }
            }
            if (surnamed && perpetratorSurnames.contains(s.words().get(i)) && capitalised(s, i)) {
                int from = nameStart(s, i + 1, taken);
                if (from >= 0 && (found.isEmpty() || found.getLast().to() <= from)) {
                    found.add(new ShapedNames.Span(from, i + 1, i)); // "traced the call to Tyler Brandvold, 19,"
                    continue;
                }
            }
            if (!rolesOnly && AGED.matcher(s.words().get(i)).matches()) {
                int to = nameEnd(s, i + 1, taken);
                if (to > 0 && deedSoonAfter(s, to)) { // "34-year-old Brendon Cole Marsh after he allegedly posted"
                    found.add(new ShapedNames.Span(i + 1, to, to - 1));
                    i = to - 1;
                    continue;
                }
                int from = namedAfterAgedPerson(s, i + 1);
                to = from < 0 ? -1 : nameEnd(s, from, taken);
                if (to > 0 && (to == s.size() || s.commaBefore(to))) {
                    found.add(new ShapedNames.Span(from, to, to - 1)); // "emanates from a 23-year-old man, Karim S.,"
                    i = to - 1;
                    continue;
                }
            }
            int role = lexicon.rolesBefore().lengthAt(s, i);
            if (role > 0) {
                int from = nameAfterRole(s, i + role + lexicon.identifiedAs().lengthAt(s, i + role));
                int to = from < 0 ? -1 : nameEnd(s, from, taken);
                if (to > 0) {
                    i = addWithList(s, from, to, taken, found) - 1;
                    continue;
                }
            }
            if (!rolesOnly && (lexicon.aliasMarks().startsAt(s, i)
                    || s.commaBefore(i) && lexicon.rolesAfter().startsAt(s, i) || appositionThenDeed(s, i))) {
                int from = nameStart(s, i, taken);
                if (from >= 0 && (found.isEmpty() || found.getLast().to() <= from)) {
                    found.add(new ShapedNames.Span(from, i, i - 1));
                }
            }
        }
        return found;
    }

    /**
     * Surnames the text gives a perpetrator's predicate ({@code deedsAfterName}: "Brandvold was arrested Sunday",
     * "Farquhar pleaded guilty") or puts after a police appeal's words ({@code surnameAfter}: "a warrant has been
     * issued for Rayburn", "do not approach Rayburn"): a full name that ends in one names that person as an actor
     * wherever it stands ("traced the call to Tyler Brandvold, 19, of Lincoln"), the way news introduces a suspect
     * by full name and goes on by surname. Normal-case text only; a word the rules would not take for a name is no
     * surname.
     */
    Set<String> perpetratorSurnames(List<Sentence> sentences) {
        Set<String> surnames = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            if (s.mostlyCapitalised() || !lexicon.deedsAfterName().matches(s) && !lexicon.surnameAfter().matches(s)) {
                continue;
            }
            boolean[] none = new boolean[s.size()];
            for (int i = 0; i + 1 < s.size(); i++) {
                int after = lexicon.surnameAfter().lengthAt(s, i);
                if (after > 0 && i + after < s.size() && AGED.matcher(s.words().get(i + after)).matches()) {
                    after++; // "seeking to locate 19-year-old Jayden Kerr"
                } else if (after > 0 && i + after + 1 < s.size() && HONORIFICS.contains(s.words().get(i + after))) {
                    after++; // "a national alert has been issued for Mr Elg"
                }
                if (after > 0 && i + after < s.size() && nameWord(s, i + after, none)) {
                    // "a warrant has been issued for Rayburn", "do not approach Darren Kowal"
                    int end = nameEnd(s, i + after, none);
                    surnames.add(s.words().get(end > 0 ? end - 1 : i + after));
                    continue;
                }
                if (!s.commaBefore(i + 1) && lexicon.deedsAfterName().startsAt(s, i + 1) && nameWord(s, i, none)
                        && s.words().get(i).length() > 2) {
                    surnames.add(s.words().get(i));
                } else if (agedAfter(s, i + 1) && nameStart(s, i + 1, none) >= 0 && subjectOfDeed(s, i + 1)) {
                    // "Connor Ashworth, 24, of Oldham, … and Daniel Swales, 22, of Bury, were arrested"
                    surnames.add(s.words().get(i));
                }
            }
        }
        return surnames;
    }

    /** The forms of address a police appeal puts before a surname ("do not approach Mr Kowal"). */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr");

    /** An age in apposition at token {@code i}: ", 24," or ", now 20," ("Jayden Morris, now 20, of Armadale"). */
    private static boolean agedAfter(Sentence s, int i) {
        int age = i < s.size() && s.words().get(i).equals("now") ? i + 1 : i;
        return age < s.size() && s.commaBefore(i) && isAge(s.words().get(age));
    }

    /**
     * A {@code deedsAfterName} phrase after token {@code from} with only a list of aged names between (names,
     * ages, "now", "of", "and" and places): the names are its subject.
     */
    private boolean subjectOfDeed(Sentence s, int from) {
        for (int k = from; k < s.size(); k++) {
            if (lexicon.deedsAfterName().startsAt(s, k)) {
                return true;
            }
            String word = s.words().get(k);
            if (!capitalised(s, k) && !isAge(word) && !SUBJECT_LIST_WORDS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> SUBJECT_LIST_WORDS = Set.of("now", "of", "and", "from");

    /** The name as printed, with the dot of a closing initial ("Yanis M."). */
    static String printed(Sentence s, ShapedNames.Span span) {
        String name = s.span(span.from(), span.to());
        int after = s.ends()[span.to() - 1];
        return initial(s, span.to() - 1) && !name.endsWith(".") && after < s.text().length() ? name + "." : name;
    }

    /** Whether an age stands in the sentence as it does before a name: "a 23-year-old man". */
    private static boolean aged(Sentence s) {
        for (String word : s.words()) {
            if (word.endsWith("-year-old") && AGED.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /** An age as it stands in apposition: ", 27,". */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("[1-9]\\d");
    /** An initial as printed: "M", "E.H.". */
    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("\\p{Lu}(\\.\\p{Lu})*\\.?");

    private static boolean isAge(String word) {
        return AGE.matcher(word).matches();
    }

    /** "34-year-old", as an age stands before a name. */
    private static final java.util.regex.Pattern AGED = java.util.regex.Pattern.compile("[1-9]\\d-year-old");
    /** How many words after a name its deed may start: "Marsh after he allegedly posted". */
    private static final int DEED_REACH = 4;

    /**
     * Where a name in apposition starts after an aged person ("a 23-year-old man, Karim S.,", "a 29-year-old
     * Serbian national, Nemanja K.,"), the age at token {@code from - 1}: one or two words ending in one of
     * {@code personNouns}, then a comma; only in a sentence that speaks of suspicion ({@code suspicionWords}: "the
     * threat emanates from", "arrested") and of no victim ({@code victimWords}); or -1.
     */
    private int namedAfterAgedPerson(Sentence s, int from) {
        for (int k = from; k < s.size() && k < from + 2; k++) {
            if (lexicon.personNouns().contains(s.words().get(k))) {
                boolean suspected = s.hasAnyWord(lexicon.suspicionWords()) && !s.hasAnyWord(lexicon.victimWords());
                return suspected && s.commaBefore(k + 1) ? k + 1 : -1;
            }
        }
        return -1;
    }

    /** A {@code deedsAfterAge} phrase starting within {@value #DEED_REACH} words after token {@code to}. */
    private boolean deedSoonAfter(Sentence s, int to) {
        for (int k = to; k < s.size() && k <= to + DEED_REACH; k++) {
            if (lexicon.deedsAfterAge().startsAt(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** How many words one apposition after a name may hold: ", of no fixed address,", ", from the Neudorf district,". */
    private static final int APPOSITION_REACH = 8;
    /** How many appositions may stand between a name and its deed: ", 31, from Paisley, posted". */
    private static final int APPOSITIONS = 3;

    /**
     * Appositions between commas from token {@code i}, each an age (", 27,") or a phrase of origin
     * ({@code appositionStarts}: ", of Rockingham,", ", with an address at Glenthorn Park, Ballincollig,"), then a
     * perpetrator's deed ({@code deedsAfterAge}): "John Doe, 27, threatened", "John Doe, of Leeds, appeared in
     * court". A place after a phrase of origin may stand as an apposition of its own.
     */
    private boolean appositionThenDeed(Sentence s, int i) {
        int k = i;
        boolean origin = false;
        for (int n = 0; n < APPOSITIONS && k < s.size() && s.commaBefore(k); n++) {
            String word = s.words().get(k);
            boolean age = isAge(word);
            boolean startsOrigin = lexicon.appositionStarts().startsAt(s, k);
            if (!age && !startsOrigin && !(origin && capitalised(s, k))) {
                return false;
            }
            origin = startsOrigin || origin && !age;
            int next = nextComma(s, k + 1, k + APPOSITION_REACH);
            if (next < 0) {
                return false;
            }
            if (lexicon.deedsAfterAge().startsAt(s, next)) {
                return true;
            }
            k = next;
        }
        return false;
    }

    /** The first token after {@code from} with a comma before it, up to {@code limit}, or -1. */
    private static int nextComma(Sentence s, int from, int limit) {
        for (int k = from; k < s.size() && k <= limit; k++) {
            if (s.commaBefore(k)) {
                return k;
            }
        }
        return -1;
    }

    /** How far "identified" or "named" may stand before its "as": "identified under German privacy rules as". */
    private static final int NAMED_AS_REACH = 6;
    /** How far before "identified" or "named" the person may be said: "the defendants, aged 24 to 31 and identified". */
    private static final int PERSON_REACH = 8;

    /**
     * Where a name starts after the police's naming or arrest of someone, or a group's leader, at token {@code i}:
     * "identified the man as John Doe", "named as John Doe", "identified only as Karim B.", "officers arrested John
     * Doe" ({@code arrestsBefore}), "fighters loyal to John Doe" ({@code leadersBefore}); or -1.
     */
    private int namedAt(Sentence s, int i) {
        int arrest = Math.max(lexicon.arrestsBefore().lengthAt(s, i), lexicon.leadersBefore().lengthAt(s, i));
        if (arrest > 0) {
            return i + arrest < s.size() && capitalised(s, i + arrest) ? i + arrest : -1;
        }
        int named = lexicon.namedAs().lengthAt(s, i);
        if (named == 0) {
            return -1;
        }
        for (int k = i + named; k < s.size() - 1 && k <= i + named + NAMED_AS_REACH; k++) {
            if (s.words().get(k).equals("as")) {
                return capitalised(s, k + 1) && namesAPerson(s, i - PERSON_REACH, k) ? k + 1 : -1;
            }
            if (s.commaBefore(k) && k > i + named) {
                return -1; // "named the leader, who …": the "as" belongs to another clause
            }
        }
        return -1;
    }

    /**
     * Whether the words from {@code from} to {@code to} say the one named is a person ({@code personNouns}: "the
     * man", "him", "the sender", "a 20-year-old"): companies "named as Corvanta Lines" and a driver "identified as"
     * the man shot are not suspects.
     */
    private boolean namesAPerson(Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            String word = s.words().get(k);
            if (lexicon.personNouns().contains(word) || AGED.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the name from {@code from} to {@code to}, and the names listed after it ("Kerem A., Yusuf D. and Artem
     * S.", "Levan D., 34, Zurab M., 29, and"), each after a comma or "and" and an optional age; returns the end
     * of the last one.
     */
    private int addWithList(Sentence s, int from, int to, boolean[] taken, List<ShapedNames.Span> found) {
        found.add(new ShapedNames.Span(from, to, to - 1));
        int end = to;
        while (true) {
            int k = end;
            if (k < s.size() && s.commaBefore(k) && isAge(s.words().get(k))) {
                k++; // ", 34"
            }
            boolean separated = k < s.size() && s.commaBefore(k);
            if (k < s.size() && s.words().get(k).equals("and")) {
                separated = true;
                k++;
            }
            int next = separated && k < s.size() ? nameEnd(s, k, taken) : -1;
            if (next < 0) {
                return end;
            }
            found.add(new ShapedNames.Span(k, next, next - 1));
            end = next;
        }
    }

    /** Where the name after a role starts: right after it, or after an "of …" phrase and its comma. */
    private static int nameAfterRole(Sentence s, int after) {
        if (after + 1 < s.size() && AGED.matcher(s.words().get(after)).matches()) {
            after++; // "the main defendant, 26-year-old Yassin B."
        }
        if (after < s.size() && capitalised(s, after)) {
            return after;
        }
        if (after >= s.size() || !s.words().get(after).equals("of")) {
            return -1;
        }
        for (int k = after; k < s.size() && k <= after + ROLE_REACH; k++) {
            if (k > after && s.commaBefore(k)) {
                return capitalised(s, k) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The end of a name starting at {@code from}, or -1 when no name of two to four words starts there. After
     * the first word an initial may stand ("Dale R. Whitcomb", "Yanis M.", "Bilal E.H.", the way European
     * prosecutors name a suspect).
     */
    private int nameEnd(Sentence s, int from, boolean[] taken) {
        int to = from;
        while (to < s.size() && to - from < MAX_WORDS && (nameWord(s, to, taken) || to > from && initial(s, to))
                && (to == from || !s.commaBefore(to))) {
            to++;
        }
        return to - from >= MIN_WORDS ? to : -1;
    }

    /** An initial and its dot: "M." (the dot outside the token), "E.H." (inside it). */
    private static boolean initial(Sentence s, int token) {
        String printed = s.printed(token);
        boolean letters = INITIAL.matcher(printed).matches();
        int after = s.ends()[token];
        return letters && (printed.endsWith(".") || after < s.text().length() && s.text().charAt(after) == '.');
    }

    /** The start of a name ending just before {@code end} (an alias mark or a comma), or -1. */
    private int nameStart(Sentence s, int end, boolean[] taken) {
        int from = end;
        while (from > 0 && end - from < MAX_WORDS && (nameWord(s, from - 1, taken)
                || from > 1 && initial(s, from - 1) && nameWord(s, from - 2, taken))
                && (from == end || !s.commaBefore(from))) {
            from--;
        }
        return end - from >= MIN_WORDS ? from : -1;
    }

    private boolean nameWord(Sentence s, int token, boolean[] taken) {
        String word = s.words().get(token);
        return !taken[token] && capitalised(s, token) && !stopWords.contains(word)
                && !lexicon.titles().contains(word) && !places.cities().startsAt(s, token)
                && !places.countries().startsAt(s, token) && !places.regions().startsAt(s, token);
    }

    private static boolean capitalised(Sentence s, int token) {
        String printed = s.printed(token);
        return Character.isUpperCase(printed.charAt(0)) && printed.length() > 1
                && !printed.equals(printed.toUpperCase(Locale.ROOT));
    }
}
