package dev.alertdigest.text;

import java.util.regex.Pattern;

/**
 * Text for a one-line field that keeps its own characters: an email subject or a headline. SNS takes a subject of
 * UTF-8 text "with no line breaks or control characters, and less than 100 characters long"; an SMS, unlike it, is
 * folded to GSM-7 by {@link Gsm7}.
 */
public final class OneLine {

    /** Line breaks, tabs, other whitespace and control characters; zero-width marks are dropped apart. */
    private static final Pattern BREAKS = Pattern.compile("[\\s\\p{Cc}\\u00A0\\u2028\\u2029]+");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\uFEFF]");
    /** How far before the limit a cut may fall back to a space. */
    private static final int WORD_REACH = 30;

    private OneLine() {
    }

    /** Runs of whitespace and control characters (line breaks included) as one space, trimmed; null as "". */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        if (isOneLine(text)) {
            return text;
        }
        return BREAKS.matcher(ZERO_WIDTH.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    /**
     * At most {@code max} UTF-16 characters (so never more code points), cut at a space where one is near and
     * never inside a surrogate pair, "..." marking the cut.
     */
    public static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 3;
        int space = text.lastIndexOf(' ', end);
        if (space > end - WORD_REACH && space > 0) {
            end = space;
        }
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "...";
    }

    private static boolean isOneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ';
            if (space && (i == 0 || i == text.length() - 1 || text.charAt(i + 1) == ' ')
                    || !space && (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00A0'
                    || c == '\u2028' || c == '\u2029' || c == '\u200B' || c == '\u200C' || c == '\u200D'
                    || c == '\uFEFF')) {
                return false;
            }
        }
        return true;
    }
}
