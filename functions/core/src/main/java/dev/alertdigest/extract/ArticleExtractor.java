package dev.alertdigest.extract;

import dev.alertdigest.article.Article;
import java.util.regex.Pattern;

/**
 * Turns an uploaded file (HTML, gzipped HTML, or scraped page text) into an {@link Article}.
 *
 * <p>Three steps: {@link InputDecoder} turns the bytes into text (gzip, size limit, binary check, charset);
 * the text is recognised as HTML or as scraped page text; {@link HtmlArticleExtractor} or
 * {@link ScrapedTextExtractor} pulls out the article. Any input either gives an article with text or a
 * {@link RejectedInputException} saying why not; nothing else escapes.
 */
public final class ArticleExtractor {

    /** Largest input accepted, after decompression. */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

    /** HTML announces itself with one of these tags near the top; scraped text has none. */
    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)<(?:!doctype\\s+html|html|head|body|meta|title|div|p|article|main|section|table|h[1-6])[\\s>/]");
    private static final int SNIFF_LENGTH = 4096;

    private final int maxBytes;
    private final InputDecoder decoder;
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();
    private final ScrapedTextExtractor scraped = new ScrapedTextExtractor();

    public ArticleExtractor() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleExtractor(int maxBytes) {
        this.maxBytes = maxBytes;
        this.decoder = new InputDecoder(maxBytes);
    }

    public int maxBytes() {
        return maxBytes;
    }

    /**
     * @param content the file's bytes as uploaded
     * @param name    the file's name or key (for messages; the format is recognised from the content)
     */
    public Article extract(byte[] content, String name) throws RejectedInputException {
        String text = decoder.decode(content).text();
        Article article;
        try {
            article = isHtml(text) ? html.extract(text) : scraped.extract(text);
        } catch (StackOverflowError | RuntimeException e) {
            // Defence in depth: the extractors walk iteratively and bound their work, but a page must never
            // take the caller down with an unexpected error.
            throw new RejectedInputException(RejectedInputException.Reason.UNDECODABLE,
                    "cannot read " + describe(name) + " as a page: " + e.getClass().getSimpleName());
        }
        if (article.text().isBlank()) {
            throw new RejectedInputException(RejectedInputException.Reason.NO_TEXT,
                    "no article text found in " + describe(name));
        }
        return article;
    }

    static boolean isHtml(String text) {
        String head = text.length() > SNIFF_LENGTH ? text.substring(0, SNIFF_LENGTH) : text;
        String stripped = head.stripLeading();
        return stripped.startsWith("<") || HTML_TAG.matcher(head).find();
    }

    private static String describe(String name) {
        return name == null || name.isBlank() ? "the file" : name;
    }
}
