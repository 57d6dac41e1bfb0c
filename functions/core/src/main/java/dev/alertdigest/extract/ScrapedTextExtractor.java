package dev.alertdigest.extract;

import dev.alertdigest.article.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Extracts the article from scraped page text: the visible text of a page, one block per line, with the page's
 * chrome still in it (menus, "Connect with us", the section label, the headline twice, image captions and
 * credits, "You May Also Like" teasers, "READ MORE").
 *
 * <p>The rules follow how such text is laid out, not any one site:
 * <ol>
 *   <li>The body runs from the first to the last line of prose (a sentence-ending line of several words,
 *       or any very long line). Above it sit chrome, the section label, the headline and the byline; below it
 *       sit teasers and "READ MORE".</li>
 *   <li>A teaser heading ("You May Also Like", "Related Articles" ...) ends the body even if prose follows.</li>
 *   <li>Inside the body, a short line standing alone between blank lines is a subheading and stays; short
 *       lines bunched together ("Kabul Airport" over "Twitter") or starting like a credit ("Photo:") are an
 *       image's caption and credit and go.</li>
 *   <li>The headline is the first line above the body that reads like one; a later line that repeats it
 *       with a suffix ("Headline, Outlet Name") is dropped, and its suffix names the outlet if nothing better does.</li>
 *   <li>The dateline ("Kabul (Washington Insider Magazine) -") stays in the first paragraph as printed, as in
 *       the HTML extractor; it fills the dateline and source fields.</li>
 * </ol>
 */
final class ScrapedTextExtractor {

    /** Lines this long are body text even without final punctuation (a paragraph that lost its full stop). */
    private static final int LONG_LINE = 200;
    private static final int PROSE_MIN_WORDS = 6;
    private static final int HEADLINE_MIN_WORDS = 3;
    private static final int HEADLINE_MAX_LENGTH = 250;
    /** The words of a bulletin's short title, taken only when no line has {@link #HEADLINE_MIN_WORDS}. */
    private static final int SHORT_TITLE_WORDS = 2;
    private static final Pattern CREDIT_START = Pattern.compile(
            "(?i)^(photo|image|picture|video|credit|source|file|caption|illustration|graphic|screenshot)s?\\b\\s*[:/|-]"
                    + "|^(©|\\(c\\)|copyright\\b)|^(photo|image)\\s+(by|courtesy)\\b");
    private static final Pattern BULLET = Pattern.compile("^([•▪◦*\\-–]|\\d{1,2}[.)])\\s+\\S");
    /**
     * A labelled field above the body ("Location: Cabo Delgado Province, …", "Classification: Internal |
     * Distribution: …", "Posted Mar 14, 6:42 PM | Last updated …"): a bulletin's or a page's metadata, no headline.
     */
    private static final Pattern FIELD_LINE = Pattern.compile("(?i)(?:(?:location|locations|classification"
            + "|distribution|priority|valid|issued by|date|category|categories|filed under|tags|reference|subject)\\s*:"
            + "|(?:posted|updated|last updated|published)\\s*:?\\s*(?:\\d|\\p{L}{3}\\.? \\d))");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("^\\s*(?:[,|:\\-–—·]\\s*)+");

    /** One non-empty line and whether a blank line (or the text's edge) separates it from its neighbours. */
    private record Line(String text, boolean alone) {
        int words() {
            return text.split("\\s+", PROSE_MIN_WORDS + 1).length;
        }
    }

