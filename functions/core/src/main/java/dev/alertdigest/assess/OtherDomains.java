package dev.alertdigest.assess;

/**
 * The domain a text is written in when that is not the security world's: a match report, a takeover, a storm
 * forecast, a recipe, a game review, a product launch, a political debate. Such texts borrow the security words for
 * their own ends ("late strike kills off Rovers' title hopes", "the target's board vows to fight", "a storm
 * threatening the coast", "a lava bomb cake"), often in sentences with no word of their domain, where the
 * sentence-level {@code otherSense} cannot see them. Over the whole text their domain shows: its words are many,
 * and the words that place a story among police, soldiers, victims and suspects are few.
 *
 * <p>A domain decides when its words, the headline's counted twice, reach {@code minWords} and outnumber the
 * security world's words by {@code overSecurity} times: strong cues outside idioms and fiction, the groups of the
 * named table, and {@code securityWorld} (police, suspects, wounded, embassy). A threat to a stadium or a bomb at a
 * stock exchange brings enough of those to stay a security story, however many fans or shares it names. The
 * reverse: in a text whose security-world words outnumber every domain's so, the sentence-level other sense does
 * not win ({@link #inSecurityWorld}).
 *
 * <p>A quiet domain ({@code quietDomains}: politics) counts only in a text with no strong cue outside idioms and
 * fiction, or with at most {@code quietStrongMax}, each of them one of {@code figurativeCues} ("hostage", "bomb"),
 * and no word of {@code securityWorld}. Political violence is the security world's, and a speech after an
 * assassination or a campaign under bomb threats carries as many politics words as a debate; a debate's "attacks"
 * and "targets" come with none, and its metaphors ("holding the public hostage") with no police, victims or weapons.
 */
final class OtherDomains {

    /** The domain with the most words in a text, and the security world's words there. */
    record Tally(String domain, int domainWords, int securityWords) {

        /** Why the text is kind other when this domain decided it, for the assessment's reasons. */
        String reason() {
            return "reads as " + domain + ": " + domainWords + " " + domain + " words against " + securityWords
                    + " security words, so kind other";
        }
    }

    private final ScoringProfile.OtherDomainSettings settings;
    private final SecurityCues cues;
    private final PhraseLexicon namedGroups;
    private final java.util.Set<String> ambiguousShortAliases;

    OtherDomains(ScoringProfile profile, SecurityCues cues) {
        this.settings = profile.otherDomains;
        this.cues = cues;
        this.namedGroups = profile.actors.named();
        this.ambiguousShortAliases = profile.actors.ambiguousShortAliases();
    }

    /** Whether the text of {@code tally} is written in its other domain (false for null: no domains). */
    boolean decides(Tally tally) {
        return tally != null && tally.domainWords() >= settings.minWords()
                && tally.domainWords() >= settings.overSecurity() * tally.securityWords();
    }

    /**
     * Whether the text of {@code tally} is written in the security world's words: they reach {@code minWords} and
     * outnumber every other domain's by {@code overSecurity} times. Then a sentence whose weak security word stands
     * beside another domain's word ("threats, attacks and killings of candidates" before an election) is the
     * security story's, not another sense of it.
     */
    boolean inSecurityWorld(Tally tally) {
        return tally != null && tally.securityWords() >= settings.minWords()
                && tally.securityWords() >= settings.overSecurity() * tally.domainWords();
    }

    /** How many groups of the named table {@code sentence} names (short aliases only where printed as names). */
    int namedGroups(ArticleText text, Sentence sentence) {
        int n = 0;
        for (PhraseLexicon.Match m : namedGroups.find(sentence)) {
            if (!ActorRecognizer.isAmbiguousShortForm(m, text.upperCase(), ambiguousShortAliases)) {
                n++;
            }
        }
        return n;
    }

    /** The words of {@code text}'s most present domain and of the security world; null with no domains. */
    Tally tally(ArticleText text) {
        if (settings.domains().isEmpty()) {
            return null;
        }
        int security = 0;
        int strong = 0;
        int world = 0;
        boolean literal = false;
        int[] counts = new int[settings.domains().size()];
        for (Sentence sentence : text.sentences()) {
            int weight = sentence.title() ? 2 : 1;
            // a group of the named table is the security world's as a strong cue is ("Boko Haram threatens to attack
            // polling units")
            int groups = namedGroups(text, sentence);
            int strongHere = cues.strongCount(sentence) + groups;
            strong += strongHere;
            // "murdered" or a named group is the security world's in any text; "hostage" and "bomb" may be a figure
            literal |= groups > 0 || strongHere > settings.figurativeCues().count(sentence);
            int worldHere = settings.securityWorld().count(sentence);
            world += worldHere;
            security += weight * (strongHere + worldHere);
            int d = 0;
            for (PhraseLexicon domain : settings.domains().values()) {
                counts[d++] += weight * domain.count(sentence);
            }
        }
        String best = null;
        int bestWords = -1;
        int d = 0;
        for (String domain : settings.domains().keySet()) {
            // a quiet domain's words do not count against a text with a strong cue, either way, unless its strong
            // cues are a few and nothing else in it is the security world's: a debate's "holding the public
            // hostage" and "bombed into changing course" come without police, victims or weapons
            boolean heard = strong == 0 || !settings.quietDomains().contains(domain)
                    || strong <= settings.quietStrongMax() && world == 0 && !literal;
            if (heard && counts[d] > bestWords) {
                best = domain;
                bestWords = counts[d];
            }
            d++;
        }
        return new Tally(best, bestWords, security);
    }
}
