package dev.alertdigest.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * An upload that will not become an assessment, and why: the record that makes sure bad input is never
 * silently lost nor retried forever.
 *
 * @param objectKey the uploaded object's key
 * @param stage     the function that refused it (parse, score)
 * @param reason    a stable code (EMPTY, TOO_LARGE, BINARY, UNDECODABLE, NO_TEXT, MALFORMED)
 * @param message   what happened and what to do, for a person
 * @param size      the object's size in bytes
 */
public record Rejection(String objectKey, String stage, String reason, String message, long size, Instant at) {

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("objectKey", objectKey);
        node.put("stage", stage);
        node.put("reason", reason);
        node.put("message", message);
        node.put("size", size);
        node.put("at", at.toString());
        return node;
    }

    public static Rejection fromJson(JsonNode node) {
        return new Rejection(node.path("objectKey").asText(), node.path("stage").asText(),
                node.path("reason").asText(), node.path("message").asText(), node.path("size").asLong(),
                Instant.parse(node.path("at").asText(Instant.EPOCH.toString())));
    }
}
