package dev.alertdigest.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Explicit JSON mapping of {@link Article}: the parsed/ objects in S3 and the CLI's extract output.
 * Field by field, no reflection, so the format is visible here and stable across refactors.
 */
public final class ArticleJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ArticleJson() {
    }

    public static ObjectNode toJson(Article article) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("title", article.title());
        node.put("source", article.source());
        node.put("dateline", article.dateline());
        node.put("published", article.published());
        node.put("byline", article.byline());
        node.put("url", article.url());
        node.put("text", article.text());
        return node;
    }

    public static Article fromJson(JsonNode node) {
        return new Article(
                text(node, "title"),
                text(node, "source"),
                text(node, "dateline"),
                text(node, "published"),
                text(node, "byline"),
                text(node, "url"),
                text(node, "text"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
