package dev.alertdigest.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * What a page's schema.org JSON-LD says about its article: headline, date, authors, publisher, body.
 * Pages embed it for search engines, so when present it is usually the most careful metadata on the page.
 * Malformed JSON-LD is common (trailing commas, raw newlines) and is read leniently or ignored.
 *
 * @param headline    the article's headline, or null
 * @param published   datePublished as written, or null
 * @param authors     author names in order, possibly empty
 * @param publisher   the publisher's (or the website's) name, or null
 * @param articleBody the full body text some sites include, or null
 */
record JsonLd(String headline, String published, List<String> authors, String publisher, String articleBody) {

    static final JsonLd NONE = new JsonLd(null, null, List.of(), null, null);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenews",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "techarticle",
            "scholarlyarticle", "report", "liveblogposting", "posting", "socialmediaposting", "medicalwebpage");
    /** Objects deeper than this are not article descriptions; the bound also protects against hostile nesting. */
    private static final int MAX_NODES = 2000;

    /** Reads the article facts from the text of all JSON-LD scripts of a page. */
    static JsonLd read(List<String> scripts) {
        JsonNode article = null;
        String siteName = null;
        for (String script : scripts) {
            JsonNode root = parse(script);
            if (root == null) {
                continue;
            }
            for (JsonNode node : objects(root)) {
                String type = typeOf(node);
                if (article == null && ARTICLE_TYPES.contains(type)) {
                    article = node;
                } else if (siteName == null && (type.equals("website") || type.equals("newsmediaorganization"))) {
                    siteName = text(node.get("name"));
                }
            }
        }
        if (article == null) {
            return siteName == null ? NONE : new JsonLd(null, null, List.of(), siteName, null);
        }
        String publisher = nameOf(article.get("publisher"));
        return new JsonLd(text(article.get("headline")), text(article.get("datePublished")), authors(article.get("author")),
                publisher != null ? publisher : siteName, text(article.get("articleBody")));
    }

    private static JsonNode parse(String script) {
        try (JsonParser parser = MAPPER.createParser(script.strip())) {
            return MAPPER.readTree(parser);
        } catch (Exception e) {
            // A broken script tag says nothing; the page's other metadata still counts.
            return null;
        }
    }

    /** Every object in the tree (top level, arrays, "@graph", nested), breadth first and bounded. */
    private static List<JsonNode> objects(JsonNode root) {
        List<JsonNode> found = new ArrayList<>();
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        int seen = 0;
        while (!queue.isEmpty() && seen++ < MAX_NODES) {
            JsonNode node = queue.poll();
            if (node.isObject()) {
                found.add(node);
                JsonNode graph = node.get("@graph");
                if (graph != null) {
                    queue.add(graph);
                }
                JsonNode main = node.get("mainEntity");
                if (main != null) {
                    queue.add(main);
                }
            } else if (node.isArray()) {
                node.forEach(queue::add);
            }
        }
        return found;
    }

    private static String typeOf(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return "";
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                String name = each.asText().toLowerCase();
                if (ARTICLE_TYPES.contains(name)) {
                    return name;
                }
            }
            return type.isEmpty() ? "" : type.get(0).asText().toLowerCase();
        }
        return type.asText().toLowerCase();
    }

    private static List<String> authors(JsonNode author) {
        List<String> names = new ArrayList<>();
        if (author == null) {
            return names;
        }
        if (author.isArray()) {
            for (JsonNode each : author) {
                String name = nameOf(each);
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
        } else {
            String name = nameOf(author);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static String nameOf(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : nameOf(node.get(0));
        }
        if (node.isTextual()) {
            String value = node.asText().strip();
            return value.startsWith("http") ? null : blankToNull(value);
        }
        return text(node.get("name"));
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        return node.isValueNode() ? blankToNull(node.asText().strip()) : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