    Article extract(String content) {
        List<Line> lines = lines(content);
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (first >= 0 && JunkLine.isTeaserHeading(line.text())) {
                break;
            }
            if (isProse(line.text()) && !JunkLine.matches(line.text())) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            // No prose at all (a list, a table): keep every line that is not chrome.
            first = 0;
            last = lines.size() - 1;
        }
        Header header = Header.of(lines.subList(0, first));
        List<String> paragraphs = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            Line line = lines.get(i);
            if (JunkLine.matches(line.text())) {
                continue;
            }
            if (isProse(line.text()) || isSubheading(line) || BULLET.matcher(line.text()).find()) {
                paragraphs.add(line.text());
            }
        }
        Dateline dateline = paragraphs.isEmpty() ? null : Dateline.find(paragraphs.get(0));
        String source = dateline != null && dateline.source() != null ? dateline.source() : header.siteName;
        String published = header.published != null ? header.published : dateline == null ? null : dateline.date();
        return new Article(header.title, source, dateline == null ? null : dateline.place(), published, header.byline,
                null, String.join("\n\n", paragraphs));
    }

    /** Non-empty lines, stripped; "alone" when blank lines (or the edges) surround the line. */
    private static List<Line> lines(String content) {
        String[] raw = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        boolean blankLines = content.contains("\n\n") || content.contains("\n \n") || content.contains("\r\n\r\n");
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String text = clean(raw[i]);
            if (text.isEmpty()) {
                continue;
            }
            boolean blankBefore = i == 0 || clean(raw[i - 1]).isEmpty();
            boolean blankAfter = i == raw.length - 1 || clean(raw[i + 1]).isEmpty();
            // Text without any blank lines puts one block per line: every line stands alone.
            lines.add(new Line(text, !blankLines || (blankBefore && blankAfter)));
        }
        return lines;
    }

    private static String clean(String line) {
        return line.replace('\u00a0', ' ').strip();
    }

    static boolean isProse(String text) {
        if (text.length() >= LONG_LINE) {
            return true;
        }
        // A teaser cut off with "..." is not a finished sentence.
        if (text.endsWith("...") || text.endsWith("…")) {
            return false;
        }
        // a closing quote or bracket ends a sentence only after its full stop: 'he said it was "cruel."' is prose,
        // the headline 'Opposition attacks bill as "cruel and unworkable"' is not
        int end = text.length() - 1;
        while (end > 0 && "\"”’'".indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        char last = text.charAt(end);
        boolean sentenceEnd = last == '.' || last == '!' || last == '?' || last == '。'
                || last == ')' && end == text.length() - 1;
        return sentenceEnd && new Line(text, true).words() >= PROSE_MIN_WORDS;
    }

    private static boolean isSubheading(Line line) {
        return line.alone() && line.words() >= HEADLINE_MIN_WORDS && !CREDIT_START.matcher(line.text()).find();
    }

    /** What the lines above the body say: headline, byline, date, and an outlet name from a repeated headline. */
    private static final class Header {
        String title;
        String siteName;
        String byline;
        String published;

        static Header of(List<Line> lines) {
            Header header = new Header();
            List<String> candidates = new ArrayList<>();
            String shortTitle = null;
            for (Line line : lines) {
                String text = line.text();
                if (JunkLine.matches(text)) {
                    continue;
                }
                if (header.byline == null && text.regionMatches(true, 0, "by ", 0, 3)) {
                    header.byline = Byline.clean(text);
                    continue;
                }
                String date = text.length() <= 80 ? PublicationDate.fromWords(text) : null;
                if (date != null) {
                    header.published = header.published == null ? date : header.published;
                } else if (line.words() >= HEADLINE_MIN_WORDS && text.length() <= HEADLINE_MAX_LENGTH
                        && !FIELD_LINE.matcher(text).lookingAt() && !documentHeader(text) && !introducesAList(text)) {
                    candidates.add(text);
                } else if (shortTitle == null && line.alone() && line.words() == SHORT_TITLE_WORDS
                        && !FIELD_LINE.matcher(text).lookingAt()) {
                    shortTitle = text;
                }
            }
            // The headline is the line the page's title repeats with the outlet's name ("… | Vienna Today"), else
            // the wordiest line above the body that does not repeat another one with a suffix; section labels
            // ("Security & Defense") are shorter, and a menu of as many words is no headline.
            String title = "";
            String repeated = "";
            for (String candidate : candidates) {
                boolean repeat = candidates.stream().anyMatch(other -> other.length() < candidate.length() && candidate.startsWith(other));
                boolean repeatedWithSuffix = candidates.stream().anyMatch(other -> other.length() > candidate.length() && other.startsWith(candidate));
                if (!repeat && words(candidate) > words(title)) {
                    title = candidate;
                }
                if (!repeat && repeatedWithSuffix && candidate.length() > repeated.length()) {
                    repeated = candidate;
                }
            }
            title = repeated.isEmpty() ? title : repeated;
            // an official bulletin may be titled in two words ("Worldwide Caution", "Security Alert"): with no
            // wordier line above the body, the first such line standing alone is the headline, not nothing
            if (title.isEmpty() && shortTitle != null) {
                title = shortTitle;
            }
            header.title = title;
            for (String candidate : candidates) {
                if (!title.isEmpty() && candidate.startsWith(title) && candidate.length() > title.length()) {
                    String suffix = TITLE_SUFFIX.matcher(candidate.substring(title.length())).replaceFirst("").strip();
                    if (!suffix.isEmpty() && suffix.length() <= 60) {
                        header.siteName = suffix;
                        break;
                    }
                }
            }
            return header;
        }
    }

    /**
     * Words with a letter or a digit in them: the dashes between a letterhead's parts are no words ("NEW YORK POLICE
     * DEPARTMENT - INTELLIGENCE BUREAU" is not wordier than the headline of as many words above it).
     */
    private static int words(String line) {
        int words = 0;
        for (String token : line.split("\\s+")) {
            words += token.chars().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
        }
        return words;
    }

    /**
     * A line that ends in a colon introduces what follows ("The command of the brigade informs the public of the
     * following:"), a communiqué's numbered points: however many words it has, it is no headline.
     */
    static boolean introducesAList(String line) {
        return line.endsWith(":");
    }

    /**
     * A press release's or bulletin's header line: three or more parts between dashes or bars, the last dated
     * ("Préfecture du Bas-Rhin – Communiqué de presse – Strasbourg, le 16 décembre 2025"): it names the issuer, the
     * kind of document and where and when, not what happened, however many words it has.
     */
    static boolean documentHeader(String line) {
        String[] parts = PART_SEPARATOR.split(line);
        return parts.length >= 3 && YEAR.matcher(parts[parts.length - 1]).find();
    }

    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[–—|-]\\s+");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    /** A text split into paragraphs at line breaks (used for a JSON-LD articleBody too). */
    static List<String> paragraphsOf(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R+")) {
            String stripped = clean(line).replaceAll("\\s+", " ");
            if (!stripped.isEmpty()) {
                paragraphs.add(stripped);
            }
        }
        return paragraphs;
    }
}
