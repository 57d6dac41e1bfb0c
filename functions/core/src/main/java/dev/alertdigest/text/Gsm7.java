package dev.alertdigest.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * SMS text in the GSM 03.38 7-bit alphabet, counted the way an SMS gateway counts it.
 *
 * <p>One character outside the alphabet turns the whole message into UCS-2 (70 characters a part instead
 * of 160), so alert text is normalised first: typographic quotes and dashes become ASCII, letters with
 * diacritics outside the alphabet lose them, anything else unknown becomes '?'. Characters of the
 * extension table ({@code ^ { } \ [ ~ ] | €}) are sent as an escape plus the character: two septets.
 */
public final class Gsm7 {

    /** Septets in one unsplit SMS. */
    public static final int SINGLE_MESSAGE = 160;

    private static final String BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";
    /** Septets of each character below U+0100 (0: not in the alphabet), so ASCII text needs no string search. */
    private static final byte[] LATIN1_SEPTETS = new byte[256];
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    static {
        for (char c : EXTENSION.toCharArray()) {
            if (c < 256) {
                LATIN1_SEPTETS[c] = 2;
            }
        }
        for (char c : BASIC.toCharArray()) {
            if (c < 256) {
                LATIN1_SEPTETS[c] = 1;
            }
        }
    }

    private Gsm7() {
    }

    /** Septets the text takes, or -1 if a character is not in the GSM-7 alphabet. */
    public static int septets(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            int septets = septets(text.charAt(i));
            if (septets == 0) {
                return -1;
            }
            count += septets;
        }
        return count;
    }

    /** 1 for a character of the basic table, 2 for one of the extension table, 0 for one of neither. */
    private static int septets(char c) {
        if (c < 256) {
            return LATIN1_SEPTETS[c];
        }
        return BASIC.indexOf(c) >= 0 ? 1 : EXTENSION.indexOf(c) >= 0 ? 2 : 0;
    }

    /** True when the text is pure GSM-7 and fits one message. */
    public static boolean fitsOneMessage(String text) {
        int septets = septets(text);
        return septets >= 0 && septets <= SINGLE_MESSAGE;
    }

    /** The text with typography normalised and every character in the GSM-7 alphabet, on one line. */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> "'";
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> "\"";
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
                case '\u2026' -> "...";
                case '\u00A0', '\u2002', '\u2003', '\u2009', '\u200A', '\u202F', '\t', '\n', '\r' -> " ";
                case '\u200B', '\u200C', '\u200D', '\uFEFF' -> "";
                default -> null;
            };
            if (replacement != null) {
                out.append(replacement);
            } else if (septets(c) > 0) {
                out.append(c);
            } else {
                String stripped = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
                        .replaceAll("");
                out.append(!stripped.isEmpty() && septets(stripped) >= 0 ? stripped : "?");
            }
        }
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    /**
     * The normalised text cut to at most {@code maxSeptets}, at a word boundary where one is near,
     * with "..." marking the cut.
     */
    public static String fit(String text, int maxSeptets) {
        String normal = normalise(text);
        if (septets(normal) <= maxSeptets) {
            return normal;
        }
        int budget = maxSeptets - 3;
        int used = 0;
        int end = 0;
        while (end < normal.length()) {
            int cost = septets(normal.charAt(end)) == 2 ? 2 : 1;
            if (used + cost > budget) {
                break;
            }
            used += cost;
            end++;
        }
        int space = normal.lastIndexOf(' ', end);
        if (space > end - 20 && space > 0) {
            end = space;
        }
        return normal.substring(0, end).stripTrailing() + "...";
    }
}
