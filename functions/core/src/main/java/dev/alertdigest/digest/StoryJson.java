package dev.alertdigest.digest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alertdigest.assess.Dimension;
import dev.alertdigest.assess.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Explicit JSON mapping of {@link Story}, field by field (no reflection, so renaming a record component cannot
 * silently change stored items): the story item's JSON attribute in DynamoDB. Instants are ISO-8601 strings,
 * fingerprints their {@link TextFingerprint#encode()} form. Reading tolerates absent optional fields so items
 * written by an older version still load.
 */
public final class StoryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StoryJson() {
    }

    public static ObjectNode toJson(Story story) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("storyId", story.storyId());
        node.put("headline", story.headline());
        node.put("tier", story.tier().name());
        node.put("tierLevel", story.tier().level());
        node.put("score", story.score());
        node.put("summary", story.summary());
        strings(node.putArray("sources"), story.sources());
        ArrayNode articles = node.putArray("articles");
        for (ArticleRef ref : story.articles()) {
            ObjectNode a = articles.addObject();
            a.put("articleId", ref.articleId());
            a.put("key", ref.objectKey());
            a.put("title", ref.title());
            a.put("source", ref.source());
            a.put("published", ref.published());
            a.put("assessedAt", ref.assessedAt().toString());
            a.put("score", ref.score());
            a.put("tier", ref.tier().name());
            a.put("allClear", ref.allClear());
            a.put("fingerprint", ref.fingerprint().encode());
        }
        strings(node.putArray("actors"), story.actors());
        strings(node.putArray("places"), story.places());
        node.put("firstSeen", story.firstSeen().toString());
        node.put("lastSeen", story.lastSeen().toString());
        node.put("expiresAt", story.expiresAt().toString());
        node.put("allClear", story.allClear());
        node.put("closedAt", story.closedAt() == null ? null : story.closedAt().toString());
        evidence(node.putArray("evidence"), story.evidence());
        return node;
    }

    public static Story fromJson(JsonNode node) {
        List<ArticleRef> articles = new ArrayList<>();
        for (JsonNode a : node.path("articles")) {
            articles.add(new ArticleRef(a.path("articleId").asText(), text(a, "key"), a.path("title").asText(""),
                    text(a, "source"), text(a, "published"), Instant.parse(a.path("assessedAt").asText()),
                    a.path("score").asInt(), Tier.valueOf(a.path("tier").asText()), a.path("allClear").asBoolean(),
                    a.hasNonNull("fingerprint") ? TextFingerprint.decode(a.get("fingerprint").asText())
                            : TextFingerprint.empty()));
        }
        List<EvidenceLine> evidence = new ArrayList<>();
        for (JsonNode e : node.path("evidence")) {
            evidence.add(new EvidenceLine(Dimension.valueOf(e.path("dimension").asText().toUpperCase(
                    java.util.Locale.ROOT)), e.path("value").asInt(), e.path("text").asText()));
        }
        String closedAt = text(node, "closedAt");
        return new Story(node.path("storyId").asText(), node.path("headline").asText(""),
                Tier.valueOf(node.path("tier").asText()), node.path("score").asInt(), node.path("summary").asText(""),
                strings(node.get("sources")), articles, strings(node.get("actors")), strings(node.get("places")),
                Instant.parse(node.path("firstSeen").asText()), Instant.parse(node.path("lastSeen").asText()),
                Instant.parse(node.path("expiresAt").asText()), node.path("allClear").asBoolean(),
                closedAt == null ? null : Instant.parse(closedAt), evidence);
    }

    /** Evidence lines as {dimension, value, text} objects: digest JSON uses the same shape. */
    static ArrayNode evidence(ArrayNode array, List<EvidenceLine> evidence) {
        for (EvidenceLine line : evidence) {
            ObjectNode e = array.addObject();
            e.put("dimension", line.dimension().label());
            e.put("value", line.value());
            e.put("text", line.text());
        }
        return array;
    }

    static ArrayNode strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
