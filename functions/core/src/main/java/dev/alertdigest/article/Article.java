package dev.alertdigest.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A news article as the parse function hands it on: what an analyst needs, nothing of the page around it.
 *
 * @param title     the article's headline (never the site name suffix)
 * @param source    the outlet or site name, or null when the page does not say
 * @param dateline  the place of the dateline ("Kabul" in "Kabul (Reuters) -"), or null
 * @param published the publication date as ISO-8601 (yyyy-MM-dd), or null; never the upload time
 * @param byline    the author(s) as printed, or null
 * @param url       the canonical URL the page names for itself, or null
 * @param text      the body: paragraphs separated by one blank line
 */
public record Article(String title, String source, String dateline, String published, String byline, String url,
                      String text) {

    /** A blank line, compiled once: String.split compiles a pattern like this on every call. */
    private static final Pattern BLANK_LINE = Pattern.compile("\n\\s*\n");

    public Article {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    /** The body's paragraphs, in order, without blank ones. */
    public List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINE.split(text)) {
            String trimmed = block.strip();
            if (!trimmed.isEmpty()) {
                paragraphs.add(trimmed);
            }
        }
        return paragraphs;
    }
}
