package dev.alertdigest.extract;

import dev.alertdigest.article.Article;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts the article from a saved HTML page: metadata from {@link PageMetadata}, body from {@link MainContent},
 * dateline from the body's first paragraph.
 */
final class HtmlArticleExtractor {

    /**
     * When the page's visible body yields less than this share of the JSON-LD articleBody, the visible text was
     * cut (a "read more" fold, a lazy-loaded body) and the JSON-LD copy is the better article text.
     */
    private static final double JSON_LD_BODY_SHARE = 0.5;
    private static final int JSON_LD_BODY_MIN_LENGTH = 400;

    Article extract(String html) {
        Document doc = Jsoup.parse(html);
        if (StreamedSegments.mayHaveSegments(html)) {
            StreamedSegments.restore(doc);
        }
        PageMetadata meta = PageMetadata.read(doc);
        List<String> paragraphs = new ArrayList<>();
        for (TextBlock block : MainContent.find(doc.body(), text -> Headline.repeats(text, meta.title(), meta.siteName()))) {
            paragraphs.add(block.text());
        }
        String fromJsonLd = meta.jsonLd().articleBody();
        if (fromJsonLd != null && fromJsonLd.length() >= JSON_LD_BODY_MIN_LENGTH
                && length(paragraphs) < JSON_LD_BODY_SHARE * fromJsonLd.length()) {
            paragraphs = ScrapedTextExtractor.paragraphsOf(fromJsonLd);
        }
        Dateline dateline = paragraphs.isEmpty() ? null : Dateline.find(paragraphs.get(0));
        String source = meta.siteName();
        if (source == null && dateline != null) {
            source = dateline.source();
        }
        String published = meta.published();
        if (published == null && dateline != null) {
            published = dateline.date();
        }
        return new Article(meta.title(), source, dateline == null ? null : dateline.place(), published, meta.byline(),
                meta.url(), String.join("\n\n", paragraphs));
    }

    private static int length(List<String> paragraphs) {
        int total = 0;
        for (String paragraph : paragraphs) {
            total += paragraph.length();
        }
        return total;
    }
}
