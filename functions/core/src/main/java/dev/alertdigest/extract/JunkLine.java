package dev.alertdigest.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Short standalone lines that are page chrome in any outlet's template: "Advertisement", "Share this article",
 * "Connect with us", "Hi, what are you looking for?", "READ MORE". Shared by the HTML and the scraped-text
 * extractors; a line only matches as a whole (after dropping punctuation and case), so article sentences that
 * merely contain these words are never touched.
 */
final class JunkLine {

    /** Chrome lines are short; anything longer is left to the structural rules. */
    private static final int MAX_LENGTH = 60;
    private static final Set<String> LINES = Set.of(
            "advertisement", "advertisements", "advert", "adverts", "ad", "ads", "sponsored", "sponsored content",
            "paid content",
            "share", "share this", "share this article", "share this story", "share this post", "share on facebook",
            "share on twitter", "tweet", "email", "print", "copy link", "link copied", "comments", "comment",
            "leave a comment", "read more", "read more here", "continue reading", "click here", "show more",
            "load more", "see more", "view comments", "subscribe", "subscribe now", "sign up", "sign in", "log in",
            "login", "register", "connect with us", "follow us", "follow", "hi what are you looking for",
            "what are you looking for", "search", "menu", "close", "skip to content", "skip to main content",
            "back to top", "top", "loading", "related", "related articles", "related posts", "related stories",
            "you may also like", "you might also like", "recommended", "more stories", "more from", "trending",
            "most popular", "most read", "popular", "newsletter", "image", "photo", "video", "watch",
            "listen to this article", "listen", "cookie settings", "accept", "accept all", "reject all",
            "we use cookies", "all rights reserved", "back", "next", "previous", "next article", "previous article",
            "tags", "categories", "filed under", "posted in", "share via", "open in app", "getty images", "ap",
            "reuters", "afp", "shutterstock", "istock", "file photo", "audio", "toggle navigation", "home",
            "table of contents", "contents", "in this article", "on this page", "jump to", "quick links",
            "this slideshow requires javascript", "an official website of the united states government",
            "here s how you know", "official websites use gov", "secure gov websites use https");

    /** A cookie banner's line: cookies and the reader's consent to them, in one short paragraph. */
    private static final Pattern COOKIE = Pattern.compile("(?i)\\bcookies?\\b");
    private static final Pattern CONSENT = Pattern.compile(
            "(?i)\\b(we use|uses|accept|consent|cookie policy|cookie settings|preferences|you agree|manage)\\b");
    private static final int CONSENT_MAX_LENGTH = 300;

    /** A reading time or an age on its own ("5 min read", "3 days ago"): story metadata, not story text. */
    private static final Pattern TIME_LABEL = Pattern.compile(
            "\\d{1,3} (min|mins|minute|minutes) read|\\d{1,3} (second|minute|hour|day|week|month|year)s? ago");

    /** Headings that open a block of other stories: whatever follows them is not the article. */
    private static final Set<String> TEASER_HEADINGS = Set.of("you may also like", "you might also like",
            "related articles", "related posts", "related stories", "related", "more stories", "recommended",
            "recommended for you", "more from", "trending", "trending now", "most popular", "most read",
            "read next", "up next", "also read", "comments", "leave a reply", "leave a comment", "latest news",
            "popular posts", "recent posts", "more news", "you may be interested in", "further reading", "want more stories like this",
            "more on this story", "read more stories", "more like this", "don t miss", "editor s picks");

    private JunkLine() {
    }

    static boolean isTeaserHeading(String line) {
        return line.length() <= MAX_LENGTH && TEASER_HEADINGS.contains(key(line));
    }

    static boolean matches(String line) {
        if (isMenu(line)) {
            return true;
        }
        if (line.length() <= CONSENT_MAX_LENGTH && COOKIE.matcher(line).find() && CONSENT.matcher(line).find()) {
            return true; // "We use cookies to improve your experience. By continuing, you agree …"
        }
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        String key = key(line);
        return key.isEmpty() || LINES.contains(key) || TIME_LABEL.matcher(key).matches();
    }

    /**
     * A menu or breadcrumb line: three or more items of one to three words between separators ("Home | News |
     * Politics | Sport", "Home › World › Africa"), four in a menu of five or more. A headline with a separator has longer parts on one side
     * ("Kabul attack | Live updates" has two parts, "Blasts hit Kabul | World | News" a long one).
     */
    static boolean isMenu(String line) {
        if (line.indexOf('[') >= 0 && isBracketedMenu(line)) {
            return true;
        }
        int separators = 0;
        for (int i = 0; i < line.length() && separators < MENU_MIN_ITEMS - 1; i++) {
            separators += MENU_SEPARATORS.indexOf(line.charAt(i)) >= 0 ? 1 : 0;
        }
        if (separators < MENU_MIN_ITEMS - 1) {
            return false; // most lines: no regex needed
        }
        String[] items = MENU_SEPARATOR.split(line.strip());
        if (items.length < MENU_MIN_ITEMS) {
            return false;
        }
        // a long menu may hold a longer item ("Summary | Safety and security | Terrorism | Local laws and customs |
        // Entry requirements | Health"): a headline does not run to five parts
        int maxWords = items.length >= LONG_MENU_ITEMS ? MENU_MAX_ITEM_WORDS + 1 : MENU_MAX_ITEM_WORDS;
        for (String item : items) {
            int words = item.isBlank() ? 0 : item.strip().split("\\s+").length;
            if (words == 0 || words > maxWords) {
                return false;
            }
        }
        return true;
    }

    private static final int LONG_MENU_ITEMS = 5;

    /**
     * "[Home] [Vienna] [World] [Sport]   Search   Subscribe": three or more short items in brackets, as a scraper
     * writes a page's links, and no more than {@value #MENU_MAX_ITEM_WORDS} words outside them.
     */
    private static boolean isBracketedMenu(String line) {
        java.util.regex.Matcher item = BRACKETED_ITEM.matcher(line);
        int items = 0;
        while (item.find()) {
            items++;
        }
        String outside = BRACKETED_ITEM.matcher(line).replaceAll(" ").strip();
        return items >= MENU_MIN_ITEMS && (outside.isEmpty() || outside.split("\\s+").length <= MENU_MAX_ITEM_WORDS);
    }

    private static final Pattern BRACKETED_ITEM = Pattern.compile("\\[[^\\[\\]]{1,40}]");
    private static final String MENU_SEPARATORS = "|•·›»>▾";
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[" + MENU_SEPARATORS + "]\\s*");
    private static final int MENU_MIN_ITEMS = 3;
    private static final int MENU_MAX_ITEM_WORDS = 3;

    /** Lower case, letters and digits only, single spaces: "Hi, what are you looking for?" becomes a key. */
    static String key(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (c != '\'' && c != '’') {
                space = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
