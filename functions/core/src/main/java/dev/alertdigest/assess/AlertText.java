package dev.alertdigest.assess;

import dev.alertdigest.text.Gsm7;
import java.util.List;

/**
 * The alert's short texts: the headline (an email subject) and the one-line SMS, both cut with
 * {@link Gsm7} so every character is counted the way a gateway counts it.
 */
final class AlertText {

    static final int HEADLINE_MAX = 100;

    private AlertText() {
    }

    /** The article's title, or its first sentence when it has none, in at most 100 characters. */
    static String headline(String title, List<String> summary) {
        String base = !title.isBlank() ? title : summary.isEmpty() ? "" : summary.getFirst();
        return Gsm7.fit(base, HEADLINE_MAX);
    }

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
