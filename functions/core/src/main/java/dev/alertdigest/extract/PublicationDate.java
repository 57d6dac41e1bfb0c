package dev.alertdigest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date written the ways pages write them (ISO timestamps, "Aug. 25, 2021",
 * "25 August 2021", RFC 1123, dates inside URLs) and returns it as ISO yyyy-MM-dd, or null.
 * The date is the one printed: a timestamp's local date is kept, not converted to UTC, because the
 * reader of the article saw that day.
 */
final class PublicationDate {

    /** Anything longer is not a date field; the limit also bounds the regex work on hostile input. */
    private static final int MAX_INPUT = 200;
    private static final int EARLIEST_YEAR = 1990;

    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:T|(?!\\d))");
    private static final String MONTH_NAMES =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b" + MONTH_NAMES + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH_NAMES + "\\.?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})/");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private PublicationDate() {
    }

    /** A date field's value (meta content, datetime attribute, JSON-LD), or null when it holds no date. */
    static String parse(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_INPUT) {
            return null;
        }
        String text = value.strip();
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return isoDate(iso.group(1), iso.group(2), iso.group(3));
        }
        String written = fromWords(text);
        if (written != null) {
            return written;
        }
        Matcher compact = COMPACT.matcher(text);
        if (compact.find()) {
            return isoDate(compact.group(1), compact.group(2), compact.group(3));
        }
        return null;
    }

    /** A date written with the month's name, as in a dateline or a "Published" line; null when none. */
    static String fromWords(String text) {
        if (text == null) {
            return null;
        }
        String head = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        Matcher mdy = MONTH_DAY_YEAR.matcher(head);
        if (mdy.find()) {
            return isoDate(mdy.group(3), month(mdy.group(1)), mdy.group(2));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(head);
        if (dmy.find()) {
            return isoDate(dmy.group(3), month(dmy.group(2)), dmy.group(1));
        }
        return null;
    }

    /** The date in a URL path such as /2021/08/25/ or /20210825/, or null. */
    static String fromUrl(String url) {
        if (url == null || url.length() > 2000) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? isoDate(m.group(1), m.group(2), m.group(3)) : isoDate(m.group(4), m.group(5), m.group(6));
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
    }

    private static String isoDate(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            // Dates far in the future are template placeholders or expiry dates, not publication dates.
            if (date.getYear() < EARLIEST_YEAR || date.isAfter(LocalDate.now().plusYears(1))) {
                return null;
            }
            return date.toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
