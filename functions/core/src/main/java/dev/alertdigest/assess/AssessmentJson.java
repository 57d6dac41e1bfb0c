package dev.alertdigest.assess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Explicit JSON mapping of {@link ThreatAssessment}, field by field: the CLI's assess output, the
 * dimensions attribute in DynamoDB, and digest JSON all use this one shape.
 */
public final class AssessmentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AssessmentJson() {
    }

    /** Adds the assessment's fields to {@code node} (kept flat so extract and assess output line up). */
    public static ObjectNode writeInto(ObjectNode node, ThreatAssessment assessment) {
        node.put("kind", assessment.kind().label());
        node.put("score", assessment.score());
        node.put("tier", assessment.tier().name());
        node.put("tierLevel", assessment.tier().level());
        strings(node.putArray("rules"), assessment.rules());
        strings(node.putArray("actors"), assessment.actors());
        strings(node.putArray("places"), assessment.places());
        strings(node.putArray("times"), assessment.times());
        node.put("allClear", assessment.allClear());
        node.put("headline", assessment.headline());
        strings(node.putArray("summary"), assessment.summary());
        node.put("sms", assessment.sms());
        node.set("dimensions", dimensionsToJson(assessment.dimensions()));
        return node;
    }

    public static ObjectNode toJson(ThreatAssessment assessment) {
        return writeInto(MAPPER.createObjectNode(), assessment);
    }

    public static ObjectNode dimensionsToJson(List<DimensionScore> dimensions) {
        ObjectNode node = MAPPER.createObjectNode();
        for (DimensionScore score : dimensions) {
            ObjectNode d = node.putObject(score.dimension().label());
            d.put("value", score.value());
            d.put("label", score.label());
            strings(d.putArray("evidence"), score.evidence());
        }
        return node;
    }

    public static List<DimensionScore> dimensionsFromJson(JsonNode node) {
        List<DimensionScore> dimensions = new ArrayList<>();
        if (node == null) {
            return dimensions;
        }
        for (Dimension dimension : Dimension.values()) {
            JsonNode d = node.get(dimension.label());
            if (d != null) {
                dimensions.add(new DimensionScore(dimension, d.path("value").asInt(),
                        d.path("label").asText(""), strings(d.get("evidence"))));
            }
        }
        return dimensions;
    }

    public static ThreatAssessment fromJson(JsonNode node) {
        return new ThreatAssessment(
                Kind.ofLabel(node.path("kind").asText("other")),
                node.path("score").asInt(),
                Tier.valueOf(node.path("tier").asText("BACKGROUND")),
                strings(node.get("actors")),
                strings(node.get("places")),
                strings(node.get("times")),
                dimensionsFromJson(node.get("dimensions")),
                node.path("allClear").asBoolean(false),
                node.path("headline").asText(""),
                strings(node.get("summary")),
                node.path("sms").asText(""),
                strings(node.get("rules")));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
