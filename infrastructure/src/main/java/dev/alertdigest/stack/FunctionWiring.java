package dev.alertdigest.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The functions as template.yaml wires them: handler class, S3 key prefix or schedule that triggers each,
 * and the environment (with {@code !Ref}s left as {@link Reference}s for the local stack to resolve).
 */
public record FunctionWiring(String logicalId, String handlerClass, String s3Prefix, String schedule,
                             Map<String, EnvironmentValue> environment) {

    /** A value in a function's environment: a literal, or a reference to a resource or parameter. */
    public sealed interface EnvironmentValue permits Literal, Reference {
    }

    public record Literal(String value) implements EnvironmentValue {
    }

    /** @param parameterDefault the default when {@code logicalId} names a template parameter, else null */
    public record Reference(String logicalId, String parameterDefault) implements EnvironmentValue {
    }

    /** Every AWS::Serverless::Function in the template, in template order. */
    public static List<FunctionWiring> fromTemplate(JsonNode template) {
        List<FunctionWiring> functions = new ArrayList<>();
        JsonNode globalEnv = template.path("Globals").path("Function").path("Environment").path("Variables");
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            if (!"AWS::Serverless::Function".equals(resource.getValue().path("Type").asText())) {
                continue;
            }
            JsonNode properties = resource.getValue().path("Properties");
            String handler = properties.path("Handler").asText();
            Map<String, EnvironmentValue> environment = new LinkedHashMap<>();
            addEnvironment(template, globalEnv, environment);
            addEnvironment(template, properties.path("Environment").path("Variables"), environment);
            String prefix = null;
            String schedule = null;
            for (JsonNode event : properties.path("Events")) {
                String type = event.path("Type").asText();
                if (type.equals("S3")) {
                    for (JsonNode rule : event.path("Properties").path("Filter").path("S3Key").path("Rules")) {
                        if (rule.path("Name").asText().equals("prefix")) {
                            prefix = rule.path("Value").asText();
                        }
                    }
                } else if (type.equals("Schedule")) {
                    JsonNode expression = event.path("Properties").path("Schedule");
                    schedule = expression.has("Ref") ? parameterDefault(template, expression.get("Ref").asText()) : expression.asText();
                }
            }
            functions.add(new FunctionWiring(resource.getKey(), handler.split("::")[0], prefix, schedule, environment));
        }
        return functions;
    }

    public static List<FunctionWiring> fromTemplate(InputStream yaml) throws IOException {
        return fromTemplate(CloudFormationYaml.read(yaml));
    }

    /** The default a template parameter declares, or null. */
    public static String parameterDefault(JsonNode template, String parameter) {
        JsonNode value = template.path("Parameters").path(parameter).get("Default");
        return value == null ? null : value.asText();
    }

    private static void addEnvironment(JsonNode template, JsonNode variables, Map<String, EnvironmentValue> environment) {
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            JsonNode value = variable.getValue();
            environment.put(variable.getKey(), value.has("Ref")
                    ? new Reference(value.get("Ref").asText(), parameterDefault(template, value.get("Ref").asText()))
                    : new Literal(value.asText()));
        }
    }
}
