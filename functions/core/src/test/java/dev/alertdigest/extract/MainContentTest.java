package dev.alertdigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** How the body is chosen when class names do not help: by the shape of the text alone. */
class MainContentTest {

    private static final String STORY = "<p>The coast guard closed the northern channel on Friday after a fishing boat reported"
            + " a drifting mine, officials said in a statement.</p>"
            + "<p>Divers from the navy reached the object at noon and confirmed that it was a naval mine from the last"
            + " century, still armed.</p>"
            + "<p>Ferries to the islands will use the southern route until the mine has been made safe, which could take"
            + " until the middle of next week.</p>";

    private static List<String> texts(String html) {
        return MainContent.find(Jsoup.parse(html).body(), text -> false).stream().map(TextBlock::text).toList();
    }

    @Test
    void teaserListOfOtherStoriesIsLeftOut() {
        StringBuilder teasers = new StringBuilder("<div>");
        for (int i = 1; i <= 4; i++) {
            teasers.append("<div><h3><a href='/s").append(i).append("'>Other story number ").append(i)
                    .append("</a></h3><p>A short summary of another story, just long enough to read like prose.</p></div>");
        }
        teasers.append("</div>");
        List<String> texts = texts("<div><div>" + STORY + "</div>" + teasers + "</div>");
        assertThat(texts).hasSize(3);
        assertThat(texts.get(0)).startsWith("The coast guard closed");
    }

    @Test
    void navigationAndFooterAreLeftOutWithoutClassNames() {
        String nav = "<div><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a> <a href='/weather'>Weather</a></div>";
        List<String> texts = texts(nav + "<div>" + STORY + "</div><div><a href='/about'>About us</a> | <a href='/jobs'>Jobs</a></div>");
        assertThat(texts).hasSize(3).noneMatch(t -> t.contains("Sport") || t.contains("Jobs"));
    }

    @Test
    void articleSplitAroundLinkHeavyBoxesIsKeptWhole() {
        String box = "<div><a href='/a'>Compare prices at the shop on the corner</a> <a href='/b'>and at the other shop too</a></div>";
        String html = "<div><div>" + STORY + "</div>" + box + box + "<div><p>A second section of the same report follows the box,"
                + " with more detail from the harbour master about the closure.</p><p>The harbour master said the"
                + " channel had last been closed for a mine in 1987, when a trawler brought one up in its nets.</p></div>"
                + box + "</div>";
        assertThat(texts(html)).hasSize(5).last().asString().startsWith("The harbour master said");
    }

    @Test
    void callsToActionAtTheEndAreCut() {
        String html = "<div>" + STORY + "<p>Sign up for our newsletter to get the latest updates in your inbox.</p>"
                + "<p>Follow us on social media for more.</p></div>";
        assertThat(texts(html)).hasSize(3).last().asString().startsWith("Ferries to the islands");
    }

    @Test
    void collapsedAccordionPanelsStayAndOtherHiddenElementsGo() {
        String html = "<div>" + STORY + "<div class='faq-accordion'><h3>Why was the channel closed?</h3>"
                + "<div style='display:none'><p>Because a mine that old can still go off when a hull or an anchor"
                + " touches it, the channel stays closed until it is removed.</p></div></div>"
                + "<div style='display: none'><p>Newsletter: get the harbour news in your inbox every morning, free"
                + " of charge, by signing up below today.</p></div></div>";
        List<String> texts = texts(html);
        assertThat(texts).anyMatch(t -> t.startsWith("Because a mine that old"));
        assertThat(texts).noneMatch(t -> t.startsWith("Newsletter"));
    }

    @Test
    void utilityClassHiddenIsNotFurniture() {
        assertThat(texts("<div class='hidden md:block'>" + STORY + "</div>")).hasSize(3);
    }

    @Test
    void aRepeatedParagraphIsReadOnce() {
        assertThat(texts("<div>" + STORY + "</div><div>" + STORY + "</div>")).hasSize(3);
    }

    @Test
    void sectionsNamedAsJumpTargetsAreTheArticle() {
        String html = "<a class='skip-link' href='#main'>Skip to main content</a>"
                + "<div id='main'><ul class='jump-menu'><li><a href='#closure'>The closure</a></li>"
                + "<li><a href='#mine'>The mine</a></li></ul>"
                + "<section class='jump-section' id='closure'><h2>The closure</h2>" + STORY + "</section>"
                + "<div class='skip-item' id='mine'><h2>The mine</h2><p>The mine is of a type laid in large numbers"
                + " in the last century, and several are still found every year.</p></div></div>";
        List<String> texts = texts(html);
        assertThat(texts).contains("The closure", "The mine").anyMatch(t -> t.startsWith("The mine is of a type"));
        assertThat(texts).anyMatch(t -> t.startsWith("The coast guard closed")).noneMatch(t -> t.startsWith("Skip to"));
    }

    @Test
    void sectionsNamedAfterTheTableOfContentsAreTheArticle() {
        String html = "<div class='toc'><a href='#toc_closure'>The closure</a> <a href='#toc_mine'>The mine</a></div>"
                + "<div class='toc-chapters'><section class='toc-para' id='toc_closure'>" + STORY + "</section>"
                + "<section class='toc-para' id='toc_mine'><p>The mine is of a type laid in large numbers in the last"
                + " century, and several are still found every year.</p></section></div>";
        List<String> texts = texts(html);
        assertThat(texts).hasSize(4).noneMatch(t -> t.contains("The closure"));
        assertThat(texts.get(3)).startsWith("The mine is of a type");
    }

    @Test
    void highlightedCodeKeepsItsCommentsAndTokens() {
        String html = "<div>" + STORY + "<pre><code><span class='hljs-comment'># make the chart readable</span>\n"
                + "chart --scale 2 <span class='token tag'>harbour.svg</span></code></pre></div>";
        assertThat(texts(html)).hasSize(4).last().isEqualTo("# make the chart readable chart --scale 2 harbour.svg");
    }

    @Test
    void aListOfLinksTheArticleIntroducesIsKept() {
        String links = "<ul><li><a href='/a'>Notice to mariners 12/2024</a></li>"
                + "<li><a href='/c'>Ferry timetable, southern route</a></li></ul>";
        String html = "<div>" + STORY + "<p>The harbour office has published two documents for skippers:</p>" + links
                + "<p>Officials will update the documents when the channel reopens next week.</p>"
                + "<p>You might also like:</p>" + links.replace("Notice", "Other notice") + "</div>";
        List<String> texts = texts(html);
        assertThat(texts).contains("Notice to mariners 12/2024", "Ferry timetable, southern route")
                .doesNotContain("Other notice to mariners 12/2024");
    }

    @Test
    void aListOfLinksNobodyIntroducesIsLeftOut() {
        String html = "<div>" + STORY + "<ul><li><a href='/a'>Notice to mariners 12/2024</a></li><li><a href='/b'>Chart"
                + " of the northern channel</a></li></ul></div>";
        assertThat(texts(html)).hasSize(3);
    }

    @Test
    void accordionPanelsNamedWithFurnitureWordsAreTheArticle() {
        StringBuilder html = new StringBuilder("<div class='entry-content'>" + STORY + "<div class='accordion-wrap pane-header-left'>");
        for (int i = 1; i <= 3; i++) {
            html.append("<h3>Question ").append(i).append(" about the closure</h3><p>Answer ").append(i)
                    .append(": the harbour master explains what skippers must do while the northern channel is shut.</p>");
        }
        html.append("</div></div>");
        assertThat(texts(html.toString())).hasSize(9).last().asString().startsWith("Answer 3:");
    }
}
