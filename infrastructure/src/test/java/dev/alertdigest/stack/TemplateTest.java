package dev.alertdigest.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alertdigest.function.digest.DigestSettings;
import dev.alertdigest.function.score.ScoreSettings;
import dev.alertdigest.store.AlertTable;
import dev.alertdigest.store.BucketLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** template.yaml read with its !Ref/!GetAtt/!Sub tags kept, checked against the code it deploys. */
class TemplateTest {

    static JsonNode template;
    static List<FunctionWiring> functions;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("..", "template.yaml"))) {
            template = CloudFormationYaml.read(in);
        }
        functions = FunctionWiring.fromTemplate(template);
    }

    @Test
    void intrinsicTagsAreKept() {
        JsonNode score = template.path("Resources").path("ScoreFunction").path("Properties");
        assertThat(score.path("Environment").path("Variables").path("TABLE_NAME").path("Ref").asText()).isEqualTo("AlertTable");
        assertThat(template.path("Resources").path("ParseFunction").path("Properties").path("EventInvokeConfig")
                .path("DestinationConfig").path("OnFailure").path("Destination").path("Fn::GetAtt").asText())
                .isEqualTo("FailedEventsQueue.Arn");
    }

    @Test
    void everyHandlerClassExistsAndImplementsRequestHandler() throws ClassNotFoundException {
        assertThat(functions).extracting(FunctionWiring::logicalId).containsExactly("ParseFunction", "ScoreFunction", "DigestFunction");
        for (FunctionWiring function : functions) {
            Class<?> handler = Class.forName(function.handlerClass());
            assertThat(com.amazonaws.services.lambda.runtime.RequestHandler.class).isAssignableFrom(handler);
        }
    }

    @Test
    void codeUrisPointAtTheJarsMavenBuilds() {
        for (String id : List.of("ParseFunction", "ScoreFunction", "DigestFunction")) {
            String codeUri = template.path("Resources").path(id).path("Properties").path("CodeUri").asText();
            String module = id.replace("Function", "").toLowerCase();
            assertThat(codeUri).isEqualTo("functions/" + module + "/target/alertdigest-" + module + "-function.jar");
        }
    }

    @Test
    void s3PrefixesMatchTheBucketLayoutAndDoNotOverlap() {
        Map<String, String> prefixes = new java.util.HashMap<>();
        functions.stream().filter(f -> f.s3Prefix() != null).forEach(f -> prefixes.put(f.logicalId(), f.s3Prefix()));
        assertThat(prefixes).containsEntry("ParseFunction", BucketLayout.INCOMING).containsEntry("ScoreFunction", BucketLayout.PARSED);
        List<String> all = new ArrayList<>(prefixes.values());
        for (String a : all) {
            for (String b : all) {
                if (a != b) {
                    assertThat(a.startsWith(b)).as(a + " overlaps " + b).isFalse();
                }
            }
        }
        assertThat(all).noneMatch(p -> p.startsWith(BucketLayout.REJECTED) || BucketLayout.REJECTED.startsWith(p));
    }

    @Test
    void digestEnvironmentIsWhatTheCodeReads() {
        FunctionWiring digest = functions.stream().filter(f -> f.logicalId().equals("DigestFunction")).findFirst().orElseThrow();
        Set<String> set = new TreeSet<>(digest.environment().keySet());
        set.remove("JAVA_TOOL_OPTIONS");
        assertThat(DigestSettings.ENVIRONMENT).containsAll(set);
        assertThat(set).contains("TABLE_NAME", "TOPIC_ARN");
        FunctionWiring score = functions.stream().filter(f -> f.logicalId().equals("ScoreFunction")).findFirst().orElseThrow();
        Set<String> scoreVariables = new TreeSet<>(score.environment().keySet());
        scoreVariables.remove("JAVA_TOOL_OPTIONS"); // set for every function by Globals (tiered compilation)
        assertThat(scoreVariables).containsExactlyInAnyOrderElementsOf(ScoreSettings.ENVIRONMENT);
        FunctionWiring parse = functions.stream().filter(f -> f.logicalId().equals("ParseFunction")).findFirst().orElseThrow();
        assertThat(parse.environment()).containsKeys("MAX_UPLOAD_BYTES").doesNotContainKey("TABLE_NAME");
    }

    @Test
    void policiesGrantOnlyWhatEachFunctionCalls() {
        assertThat(actions("ParseFunction")).containsExactlyInAnyOrder("s3:GetObject", "s3:PutObject");
        assertThat(actions("DigestFunction")).containsExactlyInAnyOrder(
                "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:BatchWriteItem", "dynamodb:UpdateItem", "dynamodb:Query",
                "sns:Publish");
        assertThat(actions("ScoreFunction")).containsExactlyInAnyOrder("s3:GetObject", "s3:PutObject", "dynamodb:PutItem",
                "dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query", "sns:Publish");
        for (String id : List.of("ParseFunction", "ScoreFunction", "DigestFunction")) {
            assertThat(actions(id)).noneMatch(a -> a.endsWith("*"));
        }
    }

    @Test
    void tableMatchesTheCodesKeysIndexAndTtl() {
        JsonNode table = template.path("Resources").path("AlertTable").path("Properties");
        assertThat(table.path("KeySchema").findValuesAsText("AttributeName")).containsExactly(AlertTable.PK, AlertTable.SK);
        JsonNode index = table.path("GlobalSecondaryIndexes").get(0);
        assertThat(index.path("IndexName").asText()).isEqualTo(AlertTable.BY_TIME_INDEX);
        assertThat(index.path("KeySchema").findValuesAsText("AttributeName")).containsExactly(AlertTable.GSI_PK, AlertTable.GSI_SK);
        assertThat(index.path("Projection").path("ProjectionType").asText()).isEqualTo("INCLUDE");
        assertThat(index.path("Projection").path("NonKeyAttributes")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(AlertTable.INDEX_ATTRIBUTES);
        assertThat(table.path("TimeToLiveSpecification").path("AttributeName").asText()).isEqualTo(AlertTable.TTL_ATTRIBUTE);
    }

    @Test
    void noPolicyRefsTheNotifyingBucket() {
        // a !Ref to ArticleBucket inside a function's policy would make a circular dependency with its S3 event
        for (String id : List.of("ParseFunction", "ScoreFunction", "DigestFunction")) {
            JsonNode policies = template.path("Resources").path(id).path("Properties").path("Policies");
            assertThat(policies.findValuesAsText("Ref")).doesNotContain("ArticleBucket");
        }
    }

    private static Set<String> actions(String function) {
        Set<String> actions = new HashSet<>();
        for (JsonNode statement : template.path("Resources").path(function).path("Properties").path("Policies").findValues("Statement")) {
            for (JsonNode s : statement) {
                JsonNode action = s.path("Action");
                if (action.isArray()) {
                    action.forEach(a -> actions.add(a.asText()));
                } else {
                    actions.add(action.asText());
                }
            }
        }
        return actions;
    }
}
