package dev.alertdigest.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Cleans an author credit into the names as printed: "By Jane Doe and John Roe | Aug 25, 2021" becomes
 * "Jane Doe and John Roe". Returns null for values that are not names (URLs, long sentences, e-mail only).
 */
final class Byline {

    private static final int MAX_LENGTH = 120;
    private static final Pattern LEADING_CREDIT = Pattern.compile(
            "(?i)^\\s*(?:(?:written|posted|reported|published|reviewed|edited)\\s+)?(?:by|from|author:?|authors:?)\\s*[:\\-]?\\s+");
    /** A credit often continues with a date, a role or a social handle after a separator. */
    private static final Pattern TAIL = Pattern.compile("\\s*(?:[|•·]|\\s[-–—]\\s|\\bon\\s+(?=\\p{Lu}\\p{L}+\\.?\\s+\\d)|\\bupdated\\b|\\bpublished\\b).*$",
            Pattern.CASE_INSENSITIVE);

    /** A credit word left on its own ("By", "Author") when the name sits in another element. */
    private static final Pattern CREDIT_WORD_ONLY = Pattern.compile("(?i)(by|from|author|authors|written by|posted by)[:\\s]*");

    private Byline() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        // JSON-LD and meta values are sometimes HTML-escaped twice ("Maria &amp; Katerina").
        String value = Parser.unescapeEntities(raw, false).replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
        if (value.isEmpty() || value.length() > 2 * MAX_LENGTH || value.startsWith("http") || value.startsWith("@")) {
            return null;
        }
        value = LEADING_CREDIT.matcher(value).replaceFirst("");
        value = TAIL.matcher(value).replaceFirst("").strip();
        value = value.replaceAll("[,;:]+$", "").strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH || value.contains("@") || !Character.isLetter(value.charAt(0))
                || CREDIT_WORD_ONLY.matcher(value).matches()) {
            return null;
        }
        return value;
    }

    /** Several author names as one credit: "A", "A and B", "A, B and C". */
    static String join(List<String> names) {
        List<String> cleaned = names.stream().map(Byline::clean).filter(n -> n != null).distinct().toList();
        if (cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.size() == 1) {
            return cleaned.get(0);
        }
        return String.join(", ", cleaned.subList(0, cleaned.size() - 1)) + " and " + cleaned.get(cleaned.size() - 1);
    }
}
