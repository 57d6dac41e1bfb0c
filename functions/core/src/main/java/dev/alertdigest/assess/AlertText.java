package dev.alertdigest.assess;

import dev.alertdigest.article.Article;
import dev.alertdigest.text.Gsm7;
import dev.alertdigest.text.OneLine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alert's short texts: the headline (an email subject) and the one-line SMS, both cut with
 * {@link Gsm7} so every character is counted the way a gateway counts it.
 */
final class AlertText {

    static final int HEADLINE_MAX = 100;
    /** What may follow a dateline's place: a date, an outlet in parentheses, then its dash. */
    private static final Pattern DATELINE_TAIL =
            // a hyphen needs a space before it ("Kabul -", not "Kabul-based"); en and em dashes need none
            Pattern.compile("(?:,[^,()\\-–—]{1,30})?(?:\\s*\\([^()]{2,60}\\))?"
                    + "(?:\\s+-+|\\s*[–—]+|(?<=\\(\\p{Lu}{2,5}\\)))\\s*");

    private AlertText() {
    }

    /**
     * The article's title, or its first sentence when it has none, on one line in at most 100 characters. It keeps
     * its own alphabet ("Απειλή βόμβας", "Bogotá"): an email subject is UTF-8; only the SMS is folded to GSM-7.
     */
    static String headline(String title, List<String> summary) {
        String base = !title.isBlank() ? title : summary.isEmpty() ? "" : summary.getFirst();
        return OneLine.clip(OneLine.of(base), HEADLINE_MAX);
    }

    /**
     * The sentence without the dateline it opens with, when it is the article's first sentence and the extractor
     * found a dateline there: "Kabul (Washington Insider Magazine) -U.S. officials are..." reads "U.S. officials
     * are..." in a summary, where the place and the outlet are shown anyway. The body keeps it as printed.
     */
    static String withoutDateline(String sentence, Article article) {
        String dateline = article.dateline();
        if (dateline == null || dateline.isBlank() || !article.text().stripLeading().startsWith(sentence.strip())
                || !sentence.regionMatches(true, 0, dateline, 0, dateline.length())) {
            return sentence;
        }
        // after the place: an optional ", Aug 25" and "(Outlet)", then the dash that ends every dateline
        Matcher tail = DATELINE_TAIL.matcher(sentence).region(dateline.length(), sentence.length());
        return tail.lookingAt() && tail.end() < sentence.length() ? sentence.substring(tail.end()) : sentence;
    }

    /**
     * The sentence without a form's label or a live blog's time stamp before it: "Event: The U.S. Embassy has
     * received information …" and "19:42 - Police have sealed off the station" read from their second word in a
     * summary. A label is one or two words, the first capitalised, and a colon ("Police said:" is no label); what
     * follows must start a sentence.
     */
    static String withoutLabel(String sentence) {
        int label = labelLength(sentence);
        return sentence.substring(label);
    }

    /** How many characters a form's label or a time stamp takes at the start of {@code sentence}: 0 for none. */
    static int labelLength(String sentence) {
        Matcher label = LABEL.matcher(sentence);
        return label.lookingAt() && label.end() < sentence.length() ? label.end() : 0;
    }

    private static final Pattern LABEL = Pattern.compile(
            "(?:\\p{Lu}\\p{Ll}+(?: (?!(?:said|says|told|added|warned|stated|wrote)\\b)\\p{Ll}+)?:"
                    + "|\\d{1,2}[:.]\\d{2}(?:\\s*(?:GMT|BST|CET|EST|ET|UTC))?\\s*[-–—|])\\s+(?=[\\p{Lu}\\d])");

    /**
     * "SPECIFIC 64 ISIS-K @ Kabul airport: headline…" in one GSM-7 message: tier and score first so a
     * reader triages from the lock screen, then who and where, then as much of the headline as fits.
     */
    static String sms(Tier tier, int score, List<String> actors, List<String> places, String headline,
                      boolean allClear) {
        StringBuilder prefix = new StringBuilder();
        prefix.append(allClear ? "ALL CLEAR " : "").append(tier.name()).append(' ').append(score);
        if (!actors.isEmpty()) {
            prefix.append(' ').append(actors.getFirst());
        }
        if (!places.isEmpty()) {
            prefix.append(" @ ").append(places.getFirst());
        }
        String head = Gsm7.fit(prefix.toString(), 80);
        int room = Gsm7.SINGLE_MESSAGE - Gsm7.septets(head) - 2;
        String body = headline.isBlank() || room < 10 ? "" : ": " + Gsm7.fit(headline, room);
        String line = head + body;
        return Gsm7.fitsOneMessage(line) ? line : Gsm7.fit(line, Gsm7.SINGLE_MESSAGE);
    }
}
