package dev.alertdigest.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alertdigest.article.Article;
import dev.alertdigest.article.ArticleJson;

/**
 * A parsed/ object: the article and where it came from.
 *
 * @param articleId SHA-256 of the uploaded bytes
 * @param objectKey the uploaded object's key
 */
public record ParsedArticle(String articleId, String objectKey, Article article) {

    public ObjectNode toJson() {
        ObjectNode node = ArticleJson.toJson(article);
        node.put("articleId", articleId);
        node.put("objectKey", objectKey);
        return node;
    }

    public static ParsedArticle fromJson(JsonNode node) {
        String articleId = node.path("articleId").asText(null);
        String objectKey = node.path("objectKey").asText(null);
        if (articleId == null || objectKey == null) {
            throw new IllegalArgumentException("a parsed article needs articleId and objectKey");
        }
        return new ParsedArticle(articleId, objectKey, ArticleJson.fromJson(node));
    }
}
