package dev.alertdigest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Puts the parts of a streamed page back where the reader sees them.
 *
 * <p>React's streaming server renderer (Next.js and others) first sends the page with placeholders
 * ({@code <template id="B:0"></template><div>Loading…</div>}) and later, in the same response, the real content in
 * hidden containers at the end of the body ({@code <div hidden id="S:0">…</div>}), which a script then moves into
 * place. Read as it arrives, such a page has only "Loading…" where the article should be and the article itself
 * hidden and out of place. This does the script's work: each hidden segment replaces its placeholder and the
 * loading fallback after it.
 */
final class StreamedSegments {

    /** The renderer's calls that move content: $RC(boundary, segment) and $RS(segment, placeholder). */
    private static final Pattern COMPLETE_BOUNDARY = Pattern.compile("\\$RC\\(\"(B:[0-9a-zA-Z]+)\",\"(S:[0-9a-zA-Z]+)\"");
    private static final Pattern COMPLETE_SEGMENT = Pattern.compile("\\$RS\\(\"(S:[0-9a-zA-Z]+)\",\"(P:[0-9a-zA-Z]+)\"");
    /** The comment React writes after a boundary's fallback content. */
    private static final String BOUNDARY_END = "/$";
    /** "Loading...", "Loading paragraph…": what a fallback says while the content is on its way. */
    private static final Pattern LOADING_NOTICE = Pattern.compile("(?i)loading\\b[\\p{L} ]{0,30}(\\.{3}|…)?");

    private StreamedSegments() {
    }

    /** Cheap test on the raw page, so pages that were not streamed cost nothing more. */
    static boolean mayHaveSegments(String html) {
        return html.contains("id=\"S:") && html.contains("<template");
    }

    /** Moves every hidden segment of the document into its placeholder. */
    static void restore(Document doc) {
        List<Element> segments = doc.select("div[hidden][id^=S:]");
        if (segments.isEmpty()) {
            return;
        }
        Map<String, String> placeholderOf = placeholdersFromScripts(doc);
        for (Element segment : segments) {
            String suffix = segment.id().substring(2);
            // Saved pages often lose their scripts; the renderer numbers a boundary and its first segment alike.
            Element placeholder = placeholderOf.containsKey(segment.id())
                    ? doc.getElementById(placeholderOf.get(segment.id()))
                    : firstNonNull(doc.getElementById("B:" + suffix), doc.getElementById("P:" + suffix));
            if (placeholder == null || !placeholder.normalName().equals("template") || placeholder.parent() == null) {
                continue;
            }
            if (placeholder.id().startsWith("B:")) {
                removeFallback(placeholder);
            }
            for (Node child : List.copyOf(segment.childNodes())) {
                placeholder.before(child);
            }
            placeholder.remove();
            segment.remove();
        }
    }

    private static Map<String, String> placeholdersFromScripts(Document doc) {
        Map<String, String> placeholderOf = new HashMap<>();
        for (Element script : doc.getElementsByTag("script")) {
            String code = script.data();
            if (!code.contains("$R")) {
                continue;
            }
            Matcher boundary = COMPLETE_BOUNDARY.matcher(code);
            while (boundary.find()) {
                placeholderOf.put(boundary.group(2), boundary.group(1));
            }
            Matcher segment = COMPLETE_SEGMENT.matcher(code);
            while (segment.find()) {
                placeholderOf.put(segment.group(1), segment.group(2));
            }
        }
        return placeholderOf;
    }

    /**
     * Drops the fallback shown until the content arrives: everything between a boundary's placeholder and the
     * comment that closes the boundary. Saved pages often lose their comments; then only a loading notice right after
     * the placeholder is recognisably the fallback.
     */
    private static void removeFallback(Element placeholder) {
        Node end = placeholder.nextSibling();
        while (end != null && !(end instanceof Comment comment && comment.getData().equals(BOUNDARY_END))) {
            end = end.nextSibling();
        }
        if (end == null) {
            Element next = placeholder.nextElementSibling();
            if (next != null && LOADING_NOTICE.matcher(next.text()).matches()) {
                next.remove();
            }
            return;
        }
        for (Node node = placeholder.nextSibling(); node != end; ) {
            Node next = node.nextSibling();
            node.remove();
            node = next;
        }
    }

    private static Element firstNonNull(Element first, Element second) {
        return first != null ? first : second;
    }
}
