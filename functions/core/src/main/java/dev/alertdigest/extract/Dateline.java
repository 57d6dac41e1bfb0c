package dev.alertdigest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a news story: "Kabul (Washington Insider Magazine) -U.S. officials ...",
 * "WASHINGTON (Reuters) - ...", "NEW YORK, Aug 25 (AP) — ...", "LONDON — ...".
 * The body keeps the dateline as printed (it is part of the story's first sentence as the outlet wrote it);
 * these fields only name its parts.
 *
 * @param place  the place as printed, all-capital words shown in title case ("Washington"); never null
 * @param source the outlet in parentheses ("Reuters"), or null when the dateline names none
 * @param date   the date the dateline carries as ISO yyyy-MM-dd, or null (a dateline date often lacks the year)
 */
record Dateline(String place, String source, String date) {

    /** Only the start of a paragraph can hold a dateline; looking further invites false matches. */
    private static final int WINDOW = 160;
    private static final String WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
    private static final String PLACE = WORD + "(?:\\s+(?:" + WORD + "|de|del|la|al|el|es|of))" + "{0,3}";
    private static final String DATE = "(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+\\p{L}{3,9}\\.?(?:\\s+\\d{4})?)";
    /** The dash ends a dateline; an agency's acronym in brackets may end it without one: "JAMMU, Aug 12 (PTI)". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(" + PLACE + ")(?:,\\s*(" + PLACE + "))?(?:,\\s*(" + DATE + "))?\\s*"
                    + "(?:\\(([^()]{2,60})\\))?\\s*(?:[-–—]+|(?<=\\(\\p{Lu}{2,5}\\)\\s{0,3}))"
                    + "\\s*(?=\\S)");

    private static final Pattern AGENCY_ACRONYM = Pattern.compile("\\p{Ll}{2,4}");
    /** Short lower-case words a bracket may hold that are no agency ("Paris (and Lyon) -" aside). */
    private static final java.util.Set<String> NOT_ACRONYMS = java.util.Set.of("and", "or", "the", "who", "but",
            "not", "yes", "no", "via", "etc", "sic", "see", "also", "more", "live", "file", "news");

    /** The dateline at the start of a paragraph, or null when the paragraph does not open with one. */
    static Dateline find(String paragraph) {
        if (paragraph == null || paragraph.isEmpty()) {
            return null;
        }
        String head = paragraph.length() > WINDOW ? paragraph.substring(0, WINDOW) : paragraph;
        Matcher m = DATELINE.matcher(head);
        if (!m.find()) {
            return null;
        }
        String place = m.group(1);
        String region = m.group(2);
        String source = m.group(4);
        // Without an outlet in parentheses only the wire-service all-capital place marks a dateline;
        // "However - " must not count.
        if (source == null && !isAllCapitals(place)) {
            return null;
        }
        if (source != null && !looksLikeOutletName(source)) {
            return null;
        }
        String fullPlace = region == null ? titleCase(place) : titleCase(place) + ", " + titleCase(region);
        String date = m.group(3) == null ? null : PublicationDate.fromWords(m.group(3));
        return new Dateline(fullPlace, source == null ? null : source.strip(), date);
    }

    private static boolean isAllCapitals(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters && text.length() >= 3;
    }

    /**
     * An outlet is a short run of words, most of them capitalised ("Reuters", "AP", "Washington Insider Magazine"),
     * or one short agency acronym, which some print in lower case ("dpa", "epd").
     */
    private static boolean looksLikeOutletName(String source) {
        String[] words = source.strip().split("\\s+");
        if (words.length == 1 && AGENCY_ACRONYM.matcher(words[0]).matches() && !NOT_ACRONYMS.contains(words[0])) {
            return true;
        }
        if (words.length > 6) {
            return false;
        }
        int capitalised = 0;
        for (String word : words) {
            if (!word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)))) {
                capitalised++;
            }
        }
        return capitalised * 2 > words.length;
    }

    /** "NEW YORK" becomes "New York"; mixed-case names stay as printed. */
    private static String titleCase(String text) {
        if (!isAllCapitals(text)) {
            return text.strip();
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = Character.isWhitespace(c) || c == '-' || c == '.';
        }
        return out.toString().strip();
    }
}
