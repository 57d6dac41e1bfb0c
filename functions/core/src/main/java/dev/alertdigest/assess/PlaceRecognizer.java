package dev.alertdigest.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the places an article names, most specific first: sub-sites (a named gate), named sites
 * ("Hamid Karzai International Airport", "Kabul airport"), cities, then regions and countries.
 *
 * <p>Cities, regions (states, provinces, "the Sahel") and countries come from the profile's gazetteer; sites are
 * recognised by shape, capitalised name words before a site noun ("… International Airport", "Sheraton Hotel"), or
 * a known city before it ("Kabul airport", "Kabul's international airport"), which stays recognisable in upper-case
 * wire copy. The level of a place is its TARGET scale: 0 country or region, 1 city, 2 named site, 3 sub-site.
 *
 * <p>Not every place named is a place threatened: a dateline ("OTTAWA –") names where the report comes from, and
 * "the attacks carried out in Paris in November 2015" where an old attack was. {@link Places#targets()} leaves
 * out the places named only so.
 */
final class PlaceRecognizer {

    private static final Set<String> SITE_ADJECTIVES = Set.of("international", "main", "central", "old", "new",
            "national", "military", "grand", "city", "regional", "municipal");
    private static final Set<String> NAME_STOP = Set.of("the", "a", "an", "of", "and", "in", "at", "to", "on",
            "for", "from", "by", "with", "near", "outside", "inside", "this", "that", "its", "their", "his", "her");

    /**
     * The places an article names, most specific first, and those of them it names as where a threat may
     * strike: not only in a dateline or as the place of a past event.
     */
    record Places(List<Mention> named, List<Mention> targets) {
    }

    private final ScoringProfile.PlaceLexicon lexicon;
    private final PastReferences past;
    private final java.util.Set<String> reportingNouns;

    PlaceRecognizer(ScoringProfile profile) {
        this.lexicon = profile.places;
        this.past = new PastReferences(profile);
        this.reportingNouns = profile.times.reportingNouns();
    }

    /**
     * Places, most specific first, the most mentioned first within a level; {@code publishedYear} (0 when
     * unknown) tells a past year from a coming one.
     */
    Places recognise(ArticleText text, String dateline, int publishedYear) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        java.util.Set<String> datelineCities = new java.util.HashSet<>();
        boolean cityAtRisk = false;
        for (Sentence sentence : text.sentences()) {
            boolean[] taken = new boolean[sentence.size()];
            PastReferences.Lookback look = past.lookback(sentence);
            cityAtRisk |= namesTheCityAtRisk(sentence, look, publishedYear);
            if (!text.upperCase() && !sentence.mostlyCapitalised()) {
                // not in a line set in title case: "The Best Hotel Travel Hacks" is a heading, no hotel
                findLeadingSites(sentence, taken, tallies, look, publishedYear);
            }
            findSites(text, sentence, taken, tallies, look, publishedYear);
            List<PhraseLexicon.Match> known = new ArrayList<>();
            for (PhraseLexicon.Match m : lexicon.cities().find(sentence)) {
                if (!taken[m.from()] && properNoun(text, sentence, m.from())) {
                    if (datelineOpener(sentence, m.from(), m.to())) {
                        datelineCities.add(m.value());
                    }
                    known.add(m);
                    tally(tallies, m.value(), 1, sentence, m.evidence(), !issuersCity(sentence, m.from())
                            && threatened(sentence, look, m.from(), m.to(), publishedYear));
                }
            }
            // the longer name wins: "New Mexico" is no mention of Mexico, "South Africa" none of Africa
            List<PhraseLexicon.Match> countries = lexicon.countries().find(sentence);
            for (PhraseLexicon.Match m : lexicon.regions().find(sentence)) {
                if (!taken[m.from()] && properNoun(text, sentence, m.from()) && !withinLonger(m, countries)) {
                    known.add(m);
                    mark(taken, m.from(), m.to());
                    tally(tallies, m.value(), 0, sentence, m.evidence(), threatened(sentence, look, m.from(),
                            m.to(), publishedYear));
                }
            }
            for (PhraseLexicon.Match m : countries) {
                if (!taken[m.from()] && properNoun(text, sentence, m.from())) {
                    known.add(m);
                    tally(tallies, m.value(), 0, sentence, m.evidence(), threatened(sentence, look, m.from(),
                            m.to(), publishedYear));
                }
            }
            if (!text.upperCase() && !(sentence.title() && sentence.mostlyCapitalised())) {
                for (PhraseLexicon.Match m : known) {
                    mark(taken, m.from(), m.to());
                }
                for (PhraseLexicon.Match m : known) {
                    findLocated(sentence, m, taken, tallies, look, publishedYear);
                }
                if (sentence.security()) { // a "City" names many a thing: "Music City", "Cloud City", "Expo City"
                    findCityShapes(sentence, taken, tallies, look, publishedYear);
                }
            }
        }
        if (dateline != null && !dateline.isBlank()) {
            Sentence line = ArticleText.tokenize(0, dateline, false);
            for (PhraseLexicon.Match m : lexicon.cities().find(line)) {
                datelineCities.add(m.value());
                tally(tallies, m.value(), 1, line, dateline, false);
            }
        }
        // "BENGALURU (PTI) — … planning an attack on a bus terminus in the city": the city is the dateline's
        if (cityAtRisk) {
            for (String city : datelineCities) {
                tallies.get(city.toLowerCase(Locale.ROOT)).threatened = true;
            }
        }
        // a city or region implies its country, listed after what the text names itself
        List<String> named = tallies.values().stream().map(t -> t.name).toList();
        for (String place : named) {
            String country = lexicon.countryOfPlace().get(place);
            if (country != null && !tallies.containsKey(country.toLowerCase(Locale.ROOT))) {
                Tally t = new Tally(country, 0, Integer.MAX_VALUE);
                tallies.put(country.toLowerCase(Locale.ROOT), t);
            }
        }
        List<Mention> places = new ArrayList<>();
        List<Mention> targets = new ArrayList<>();
        for (Tally t : tallies.values()) {
            int level = t.subSiteMentioned ? 3 : t.level;
            Mention mention = new Mention(t.name, level, t.count, t.first, t.count, t.evidence, t.sentences);
            places.add(mention);
            if (t.threatened) {
                targets.add(mention);
            }
        }
        Comparator<Mention> specificFirst = Comparator.comparingInt(Mention::level).reversed()
                .thenComparing(Comparator.comparingInt(Mention::count).reversed())
                .thenComparingInt(Mention::first);
        places.sort(specificFirst);
        targets.sort(specificFirst);
        return new Places(places, targets);
    }

    /**
     * Whether the place at tokens {@code from}..{@code to} is named as a place at risk: not as a dateline
     * opening the story and not in a look back at a past event (see {@link PastReferences}).
     */
    private static boolean threatened(Sentence sentence, PastReferences.Lookback look, int from, int to,
                                      int publishedYear) {
        return !datelineOpener(sentence, from, to) && !PastReferences.datedBefore(sentence, to, publishedYear)
                && !look.covers(from) && !byline(sentence);
    }

    /**
     * "By Rami Haddad and Noa Levin BEIRUT / TEL AVIV": a line that opens with "By" and holds nothing but
     * capitalised names names the writers and their desks, not where a threat may strike.
     */
    static boolean byline(Sentence sentence) {
        if (sentence.title() || sentence.size() < 2 || sentence.size() > BYLINE_WORDS
                || !sentence.words().getFirst().equals("by")) {
            return false;
        }
        for (int i = 1; i < sentence.size(); i++) {
            if (!sentence.words().get(i).equals("and") && !Character.isUpperCase(sentence.printed(i).charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The longest byline line: a few writers and their desks' cities. */
    private static final int BYLINE_WORDS = 16;

    /** "OTTAWA – The report …", "KABUL, Afghanistan (Reuters) -": a place that opens a body line before a dash. */
    private static boolean datelineOpener(Sentence sentence, int from, int to) {
        return !sentence.title() && from <= 1
                && DATELINE_TAIL.matcher(sentence.text().substring(sentence.ends()[to - 1])).lookingAt();
    }

    /**
     * After a dateline's place: a region or country, a date ("CANBERRA, Feb 26 (AAP) -", "NAIROBI, 3 March"), an
     * agency in brackets, then the dash.
     */
    private static final java.util.regex.Pattern DATELINE_TAIL = java.util.regex.Pattern.compile(
            "\\s*(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?"
            + "(?:,?\\s*(?:\\p{Lu}\\p{L}{2,8}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{Lu}\\p{L}{2,8}\\.?)(?:,?\\s+\\d{4})?)?"
            + "\\s*(?:\\([^)]{1,40}\\)\\s*)?[-–—]");

    private void findSites(ArticleText text, Sentence sentence, boolean[] taken, Map<String, Tally> tallies,
                           PastReferences.Lookback look, int publishedYear) {
        List<String> words = sentence.words();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            boolean subSite = lexicon.subSiteWords().matchesWordAt(sentence, i);
            if (taken[i] || !subSite && !lexicon.siteHeads().contains(word)
                    || i + 1 < words.size() && OFFICE_AFTER_HEAD.contains(words.get(i + 1))
                    || agencyNamed(sentence, i)) {
                continue; // "U.S. District Judge": an office, no place; "Government Centre for Security": an agency
            }
            // "Omagh's Market Street": the longer name, whose head comes next, wins over "Omagh's Market"
            if (!text.upperCase() && i + 1 < words.size() && lexicon.siteHeads().contains(words.get(i + 1))
                    && Character.isUpperCase(sentence.printed(i + 1).charAt(0)) && spaceOnlyBefore(sentence, i + 1)) {
                continue;
            }
            // "Kabul airport", "Kabul's international airport": a known city, then adjectives, then the noun, with
            // no punctuation between but the possessive ("Omagh, Main Street" is no "Omagh street")
            int j = i - 1;
            while (j > 0 && SITE_ADJECTIVES.contains(words.get(j)) && spaceOnlyBefore(sentence, j + 1)) {
                j--;
            }
            String city = possessiveOrSpaceBefore(sentence, j + 1) ? cityEndingAt(sentence, j) : null;
            if (city != null && !subSite) {
                int start = j - city.split(" ").length + 1;
                mark(taken, start, i + 1);
                if (issuer(sentence, start, i)) {
                    continue;
                }
                tally(tallies, city + " " + word, 2, sentence, sentence.evidence(j, i + 1),
                        threatened(sentence, look, start, i + 1, publishedYear));
                continue;
            }
            if (!subSite && namedBeforeLowercaseHead(text, sentence, i, taken)) {
                // "at the Parken stadium", "outside the Bataclan theatre": a name the gazetteer lacks, after "the"
                mark(taken, i - 1, i + 1);
                if (!issuer(sentence, i - 1, i)) {
                    tally(tallies, sentence.span(i - 1, i + 1), 2, sentence, sentence.evidence(i - 1, i + 1),
                            threatened(sentence, look, i - 1, i + 1, publishedYear));
                }
                continue;
            }
            if (!subSite && DIPLOMATIC_HEADS.contains(word) && lexicon.demonyms().matchesWordAt(sentence, i - 1)
                    && !taken[i - 1] && spaceOnlyBefore(sentence, i)) {
                // "the Israeli embassy in The Hague": a nation has one embassy in a city, so it is a named site
                mark(taken, i - 1, i + 1);
                if (!issuer(sentence, i - 1, i)) {
                    tally(tallies, sentence.span(i - 1, i + 1), 2, sentence, sentence.evidence(i - 1, i + 1),
                            threatened(sentence, look, i - 1, i + 1, publishedYear));
                }
                continue;
            }
            if (text.upperCase() || !Character.isUpperCase(sentence.printed(i).charAt(0))
                    || sentence.title() && sentence.mostlyCapitalised()) {
                continue; // in capitals or a title-case headline ("Boko Haram's Plan Hotel") any word looks like a name
            }
            // "Hamid Karzai International Airport": capitalised name words before a capitalised site noun, with
            // nothing but spaces between them: "Omagh, Main Street" is a town and a street, "Omagh's Market Street"
            // a street in a town, "Goal Scorer / Striker / Centre" a menu
            int from = i;
            while (from > 0 && from > i - 5 && isCapitalisedName(sentence, from - 1)
                    && spaceOnlyBefore(sentence, from)) {
                from--;
            }
            if (from == i || from == 0 && from == i - 1 && NAME_STOP.contains(words.getFirst())) {
                continue;
            }
            String name = sentence.span(from, i + 1);
            mark(taken, from, i + 1);
            if (issuer(sentence, from, i)) {
                continue;
            }
            tally(tallies, name, subSite ? 3 : 2, sentence, sentence.evidence(from, i + 1),
                    threatened(sentence, look, from, i + 1, publishedYear));
        }
        // an unnamed part of a named site ("the gates of the airport") makes the site a sub-site target
        if (lexicon.subSiteWords().matches(sentence)) {
            for (Tally t : tallies.values()) {
                if (t.level == 2 && t.sentences.contains(sentence.index())) {
                    t.subSiteMentioned = true;
                }
            }
        }
    }

    /**
     * A security sentence that names "the city" (or "the capital") as a place of the threat, not in a look back at
     * a past event: in wire copy the city is the dateline's.
     */
    private static boolean namesTheCityAtRisk(Sentence sentence, PastReferences.Lookback look, int publishedYear) {
        if (!sentence.security() || sentence.title()) {
            return false;
        }
        List<String> words = sentence.words();
        for (int k = 0; k + 1 < words.size(); k++) {
            if (words.get(k).equals("the") && (words.get(k + 1).equals("city") || words.get(k + 1).equals("capital"))
                    && (k + 2 == words.size() || !words.get(k + 2).equals("of"))
                    && threatened(sentence, look, k, k + 2, publishedYear)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A site whose noun comes first, as many languages and hotels name them: "Hotel Yibi", "Estadio Monumental
     * Sur", "Plaza de Mayo", "Camp Bastion". A capitalised {@code leadingSiteHeads} word, then one to three
     * capitalised name words (a "de", "del", "la" between them), with only spaces between.
     */
    private void findLeadingSites(Sentence sentence, boolean[] taken, Map<String, Tally> tallies,
                                  PastReferences.Lookback look, int publishedYear) {
        List<String> words = sentence.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (taken[i] || !lexicon.leadingSiteHeads().contains(words.get(i))
                    || !Character.isUpperCase(sentence.printed(i).charAt(0))
                    || lexicon.cities().startsAt(sentence, i) || lexicon.regions().startsAt(sentence, i)) {
                continue; // "Fort Worth" is a city
            }
            int to = i + 1;
            int names = 0;
            while (to < words.size() && names < MAX_LOCATED_WORDS && spaceOnlyBefore(sentence, to)) {
                if (isLocatedNameWord(sentence, to) && !lexicon.siteHeads().contains(words.get(to))) {
                    names++;
                    to++;
                } else if (NAME_CONNECTORS.contains(words.get(to)) && to + 1 < words.size()
                        && isLocatedNameWord(sentence, to + 1) && spaceOnlyBefore(sentence, to + 1)) {
                    to++;
                } else {
                    break;
                }
            }
            if (names == 0) {
                continue;
            }
            mark(taken, i, to);
            tally(tallies, sentence.span(i, to), 2, sentence, sentence.evidence(i, to),
                    threatened(sentence, look, i, to, publishedYear));
            i = to - 1;
        }
    }

    /** Sites a nation has one of in a city, so that its adjective names one: "the Israeli embassy". */
    private static final Set<String> DIPLOMATIC_HEADS = Set.of("embassy", "consulate");

    /** Words after a site noun that make it part of an office's title ("U.S. District Judge"). */
    private static final Set<String> OFFICE_AFTER_HEAD = Set.of("judge", "judges");

    /** Heads that name an agency or institute when "for" and a capitalised word follow: "Centre for Security". */
    private static final Set<String> AGENCY_HEADS = Set.of("centre", "center", "office");

    /** "the Government Centre for Security", "the Office for National Statistics": an agency, no place. */
    private static boolean agencyNamed(Sentence s, int head) {
        return AGENCY_HEADS.contains(s.words().get(head)) && head + 2 < s.size() && s.words().get(head + 1).equals("for")
                && Character.isUpperCase(s.printed(head + 2).charAt(0)) && !s.mostlyCapitalised();
    }

    /** Words that may join the name words of a site named noun first ("Plaza de Mayo"). */
    private static final Set<String> NAME_CONNECTORS = Set.of("de", "del", "la", "des", "du", "di", "da", "do");

    /**
     * A town the gazetteer does not know, located by the known place after it: "in Halle, Germany", "near Kuta,
     * Bali", "outside Omagh, County Tyrone". One to three capitalised name words after a {@code locatingWords}
     * word ("in", "near"), a comma, then the known place {@code known}; a city (level 1). Normal case only:
     * in capitals any word looks like a name. Month and day names ("in March, France …") are never towns.
     */
    private void findLocated(Sentence sentence, PhraseLexicon.Match known, boolean[] taken, Map<String, Tally> tallies,
                             PastReferences.Lookback look, int publishedYear) {
        int end = known.from(); // the name ends before the comma that stands before the known place
        if (end < 2 || !sentence.commaBefore(end)
                || !sentence.text().substring(sentence.ends()[end - 1], sentence.starts()[end]).strip().equals(",")) {
            return;
        }
        int from = end;
        while (from > 0 && end - from < MAX_LOCATED_WORDS && !taken[from - 1] && isLocatedNameWord(sentence, from - 1)
                && (from == end || spaceOnlyBefore(sentence, from))) {
            from--;
        }
        if (from == end || from == 0 || !lexicon.locatingWords().contains(sentence.words().get(from - 1))
                || !spaceOnlyBefore(sentence, from)) {
            return;
        }
        mark(taken, from, end);
        tally(tallies, sentence.span(from, end), 1, sentence, sentence.evidence(from, known.to()),
                threatened(sentence, look, from, end, publishedYear));
    }

    private static final int MAX_LOCATED_WORDS = 3;

    /**
     * A city the gazetteer does not know, named with its word "City" in a sentence about the threat: "Makati
     * City", "Pasig City". One or two capitalised name words before a capitalised "City", none a known place
     * ("Manchester City" stays Manchester, "Mexico City" is in the gazetteer).
     */
    private void findCityShapes(Sentence sentence, boolean[] taken, Map<String, Tally> tallies,
                                PastReferences.Lookback look, int publishedYear) {
        List<String> words = sentence.words();
        for (int k = 1; k < words.size(); k++) {
            if (taken[k] || !words.get(k).equals("city") || !sentence.printed(k).equals("City")) {
                continue;
            }
            int from = k;
            while (from > 0 && k - from < 2 && !taken[from - 1] && isLocatedNameWord(sentence, from - 1)
                    && spaceOnlyBefore(sentence, from)) {
                from--;
            }
            if (from < k) {
                mark(taken, from, k + 1);
                tally(tallies, sentence.span(from, k + 1), 1, sentence, sentence.evidence(from, k + 1),
                        threatened(sentence, look, from, k + 1, publishedYear));
            }
        }
    }

    private boolean isLocatedNameWord(Sentence sentence, int token) {
        String printed = sentence.printed(token);
        String word = sentence.words().get(token);
        return Character.isUpperCase(printed.charAt(0)) && Character.isLetter(printed.charAt(printed.length() - 1))
                && !NAME_STOP.contains(word) && !lexicon.notPlaceNames().contains(word)
                && !lexicon.demonyms().matchesWordAt(sentence, token);
    }

    /**
     * Whether the site named by tokens {@code from}..{@code head} is where an alert comes from rather than what it
     * is about: an embassy, consulate, ministry or office ({@code issuerSites}) that no word just before it
     * makes a target ({@code targetedBy}: "an attack on", "targeting", "outside"; not across a comma: "meaning an
     * attack is likely, the Home Office confirmed"), or an agency by its name ({@code agencyWords}: the "Federal
     * Criminal Police Office", the "Joint Terrorism Analysis Centre").
     */
    private boolean issuer(Sentence sentence, int from, int head) {
        List<String> words = sentence.words();
        for (int k = from; k < head; k++) {
            if (lexicon.agencyWords().contains(words.get(k))) {
                return true;
            }
        }
        if (!lexicon.issuerSites().contains(words.get(head))) {
            return false;
        }
        for (int k = from - 1; k >= 0 && k >= from - TARGETED_REACH && !sentence.commaBefore(k + 1); k--) {
            if (lexicon.targetedBy().contains(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the city at token {@code from} is where an issuer sits: "the U.S. Embassy in Manila has received
     * information …", "U.S. Embassy Manila warns …": where the alert comes from, not where the threat is, unless
     * an attack is aimed at the issuer ("an attack on the embassy in Manila").
     */
    private boolean issuersCity(Sentence sentence, int from) {
        List<String> words = sentence.words();
        int issuer = from >= 2 && words.get(from - 1).equals("in") ? from - 2 : from - 1;
        return issuer >= 0 && lexicon.issuerSites().contains(words.get(issuer)) && issuer(sentence, issuer, issuer)
                || reportersCity(words, from);
    }

    /**
     * "told reporters in Kabul", "a news conference in Islamabad", "delivering his annual threat assessment in
     * Canberra": where a report was made (a {@code place.speakingWords} word or a {@code time.reportingNouns} noun up to
     * {@value #REPORTED_REACH} words before "in" and the city), as a time after a report is the report's. Not
     * "reported": "explosions were reported in Kabul" is where they went off.
     */
    private boolean reportersCity(List<String> words, int from) {
        if (from < 2 || !words.get(from - 1).equals("in")) {
            return false;
        }
        for (int k = from - 2; k >= 0 && k >= from - 1 - REPORTED_REACH; k--) {
            String w = words.get(k);
            if (reportingNouns.contains(w) || lexicon.speakingWords().contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final int REPORTED_REACH = 5;

    /** How many words before a site a word that makes it a target may stand ("an attack on the U.S. embassy"). */
    private static final int TARGETED_REACH = 4;

    /**
     * "the Parken stadium": "the", one capitalised word and the site noun printed in lower case, in normal case,
     * with only spaces between. Not a month, a weekday, a feast or an institution ({@code notPlaceNames}: "the
     * Christmas market", "the Sunday market"), a demonym ("the Israeli embassy" is the diplomatic rule's) or a place
     * the gazetteer knows, and not an issuer's office ("the Home Office").
     */
    private boolean namedBeforeLowercaseHead(ArticleText text, Sentence sentence, int head, boolean[] taken) {
        int name = head - 1;
        if (text.upperCase() || name < 2 || taken[name] || !sentence.words().get(name - 1).equals("the")
                || !Character.isLowerCase(sentence.printed(head).charAt(0))
                || !Character.isUpperCase(sentence.printed(name).charAt(0))
                || !spaceOnlyBefore(sentence, head) || !spaceOnlyBefore(sentence, name)
                || lexicon.issuerSites().contains(sentence.words().get(head))) {
            return false;
        }
        String word = sentence.words().get(name);
        if (java.util.Arrays.stream(word.split("-")).allMatch(part -> lexicon.demonyms().matchesWord(part))) {
            return false; // "the Portuguese-Spanish hotel", "the Iraqi-Syrian zone"
        }
        return !lexicon.notPlaceNames().contains(word)
                && !lexicon.countries().matchesWordAt(sentence, name) && !lexicon.regions().matchesWordAt(sentence, name)
                && !lexicon.cities().matchesWordAt(sentence, name);
    }

    private String cityEndingAt(Sentence sentence, int end) {
        for (int length = 3; length >= 1; length--) {
            int from = end - length + 1;
            if (from < 0) {
                continue;
            }
            Sentence piece = ArticleText.tokenize(0, String.join(" ", sentence.words().subList(from, end + 1)), false);
            List<PhraseLexicon.Match> m = lexicon.cities().find(piece);
            if (m.size() == 1 && m.getFirst().from() == 0 && m.getFirst().to() == piece.size()) {
                return m.getFirst().value();
            }
        }
        return null;
    }

    private static boolean isCapitalisedName(Sentence sentence, int token) {
        String printed = sentence.printed(token);
        return Character.isUpperCase(printed.charAt(0)) && !NAME_STOP.contains(sentence.words().get(token))
                || sentence.words().get(token).equals("of") && token > 0
                && Character.isUpperCase(sentence.printed(token - 1).charAt(0));
    }

    /** Whether only spaces stand between token {@code token - 1} and token {@code token}. */
    private static boolean spaceOnlyBefore(Sentence sentence, int token) {
        return sentence.text().substring(sentence.ends()[token - 1], sentence.starts()[token]).isBlank();
    }

    /** Whether only spaces, after a possessive or not, stand between token {@code token - 1} and {@code token}. */
    private static boolean possessiveOrSpaceBefore(Sentence sentence, int token) {
        String gap = sentence.text().substring(sentence.ends()[token - 1], sentence.starts()[token]);
        return gap.isBlank() || POSSESSIVE_GAP.matcher(gap).matches();
    }

    private static final java.util.regex.Pattern POSSESSIVE_GAP = java.util.regex.Pattern.compile("['\u2019][sS]\\s+");

    /** In normal text a gazetteer name must be capitalised ("Chad" the country, not "chad"). */
    private static boolean properNoun(ArticleText text, Sentence sentence, int token) {
        return text.upperCase() || Character.isUpperCase(sentence.printed(token).charAt(0));
    }

    /** Whether {@code m} lies inside one of {@code others} at least as long. */
    private static boolean withinLonger(PhraseLexicon.Match m, List<PhraseLexicon.Match> others) {
        for (PhraseLexicon.Match o : others) {
            if (o.from() <= m.from() && m.to() <= o.to() && o.to() - o.from() >= m.to() - m.from()) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            taken[i] = true;
        }
    }

    private void tally(Map<String, Tally> tallies, String name, int level, Sentence sentence, String evidence,
                       boolean threatened) {
        String key = name.toLowerCase(Locale.ROOT);
        Tally t = tallies.computeIfAbsent(key, k -> new Tally(name, level, sentence.index()));
        t.count++;
        t.threatened |= threatened;
        t.sentences.add(sentence.index());
        if (t.evidence.size() < 3) {
            t.evidence.add(evidence);
        }
    }

    private static final class Tally {
        final String name;
        final int level;
        final int first;
        final List<String> evidence = new ArrayList<>(3);
        final java.util.Set<Integer> sentences = new java.util.HashSet<>();
        int count;
        boolean subSiteMentioned;
        boolean threatened;

        Tally(String name, int level, int first) {
            this.name = name;
            this.level = level;
            this.first = first;
        }
    }
}
