package dev.alertdigest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

    private static final List<String> DATE_KEYS = List.of("article:published_time", "og:article:published_time",
            "datepublished", "og:published_time", "published_time", "article.published", "parsely-pub-date",
            "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
            "citation_publication_date", "citation_date", "dc.date.issued", "dcterms.issued", "dc.date",
            "dcterms.date", "dcterms.created", "date", "article.created");
    private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "parsely-author",
            "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author", "twitter:creator:name");
    private static final List<String> SITE_KEYS = List.of("og:site_name", "application-name",
            "apple-mobile-web-app-title", "publisher", "dc.publisher");

    /** Reads the metadata; call before the body is walked (JSON-LD scripts are read from the document). */
    static PageMetadata read(Document doc) {
        Map<String, String> meta = metaTags(doc);
        List<String> scripts = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            scripts.add(script.data());
        }
        JsonLd jsonLd = scripts.isEmpty() ? JsonLd.NONE : JsonLd.read(scripts);

        String siteName = firstOf(meta, SITE_KEYS);
        if (siteName == null) {
            siteName = jsonLd.publisher();
        }
        String url = canonicalUrl(doc, meta);
        String title = Headline.choose(headings(doc),
                java.util.Arrays.asList(meta.get("og:title"), jsonLd.headline(), meta.get("twitter:title"), doc.title()),
                siteName);
        return new PageMetadata(title, siteName, byline(doc, meta, jsonLd), published(doc, meta, jsonLd, url), url, jsonLd);
    }

    /** name=, property= and itemprop= meta tags by lower-cased key; the first of each key wins. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element tag : doc.getElementsByTag("meta")) {
            String content = tag.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                String key = tag.attr(attribute).toLowerCase(Locale.ROOT).strip();
                if (!key.isEmpty()) {
                    meta.putIfAbsent(key, content);
                }
            }
        }
        return meta;
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

    private static List<String> headings(Document doc) {
        List<String> texts = new ArrayList<>();
        for (Element h1 : doc.getElementsByTag("h1")) {
            String text = h1.text();
            if (!text.isBlank() && text.length() < 400) {
                texts.add(text);
            }
            if (texts.size() == 5) {
                break;
            }
        }
        return texts;
    }

    private static String canonicalUrl(Document doc, Map<String, String> meta) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = canonical != null ? canonical.attr("href").strip() : meta.get("og:url");
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            url = meta.get("og:url");
        }
        return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url.strip() : null;
    }

    private static String byline(Document doc, Map<String, String> meta, JsonLd jsonLd) {
        String fromJson = Byline.join(jsonLd.authors());
        if (fromJson != null) {
            return fromJson;
        }
        for (String key : AUTHOR_KEYS) {
            String value = Byline.clean(meta.get(key));
            if (value != null) {
                return value;
            }
        }
        for (Element element : doc.select("[itemprop=author], [rel=author], [class*=byline], [class*=author-name]")) {
            Element name = element.selectFirst("[itemprop=name]");
            String value = Byline.clean(name != null ? name.text() : element.text());
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String published(Document doc, Map<String, String> meta, JsonLd jsonLd, String url) {
        String fromMeta = PublicationDate.parse(meta.get("article:published_time"));
        if (fromMeta != null) {
            return fromMeta;
        }
        String fromJson = PublicationDate.parse(jsonLd.published());
        if (fromJson != null) {
            return fromJson;
        }
        for (String key : DATE_KEYS) {
            String value = PublicationDate.parse(meta.get(key));
            if (value != null) {
                return value;
            }
        }
        for (Element element : doc.select("[itemprop=datePublished], time[datetime], time[pubdate]")) {
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
        // Last resort: a short element whose class says it is a date ("post-date", "article__date").
        for (Element element : doc.select("[class*=date], [class*=time], [id*=date]")) {
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
