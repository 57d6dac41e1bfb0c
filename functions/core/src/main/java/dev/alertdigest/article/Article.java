package dev.alertdigest.article;

import java.util.ArrayList;
import java.util.List;

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

    public Article {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    /**
     * The body's paragraphs, in order, without blank ones. Paragraphs end at a line break followed by
     * whitespace holding another line break (what splitting at {@code \n\s*\n} does, without a regex scan of
     * every character: the breaks are found with indexOf).
     */
    public List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>();
        int start = 0;
        int newline = text.indexOf('\n');
        while (newline >= 0) {
            int lastBreak = -1;
            for (int k = newline + 1; k < text.length() && isSpace(text.charAt(k)); k++) {
                if (text.charAt(k) == '\n') {
                    lastBreak = k;
                }
            }
            if (lastBreak >= 0) {
                addStripped(paragraphs, text.substring(start, newline));
                start = lastBreak + 1;
            }
            newline = text.indexOf('\n', lastBreak >= 0 ? lastBreak + 1 : newline + 1);
        }
        addStripped(paragraphs, text.substring(start));
        return paragraphs;
    }

    private static void addStripped(List<String> paragraphs, String block) {
        String trimmed = block.strip();
        if (!trimmed.isEmpty()) {
            paragraphs.add(trimmed);
        }
    }

    /** The regex class {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
