package dev.alertdigest.extract;

import dev.alertdigest.article.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an uploaded file (HTML, gzipped HTML, or scraped page text) into an {@link Article}.
 * First version: plain decoding and paragraph text; the extraction issue replaces the content logic.
 */
public final class ArticleExtractor {

    /** Largest input accepted, after decompression. */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

    private final int maxBytes;

    public ArticleExtractor() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleExtractor(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }

    public Article extract(byte[] content, String name) throws RejectedInputException {
        if (content.length == 0) {
            throw new RejectedInputException(RejectedInputException.Reason.EMPTY, "the file is empty (0 bytes)");
        }
        byte[] bytes = isGzip(content) ? gunzip(content) : content;
        if (bytes.length > maxBytes) {
            throw new RejectedInputException(RejectedInputException.Reason.TOO_LARGE,
                    "the file is " + bytes.length + " bytes, over the limit of " + maxBytes + " bytes");
        }
        String text = decode(bytes);
        String head = text.stripLeading();
        boolean html = head.startsWith("<") || head.regionMatches(true, 0, "<!doctype", 0, 9);
        Article article = html ? fromHtml(text) : fromText(text);
        if (article.text().isBlank()) {
            throw new RejectedInputException(RejectedInputException.Reason.NO_TEXT, "no article text found");
        }
        return article;
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private byte[] gunzip(byte[] bytes) throws RejectedInputException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw new RejectedInputException(RejectedInputException.Reason.TOO_LARGE,
                            "the file decompresses to more than " + maxBytes + " bytes");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new RejectedInputException(RejectedInputException.Reason.UNDECODABLE,
                    "the file looks gzipped but does not decompress: " + e.getMessage());
        }
    }

    private static String decode(byte[] bytes) throws RejectedInputException {
        int controls = 0;
        int sample = Math.min(bytes.length, 8192);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0 || (b < 0x09) || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                controls++;
            }
        }
        if (controls > sample / 100 + 1) {
            throw new RejectedInputException(RejectedInputException.Reason.BINARY,
                    "the file is binary (" + controls + " control bytes in the first " + sample + "), not a web page or text");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static Article fromHtml(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script,style,nav,header,footer,aside,form,noscript").remove();
        String title = doc.title();
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            title = h1.text();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element p : doc.select("p")) {
            String text = p.text().strip();
            if (text.length() > 40) {
                paragraphs.add(text);
            }
        }
        return new Article(title, null, null, null, null, null, String.join("\n\n", paragraphs));
    }

    private static Article fromText(String text) {
        List<String> paragraphs = new ArrayList<>();
        String title = null;
        for (String line : text.split("\r?\n")) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (title == null && stripped.length() > 20) {
                title = stripped;
            } else if (stripped.length() > 80) {
                paragraphs.add(stripped);
            }
        }
        return new Article(title, null, null, null, null, null, String.join("\n\n", paragraphs));
    }
}
