package dev.alertdigest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The facts a page states about its article outside the body text: meta tags (Open Graph, Dublin Core,
 * Parse.ly, Sailthru ...), schema.org JSON-LD and microdata, &lt;time&gt; elements, the canonical URL.
 * Each field takes the first source that has it, most deliberate source first.
 *
 * @param title     the headline, site name removed ("" when the page has none)
 * @param siteName  the outlet or site, or null
 * @param byline    the author(s), or null
 * @param published ISO yyyy-MM-dd, or null
 * @param url       the canonical URL, or null
 * @param jsonLd    the page's JSON-LD article facts (its articleBody is a fallback for the text)
 */
record PageMetadata(String title, String siteName, String byline, String published, String url, JsonLd jsonLd) {

    private static final List<String> DATE_KEYS = List.of("og:article:published_time",
            "datepublished", "og:published_time", "published_time", "article.published", "parsely-pub-date",
            "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
            "citation_publication_date", "citation_date", "dc.date.issued", "dcterms.issued", "dc.date",
            "dcterms.date", "dcterms.created", "date", "article.created");
    private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "parsely-author",
            "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author", "twitter:creator:name");
    private static final List<String> SITE_KEYS = List.of("og:site_name", "application-name",
            "apple-mobile-web-app-title", "publisher", "dc.publisher");
    private static final int MAX_HEADINGS = 5;
    /** Only the first few byline- or date-like elements are worth reading; later ones belong to teasers. */
    private static final int MAX_HINTS = 8;

    /** Reads the metadata in one walk over the document (each CSS query would be a walk of its own). */
    static PageMetadata read(Document doc) {
        Collected found = new Collected();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element element) {
                found.visit(element);
            }
        }, doc);
        JsonLd jsonLd = found.scripts.isEmpty() ? JsonLd.NONE : JsonLd.read(found.scripts);
        String siteName = firstOf(found.meta, SITE_KEYS);
        if (siteName == null) {
            siteName = jsonLd.publisher();
        }
        String url = canonicalUrl(found);
        String title = Headline.choose(found.headings,
                Arrays.asList(found.meta.get("og:title"), jsonLd.headline(), found.meta.get("twitter:title"), doc.title()),
                siteName);
        return new PageMetadata(title, siteName, byline(found, jsonLd), published(found, jsonLd, url), url, jsonLd);
    }

    /** What the walk gathers: meta tags by lower-cased key, JSON-LD, headings, and elements that hint at a byline or date. */
    private static final class Collected {
        final Map<String, String> meta = new HashMap<>();
        final List<String> scripts = new ArrayList<>();
        final List<String> headings = new ArrayList<>();
        final List<Element> authorHints = new ArrayList<>();
        final List<Element> dateElements = new ArrayList<>();
        final List<Element> dateHints = new ArrayList<>();
        String canonical;

        void visit(Element element) {
            switch (element.normalName()) {
                case "meta" -> addMeta(element);
                case "script" -> {
                    if (element.attr("type").equalsIgnoreCase("application/ld+json")) {
                        scripts.add(element.data());
                    }
                }
                case "link" -> {
                    if (canonical == null && element.attr("rel").equalsIgnoreCase("canonical")) {
                        canonical = element.attr("href").strip();
                    }
                }
                case "h1" -> {
                    if (headings.size() < MAX_HEADINGS) {
                        String text = element.text();
                        if (!text.isBlank() && text.length() < 400) {
                            headings.add(text);
                        }
                    }
                }
                case "time" -> {
                    if (dateElements.size() < MAX_HINTS && (element.hasAttr("datetime") || element.hasAttr("pubdate"))) {
                        dateElements.add(element);
                    }
                }
                default -> {
                }
            }
            String itemprop = element.attr("itemprop");
            if (itemprop.equalsIgnoreCase("datePublished") && dateElements.size() < MAX_HINTS) {
                dateElements.add(0, element);
            }
            if (authorHints.size() < MAX_HINTS && (itemprop.equalsIgnoreCase("author")
                    || element.attr("rel").equalsIgnoreCase("author"))) {
                authorHints.add(element);
            }
            String className = element.className();
            if (!className.isEmpty()) {
                String lower = className.toLowerCase(Locale.ROOT);
                if (authorHints.size() < MAX_HINTS && (lower.contains("byline") || lower.contains("author-name"))) {
                    authorHints.add(element);
                }
                if (dateHints.size() < MAX_HINTS && (lower.contains("date") || lower.contains("time"))) {
                    dateHints.add(element);
                }
            }
        }

        private void addMeta(Element tag) {
            String content = tag.attr("content").strip();
            if (content.isEmpty()) {
                return;
            }
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                String key = tag.attr(attribute).toLowerCase(Locale.ROOT).strip();
                if (!key.isEmpty()) {
                    meta.putIfAbsent(key, content);
                }
            }
        }
    }

    private static String firstOf(Map<String, String> meta, List<String> keys) {
        for (String key : keys) {
            String value = meta.get(key);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String canonicalUrl(Collected found) {
        for (String url : Arrays.asList(found.canonical, found.meta.get("og:url"))) {
            if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
                return url.strip();
            }
        }
        return null;
    }

    private static String byline(Collected found, JsonLd jsonLd) {
        String fromJson = Byline.join(jsonLd.authors());
        if (fromJson != null) {
            return fromJson;
        }
        for (String key : AUTHOR_KEYS) {
            String value = Byline.clean(found.meta.get(key));
            if (value != null) {
                return value;
            }
        }
        for (Element element : found.authorHints) {
            Element name = element.selectFirst("[itemprop=name]");
            String value = Byline.clean(name != null ? name.text() : element.text());
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Declared dates first (meta, JSON-LD, microdata, &lt;time&gt;), then the URL, then a date-classed element's text. */
    private static String published(Collected found, JsonLd jsonLd, String url) {
        String fromMeta = PublicationDate.parse(found.meta.get("article:published_time"));
        if (fromMeta != null) {
            return fromMeta;
        }
        String fromJson = PublicationDate.parse(jsonLd.published());
        if (fromJson != null) {
            return fromJson;
        }
        for (String key : DATE_KEYS) {
            String value = PublicationDate.parse(found.meta.get(key));
            if (value != null) {
                return value;
            }
        }
        for (Element element : found.dateElements) {
            String value = PublicationDate.parse(element.hasAttr("datetime") ? element.attr("datetime")
                    : element.hasAttr("content") ? element.attr("content") : element.text());
            if (value != null) {
                return value;
            }
        }
        String fromUrl = PublicationDate.fromUrl(url);
        if (fromUrl != null) {
            return fromUrl;
        }
        for (Element element : found.dateHints) {
            String text = element.text();
            if (text.length() <= 80) {
                String value = PublicationDate.fromWords(text);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }
}
