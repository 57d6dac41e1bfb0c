package dev.alertdigest.assess;

import java.util.Map;

/**
 * The domain a text is written in when that is not the security world's: a match report, a takeover, a storm
 * forecast, a budget debate, a recipe, a game review, a product launch. Such texts borrow the security words for
 * their own ends ("late strike kills off Rovers' title hopes", "the target's board vows to fight", "a storm
 * threatening the coast", "a lava bomb cake"), often in sentences with no word of their domain, where the
 * sentence-level {@code otherSense} cannot see them. Over the whole text their domain shows: its words are many,
 * and the words that place a story among police, soldiers, victims and suspects are few.
 *
 * <p>A domain decides when its words, the headline's counted twice, reach {@code minWords} and outnumber the
 * security world's words by {@code overSecurity} times: strong cues outside idioms and fiction, and
 * {@code securityWorld} (police, suspects, wounded, embassy). A threat to a stadium or a bomb at a stock
 * exchange brings enough of those to stay a security story, however many fans or shares it names.
 */
final class OtherDomains {

    /** The domain that decided, with the counts behind it. */
    record Verdict(String domain, int domainWords, int securityWords) {

        /** Why the text is kind other, for the assessment's reasons. */
        String reason() {
            return "reads as " + domain + ": " + domainWords + " " + domain + " words against " + securityWords
                    + " security words, so kind other";
        }
    }

    private final ScoringProfile.OtherDomainSettings settings;
    private final SecurityCues cues;

    OtherDomains(ScoringProfile profile, SecurityCues cues) {
        this.settings = profile.otherDomains;
        this.cues = cues;
    }

    /** The other domain {@code text} is written in, or null when it may be a security story. */
    Verdict of(ArticleText text) {
        Verdict tally = tally(text);
        if (tally == null || tally.domainWords() < settings.minWords()
                || tally.domainWords() < settings.overSecurity() * tally.securityWords()) {
            return null;
        }
        return tally;
    }

    /**
     * Whether {@code text} is written in the security world's words: they reach {@code minWords} and outnumber
     * every other domain's by {@code overSecurity} times. Then a sentence whose weak security word stands beside
     * another domain's word ("threatened to attack the fans during the match") is the security story's, not
     * another sense of it.
     */
    boolean inSecurityWorld(ArticleText text) {
        Verdict tally = tally(text);
        return tally != null && tally.securityWords() >= settings.minWords()
                && tally.securityWords() >= settings.overSecurity() * tally.domainWords();
    }

    /** The domain with the most words in {@code text}, with the security world's count; null with no domains. */
    private Verdict tally(ArticleText text) {
        if (settings.domains().isEmpty()) {
            return null;
        }
        int security = 0;
        int[] counts = new int[settings.domains().size()];
        for (Sentence sentence : text.sentences()) {
            int weight = sentence.title() ? 2 : 1;
            security += weight * (cues.strongCount(sentence) + settings.securityWorld().count(sentence));
            int d = 0;
            for (PhraseLexicon domain : settings.domains().values()) {
                counts[d++] += weight * domain.count(sentence);
            }
        }
        int best = -1;
        int d = 0;
        for (Map.Entry<String, PhraseLexicon> domain : settings.domains().entrySet()) {
            if (best < 0 || counts[d] > counts[best]) {
                best = d;
            }
            d++;
        }
        return new Verdict(settings.domains().keySet().stream().skip(best).findFirst().orElseThrow(), counts[best],
                security);
    }
}
