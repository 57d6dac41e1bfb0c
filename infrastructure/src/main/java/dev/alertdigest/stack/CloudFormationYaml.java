package dev.alertdigest.stack;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a CloudFormation/SAM template written in YAML, keeping the short-form intrinsic tags:
 * {@code !Ref X} becomes {@code {"Ref": "X"}}, {@code !GetAtt A.B} becomes {@code {"Fn::GetAtt": "A.B"}},
 * {@code !Sub s} becomes {@code {"Fn::Sub": "s"}} and so on (Jackson's own readTree drops the tags).
 */
public final class CloudFormationYaml {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CloudFormationYaml() {
    }

    public static JsonNode read(InputStream yaml) throws IOException {
        try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
            if (parser.nextToken() == null) {
                throw new IOException("the template is empty");
            }
            return value(parser);
        }
    }

    private static JsonNode value(YAMLParser parser) throws IOException {
        String tag = parser.getTypeId();
        JsonNode node = switch (parser.currentToken()) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(parser.getBooleanValue());
            // numbers stay text: CloudFormation treats scalars as strings, and "10485760" must survive as written
            default -> NODES.textNode(parser.getText());
        };
        if (tag == null) {
            return node;
        }
        String name = tag.startsWith("!") ? tag.substring(1) : tag;
        ObjectNode intrinsic = NODES.objectNode();
        intrinsic.set(name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name, node);
        return intrinsic;
    }

    private static ObjectNode object(YAMLParser parser) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            object.set(field, value(parser));
        }
        return object;
    }

    private static ArrayNode array(YAMLParser parser) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser));
        }
        return array;
    }
}
