package dev.alertdigest.digest;

import static dev.alertdigest.digest.ArticleFixture.MONDAY;
import static dev.alertdigest.digest.ArticleFixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alertdigest.assess.Dimension;
import dev.alertdigest.assess.Tier;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryJsonTest {

    private final StoryGrouper grouper = StoryGrouper.withDefaults();

    private Story closedStory() {
        AssessedArticle threat = article("json-threat").source("Coastal Wire Service").published("2026-03-02")
                .textOf("lantern-wire.txt").scored(Tier.SPECIFIC, 61).actors("Red Lantern Front")
                .places("Averly ferry terminal", "Averly").summary("A “specific” threat — to the pier.")
                .evidence(Dimension.TARGET, 3, "the terminal's north pier").build();
        AssessedArticle allClear = article("json-clear").places("Averly ferry terminal").allClear()
                .at(MONDAY.plus(Duration.ofDays(2))).build();
        Story story = grouper.group(List.of(), List.of(threat)).created().getFirst();
        return grouper.group(List.of(story), List.of(allClear)).closed().getFirst();
    }

    @Test
    void roundTripsEveryFieldThroughJsonText() throws Exception {
        Story story = closedStory();
        String text = new ObjectMapper().writeValueAsString(StoryJson.toJson(story));

        Story back = StoryJson.fromJson(new ObjectMapper().readTree(text));

        assertThat(back).isEqualTo(story);
        assertThat(back.articles().getFirst().fingerprint().similarity(story.articles().getFirst().fingerprint()))
                .isEqualTo(1.0);
        assertThat(back.closedAt()).isEqualTo(MONDAY.plus(Duration.ofDays(2)));
    }

    @Test
    void writesTheDocumentedShape() {
        Story story = closedStory();
        JsonNode json = StoryJson.toJson(story);

        assertThat(json.path("storyId").asText()).isEqualTo(story.storyId());
        assertThat(json.path("tier").asText()).isEqualTo("SPECIFIC");
        assertThat(json.path("tierLevel").asInt()).isEqualTo(2);
        assertThat(json.path("score").asInt()).isEqualTo(61);
        assertThat(json.path("allClear").asBoolean()).isTrue();
        assertThat(json.path("closedAt").asText()).isEqualTo("2026-03-04T08:00:00Z");
        assertThat(json.path("articles").get(0).path("key").asText()).isEqualTo("uploads/json-threat.html");
        assertThat(json.path("articles").get(0).path("fingerprint").asText()).startsWith("m2:");
        assertThat(json.path("evidence").get(0).path("dimension").asText()).isEqualTo("target");
        assertThat(json.path("summary").asText()).isEqualTo("A “specific” threat — to the pier.");
    }

    @Test
    void openStoryHasNullClosedAtAndReadsBack() {
        Story story = grouper.group(List.of(), List.of(article("open").actors("X").places("Y").build()))
                .created().getFirst();
        JsonNode json = StoryJson.toJson(story);
        assertThat(json.get("closedAt").isNull()).isTrue();
        assertThat(StoryJson.fromJson(json)).isEqualTo(story);
    }
}
