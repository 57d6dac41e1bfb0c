package dev.alertdigest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.alertdigest.article.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Inputs that must give an article or a clear rejection: never another exception, never a hang. */
class BadInputTest {

    private static final String PARAGRAPH = "Officials said the checkpoint would stay closed until further notice after"
            + " the threat was reported on Tuesday morning.";
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String page(String body) {
        return "<html><head><title>Checkpoint closed</title></head><body>" + body + "</body></html>";
    }

    @Test
    void emptyFileIsRejectedAsEmpty() {
        assertThatThrownBy(() -> extractor.extract(new byte[0], "empty.html"))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.EMPTY));
    }

    @Test
    void binaryFileIsRejectedAsBinary() {
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}, 0, png, 0, 8);
        assertThatThrownBy(() -> extractor.extract(png, "image.png"))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.BINARY));
    }

    @Test
    void fileOverTheLimitIsRejectedAsTooLargeEvenWhenGzipped() throws IOException {
        ArticleExtractor small = new ArticleExtractor(1000);
        byte[] big = utf8(page("<p>" + PARAGRAPH.repeat(20) + "</p>"));
        assertThatThrownBy(() -> small.extract(big, "big.html"))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.TOO_LARGE));
        byte[] gzipped = gzip(big);
        assertThat(gzipped.length).isLessThan(1000);
        assertThatThrownBy(() -> small.extract(gzipped, "big.html.gz"))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.TOO_LARGE));
    }

    @Test
    void gzippedPageIsReadAndBrokenGzipIsRejected() throws Exception {
        byte[] gzipped = gzip(utf8(page("<p>" + PARAGRAPH + "</p>")));
        assertThat(extractor.extract(gzipped, "page.html.gz").text()).isEqualTo(PARAGRAPH);
        byte[] broken = java.util.Arrays.copyOf(gzipped, 12);
        assertThatThrownBy(() -> extractor.extract(broken, "broken.gz"))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.UNDECODABLE))
                .hasMessageContaining("truncated").hasMessageContaining("upload it again")
                .hasMessageNotContaining("null");
        byte[] cut = java.util.Arrays.copyOf(gzipped, gzipped.length / 2);
        assertThatThrownBy(() -> extractor.extract(cut, "cut.gz")).hasMessageContaining("truncated")
                .hasMessageNotContaining("ZLIB");
    }

    @Test
    void pageWithoutTextIsRejectedAsNoText() {
        assertThatThrownBy(() -> extractor.extract(utf8(page("<div><img src=a.png></div>")), "blank.html"))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.NO_TEXT));
    }

    @Test
    void truncatedAndMalformedHtmlStillGivesTheText() throws Exception {
        String truncated = page("<div class=story><p>" + PARAGRAPH + "</p><p>Second paragraph of the story, which was cut off in the middle of a wor");
        Article article = extractor.extract(utf8(truncated.substring(0, truncated.length() - 14)), "cut.html");
        assertThat(article.paragraphs().get(0)).isEqualTo(PARAGRAPH);
        Article malformed = extractor.extract(utf8("<html><body><p>" + PARAGRAPH + "<div><span></p></b></i><table><td>"
                + "</div><<p>>Unclosed <a href='x>link"), "malformed.html");
        assertThat(malformed.text()).startsWith(PARAGRAPH);
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() throws Exception {
        int depth = 100_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>" + PARAGRAPH + "</p>" + "</div>".repeat(depth) + "</body></html>";
        Article article = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extractor.extract(utf8(html), "deep.html"));
        assertThat(article.text()).isEqualTo(PARAGRAPH);
    }

    @Test
    void deeplyNestedLinkListsStayLinear() throws Exception {
        int depth = 20_000;
        String links = "<a href=/a>First link</a> <a href=/b>Second link</a> <a href=/c>Third link</a>";
        String html = "<html><body><p>" + PARAGRAPH + "</p>" + ("<div><p>" + links + "</p>").repeat(depth)
                + "</div>".repeat(depth) + "</body></html>";
        Article article = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extractor.extract(utf8(html), "links.html"));
        assertThat(article.text()).isEqualTo(PARAGRAPH);
    }

    @Test
    void pageWithoutBodyElementGivesItsText() throws Exception {
        Article headOnly = extractor.extract(utf8("<!DOCTYPE html><title>Notice</title><p>" + PARAGRAPH), "nobody.html");
        assertThat(headOnly.text()).isEqualTo(PARAGRAPH);
        assertThat(headOnly.title()).isEqualTo("Notice");
    }

    @Test
    void windows1252WithoutDeclarationIsDecoded() throws Exception {
        String text = "Caf\u00e9 owners \u201cfeared the worst\u201d after the blast, the mayor said on Tuesday evening.";
        byte[] bytes = ("<html><body><p>" + text + "</p></body></html>").getBytes(Charset.forName("windows-1252"));
        assertThat(extractor.extract(bytes, "cp1252.html").text()).isEqualTo(text);
    }

    @Test
    void declaredLatin1CharsetIsHonoured() throws Exception {
        String text = "Gr\u00fc\u00dfe aus M\u00fcnchen: die Polizei warnte vor Taschendieben am Hauptbahnhof am Abend.";
        byte[] bytes = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
                + "<body><p>" + text + "</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(extractor.extract(bytes, "latin1.html").text()).isEqualTo(text);
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        String html = page("<p>\u041f\u043e\u043b\u0438\u0446\u0438\u044f \u0437\u0430\u043a\u0440\u044b\u043b\u0430 "
                + "\u0432\u043e\u043a\u0437\u0430\u043b " + PARAGRAPH + "</p>");
        byte[] le = concat(new byte[] {(byte) 0xff, (byte) 0xfe}, html.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xfe, (byte) 0xff}, html.getBytes(StandardCharsets.UTF_16BE));
        assertThat(extractor.extract(le, "le.html").text()).startsWith("\u041f\u043e\u043b\u0438\u0446\u0438\u044f").endsWith("morning.");
        assertThat(extractor.extract(be, "be.html").text()).startsWith("\u041f\u043e\u043b\u0438\u0446\u0438\u044f").endsWith("morning.");
    }

    @Test
    void textInOtherLanguagesIsKept() throws Exception {
        String chinese = "\u8b66\u65b9\u5468\u4e8c\u8868\u793a\uff0c\u7531\u4e8e\u6536\u5230\u5a01\u80c1\uff0c\u68c0\u67e5\u7ad9\u5c06\u4fdd\u6301\u5173\u95ed\uff0c"
                .repeat(4) + "\u76f4\u81f3\u53e6\u884c\u901a\u77e5\u3002";
        String arabic = "\u0642\u0627\u0644\u062a \u0627\u0644\u0634\u0631\u0637\u0629 \u0625\u0646 \u0646\u0642\u0637\u0629 \u0627\u0644\u062a\u0641\u062a\u064a\u0634 "
                .repeat(5) + "\u0633\u062a\u0628\u0642\u0649 \u0645\u063a\u0644\u0642\u0629.";
        assertThat(extractor.extract(utf8(page("<p>" + chinese + "</p><p>" + arabic + "</p>")), "zh.html").paragraphs())
                .containsExactly(chinese, arabic);
        assertThat(extractor.extract(utf8("Titel der Meldung hier\n\n" + "Die Polizei sperrte am Dienstag den Bahnhof nach einer Drohung. \n"),
                "de.txt").text()).isEqualTo("Die Polizei sperrte am Dienstag den Bahnhof nach einer Drohung.");
    }

    @Test
    void singleFiveMegabyteLineIsHandledQuickly() {
        String line = "word ".repeat(1_000_000);
        Article text = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extractor.extract(utf8(line), "line.txt"));
        assertThat(text.text()).hasSize(line.strip().length());
        Article html = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> extractor.extract(utf8("<p>" + line + "</p>"), "line.html"));
        assertThat(html.text()).hasSize(line.strip().length());
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
