package dev.alertdigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Pages sent by a streaming renderer: placeholders first, the real content later in hidden containers. */
class StreamedSegmentsTest {

    private static final String FIRST = "<p>The coast guard closed the northern channel on Friday after a fishing boat"
            + " reported a drifting mine, officials said.</p>";
    private static final String SECOND = "<p>Ferries to the islands will use the southern route until the mine has been"
            + " made safe, which could take a week.</p>";

    private static String restored(String html) {
        Document doc = Jsoup.parse(html);
        assertThat(StreamedSegments.mayHaveSegments(html)).isTrue();
        StreamedSegments.restore(doc);
        return doc.body().text();
    }

    @Test
    void aLoadingNoticeIsTheFallbackEvenWithoutTheBoundaryComments() {
        String html = "<main><template id=\"B:0\"></template><div>Loading paragraph...</div><p>Divers reached the object"
                + " at noon.</p></main><div hidden id=\"S:0\">" + FIRST + "</div>";
        assertThat(restored(html)).startsWith("The coast guard closed").doesNotContain("Loading").contains("Divers reached");
    }

    @Test
    void hiddenSegmentsReplaceTheirPlaceholdersAndFallbacks() {
        String html = "<main><h1>Channel closed</h1><!--$?--><template id=\"B:0\"></template><div>Loading paragraph...</div>"
                + "<!--/$--><p>Divers reached the object at noon.</p><!--$?--><template id=\"B:1\"></template>"
                + "<div>Loading paragraph...</div><!--/$--></main>"
                + "<div hidden id=\"S:0\">" + FIRST + "</div><div hidden id=\"S:1\">" + SECOND + "</div>";
        String text = restored(html);
        assertThat(text).doesNotContain("Loading");
        assertThat(text.indexOf("The coast guard closed")).isLessThan(text.indexOf("Divers reached"));
        assertThat(text.indexOf("Divers reached")).isLessThan(text.indexOf("Ferries to the islands"));
        assertThat(Jsoup.parse(html).select("div[hidden]")).hasSize(2);
    }

    @Test
    void theRenderersOwnCallsSayWhichSegmentGoesWhere() {
        String html = "<main><template id=\"B:0\"></template><p>Divers reached the object at noon.</p>"
                + "<template id=\"B:1\"></template></main>"
                + "<div hidden id=\"S:0\">" + SECOND + "</div><script>$RC(\"B:1\",\"S:0\")</script>"
                + "<div hidden id=\"S:1\">" + FIRST + "</div><script>$RC(\"B:0\",\"S:1\")</script>";
        String text = restored(html);
        assertThat(text.indexOf("The coast guard closed")).isLessThan(text.indexOf("Divers reached"));
        assertThat(text.indexOf("Divers reached")).isLessThan(text.indexOf("Ferries to the islands"));
    }

    @Test
    void theArticleOfAStreamedPageIsReadWhole() throws RejectedInputException {
        String html = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><main><h1>Channel closed</h1>"
                + "<p>Divers from the navy reached the object at noon and confirmed that it was a naval mine from the last"
                + " century, still armed.</p><template id=\"B:0\"></template><div>Loading paragraph...</div></main>"
                + "<footer><p>Harbour News is published every weekday by the harbour office in the old town.</p></footer>"
                + "<div hidden id=\"S:0\">" + FIRST + SECOND + "</div></body></html>";
        String text = new ArticleExtractor().extract(html.getBytes(StandardCharsets.UTF_8), "page.html").text();
        assertThat(text).startsWith("Divers from the navy").contains("The coast guard closed", "Ferries to the islands")
                .doesNotContain("Harbour News", "Loading");
    }
}
