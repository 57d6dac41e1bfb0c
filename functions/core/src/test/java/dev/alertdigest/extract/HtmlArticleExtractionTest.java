package dev.alertdigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.article.Article;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A fictional news page with every kind of furniture around the article (fixture extract/news-article.html). */
class HtmlArticleExtractionTest {

    private static Article article;

    @BeforeAll
    static void extract() throws IOException, RejectedInputException {
        try (InputStream in = HtmlArticleExtractionTest.class.getResourceAsStream("/extract/news-article.html")) {
            article = new ArticleExtractor().extract(in.readAllBytes(), "news-article.html");
        }
    }

    @Test
    void bodyRunsFromTheFirstToTheLastParagraph() {
        assertThat(article.paragraphs().get(0)).startsWith("PORT ELLIS (Northwind Courier) — Harbour authorities raised");
        assertThat(article.paragraphs().get(article.paragraphs().size() - 1))
                .startsWith("“We are treating this as a deliberate attempt").endsWith("reviewed on Monday.");
    }

    @Test
    void keepsInArticleHeadingsAndListItemsAsParagraphs() {
        assertThat(article.paragraphs()).contains("What the police know so far",
                "Three drones were seen between 01:10 and 02:40.", "No damage was reported at the fuel terminal.");
    }

    @Test
    void leavesOutThePageFurniture() {
        assertThat(article.text()).doesNotContain("cookies", "Accept", "Sport", "Share on", "Photo: Courier archive",
                "Advertisement", "Ferry strike ends", "worrying news", "12 comments", "Storm warning", "All rights reserved",
                "By Mara Lindqvist", "Most read");
        assertThat(article.paragraphs()).hasSize(7);
    }

    @Test
    void readsTheMetadata() {
        assertThat(article.title()).isEqualTo("Harbour authorities raise alert after drone sightings");
        assertThat(article.source()).isEqualTo("The Northwind Courier");
        assertThat(article.byline()).isEqualTo("Mara Lindqvist and Tomas Reed");
        assertThat(article.published()).isEqualTo("2024-03-14");
        assertThat(article.url()).isEqualTo("https://courier.example/2024/03/14/harbour-alert");
        assertThat(article.dateline()).isEqualTo("Port Ellis");
    }

    @Test
    void titleDropsTheSiteNameWhenOnlyTheTitleElementHasIt() throws RejectedInputException {
        String html = "<html><head><title>Bridge closed after threat | Daily Tidings</title></head><body>"
                + "<p>" + "The bridge was closed on Monday after a threat was phoned in to the police station. ".repeat(3) + "</p>"
                + "</body></html>";
        Article fromTitle = new ArticleExtractor().extract(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.html");
        assertThat(fromTitle.title()).isEqualTo("Bridge closed after threat");
        assertThat(fromTitle.published()).isNull();
    }
}
