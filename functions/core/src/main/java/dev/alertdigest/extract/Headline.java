package dev.alertdigest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the article's headline from what the page offers (the visible &lt;h1&gt;, og:title, JSON-LD headline,
 * &lt;title&gt;) and removes the site-name suffix or prefix that titles carry ("Headline | The Outlet").
 */
final class Headline {

    /** Separators between a headline and the site or section name in a page title. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»:]{1,2}\\s+|\\s*\\|\\s*");
    /** A trailing or leading part this short beside a long headline is a site or section name. */
    private static final int SITE_PART_LENGTH = 35;

    private Headline() {
    }

    /**
     * @param h1s       texts of the page's top-level headings, in order (the visible headline is usually one)
     * @param metaTitles og:title, JSON-LD headline, twitter:title, &lt;title&gt; in that order; nulls allowed
     * @param siteName  the site's name if known, to recognise the suffix
     */
    static String choose(List<String> h1s, List<String> metaTitles, String siteName) {
        List<String> cleaned = new ArrayList<>();
        for (String title : metaTitles) {
            String stripped = withoutSiteName(title, siteName);
            if (stripped != null) {
                cleaned.add(stripped);
            }
        }
        // The headline is the <h1> the declared titles agree with; titles without the site name first, so the site's
        // logo heading ("Outlet" beside "Headline | Outlet") is not taken for it.
        String site = siteName == null ? "" : key(siteName);
        for (List<String> titles : List.of(cleaned, metaTitles)) {
            for (String h1 : h1s) {
                String key = key(h1);
                if (key.length() >= 3 && !key.equals(site) && agrees(key, titles)) {
                    return withoutTrailingSite(h1.strip(), site);
                }
            }
        }
        if (!cleaned.isEmpty()) {
            return cleaned.get(0);
        }
        return h1s.isEmpty() ? "" : h1s.get(0).strip();
    }

    /** Whether a heading in the body is the headline again, as printed or with the site name after it. */
    static boolean repeats(String heading, String headline, String siteName) {
        String headlineKey = key(headline);
        if (headlineKey.isEmpty()) {
            return false;
        }
        String headingKey = key(heading);
        return headingKey.equals(headlineKey) || (siteName != null && headingKey.equals(headlineKey + " " + key(siteName)));
    }

    /** "Headline – Outlet" printed as the visible heading gives "Headline". */
    private static String withoutTrailingSite(String heading, String siteKey) {
        if (siteKey.isEmpty()) {
            return heading;
        }
        Matcher separator = SEPARATOR.matcher(heading);
        while (separator.find()) {
            if (separator.start() > 0 && key(heading.substring(separator.end())).equals(siteKey)) {
                return heading.substring(0, separator.start()).strip();
            }
        }
        return heading;
    }

    /** The heading is most of one of the titles. */
    private static boolean agrees(String headingKey, List<String> titles) {
        for (String title : titles) {
            if (title != null && key(title).contains(headingKey) && headingKey.length() * 3 >= key(title).length()) {
                return true;
            }
        }
        return false;
    }

    /** "Headline | Outlet" and "Outlet - Headline" give "Headline"; a title that is only the site name gives null. */
    static String withoutSiteName(String title, String siteName) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String value = title.strip().replaceAll("\\s+", " ");
        String site = siteName == null ? "" : key(siteName);
        List<String> parts = new ArrayList<>(Arrays.asList(SEPARATOR.split(value)));
        parts.removeIf(part -> part.isBlank() || (!site.isEmpty() && key(part).equals(site)));
        if (parts.isEmpty()) {
            return null;
        }
        // Site names trail ("Headline | Outlet") far more often than they lead, so a short trailing part goes when a
        // part at least as long remains, a leading one only beside a clearly longer part.
        while (parts.size() > 1 && isSitePart(parts.get(parts.size() - 1), parts, 1)) {
            parts.remove(parts.size() - 1);
        }
        while (parts.size() > 1 && isSitePart(parts.get(0), parts, 2)) {
            parts.remove(0);
        }
        if (parts.size() == 1) {
            return parts.get(0).strip();
        }
        // Several long parts: the separators were the headline's own punctuation.
        return value.equals(String.join(" | ", parts)) ? value : rejoin(value, parts);
    }

    private static boolean isSitePart(String part, List<String> parts, int times) {
        // "Police warn of threat to stadium – officials": a part in lower case, not a domain ("stuff.co.nz"), is the
        // headline's own attribution; a site's name is capitalised
        String stripped = part.strip();
        if (!stripped.isEmpty() && Character.isLowerCase(stripped.charAt(0)) && stripped.indexOf('.') < 0) {
            return false;
        }
        int longestOther = parts.stream().filter(p -> p != part).mapToInt(String::length).max().orElse(0);
        return part.length() <= SITE_PART_LENGTH && part.length() * times <= longestOther;
    }

    /** The span of the original title from the first kept part to the end of the last kept part. */
    private static String rejoin(String value, List<String> parts) {
        int start = value.indexOf(parts.get(0));
        String last = parts.get(parts.size() - 1);
        int end = value.lastIndexOf(last) + last.length();
        return start >= 0 && end > start ? value.substring(start, end).strip() : value;
    }

    /** Case, punctuation and spacing removed, for comparing titles. */
    static String key(String text) {
        return text == null ? "" : JunkLine.key(text).toLowerCase(Locale.ROOT);
    }
}
