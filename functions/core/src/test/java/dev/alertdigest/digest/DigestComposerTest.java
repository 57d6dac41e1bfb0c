package dev.alertdigest.digest;

import static dev.alertdigest.digest.ArticleFixture.MONDAY;
import static dev.alertdigest.digest.ArticleFixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alertdigest.assess.Dimension;
import dev.alertdigest.assess.Kind;
import dev.alertdigest.assess.Tier;
import dev.alertdigest.text.Gsm7;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DigestComposerTest {

    private static final DigestWindow DAY = DigestWindow.of(MONDAY.minus(Duration.ofHours(8)),
            MONDAY.plus(Duration.ofHours(16)));
    private final StoryGrouper grouper = StoryGrouper.withDefaults();
    private final DigestComposer composer = DigestComposer.withDefaults();

    private Story story(String name, Tier tier, int score, String actor, String place, String... sources) {
        List<AssessedArticle> articles = new ArrayList<>();
        for (int i = 0; i < Math.max(1, sources.length); i++) {
            articles.add(article(name + "-" + i).source(sources.length == 0 ? null : sources[i])
                    .at(MONDAY.plus(Duration.ofMinutes(i))).scored(tier, score).actors(actor).places(place)
                    .headline("Threat " + name).summary("Summary of " + name + ".")
                    .evidence(Dimension.TARGET, 3, "target of " + name).build());
        }
        List<Story> created = grouper.group(List.of(), articles).created();
        assertThat(created).hasSize(1);
        return created.getFirst();
    }

    private List<Story> mixedStories() {
        return List.of(
                story("elevated", Tier.ELEVATED, 40, "Harbour Wolves", "Brask"),
                story("specific-corroborated", Tier.SPECIFIC, 65, "Red Lantern Front", "Averly ferry terminal",
                        "Coastal Wire Service", "Averly Gazette"),
                story("background", Tier.BACKGROUND, 20, "Nobody", "Nowhere"),
                story("imminent", Tier.IMMINENT, 80, "Grey Orchard Brigade", "Tessaly stadium"),
                story("specific", Tier.SPECIFIC, 69, "Salt Road Cell", "Orlen bridge"));
    }

    @Test
    void ranksByTierThenScoreAndGroupsTheBodyByTier() {
        Digest digest = composer.compose(mixedStories(), DAY);

        // the corroboration boost (65 + 5) ranks the two-outlet story above the single-outlet 69
        assertThat(digest.json().path("stories").findValuesAsText("headline")).containsExactly(
                "Threat imminent", "Threat specific-corroborated", "Threat specific", "Threat elevated");
        assertThat(digest.storyCount()).isEqualTo(4);
        assertThat(digest.highestTier()).isEqualTo(Tier.IMMINENT);
        String body = digest.emailBody();
        assertThat(body).doesNotContain("Threat background");
        assertThat(body.indexOf("IMMINENT\n========")).isPositive()
                .isLessThan(body.indexOf("SPECIFIC\n========"));
        assertThat(body.indexOf("SPECIFIC\n========")).isLessThan(body.indexOf("ELEVATED\n========"));
        assertThat(body).contains("1. Threat imminent", "2. Threat specific-corroborated", "3. Threat specific\n",
                "4. Threat elevated");
        assertThat(body).contains("   SPECIFIC, score 70 (corroborated) | Red Lantern Front | Averly ferry terminal\n"
                + "   Summary of specific-corroborated.\n"
                + "   2 sources: Coastal Wire Service, Averly Gazette\n"
                + "   Why: target (3/3) \"target of specific-corroborated\"\n");
        assertThat(body).contains("   IMMINENT, score 80 | Grey Orchard Brigade | Tessaly stadium\n"
                + "   Summary of imminent.\n   source not named\n");
        assertThat(body).contains("Window 2026-03-02T00:00:00Z to 2026-03-03T00:00:00Z "
                + "(20260302T000000Z-20260303T000000Z).");
        assertThat(digest.subject())
                .isEqualTo("alertdigest: 1 IMMINENT threat, 2 SPECIFIC, 1 ELEVATED — Tessaly stadium");
    }

    @Test
    void subjectReadsLikeTheExample() {
        Digest digest = composer.compose(List.of(
                story("kabul", Tier.SPECIFIC, 60, "ISIS-K", "Kabul airport", "Washington Insider Magazine", "Other"),
                story("a", Tier.ELEVATED, 40, "A", "Brask"),
                story("b", Tier.ELEVATED, 30, "B", "Orlen")), DAY);

        assertThat(digest.subject()).isEqualTo("alertdigest: 1 SPECIFIC threat, 2 ELEVATED — Kabul airport");
        assertThat(digest.sms()).isEqualTo("alertdigest SPECIFIC 65: ISIS-K, Kabul airport: Threat kabul +2 more");
    }

    @Test
    void subjectStaysUnder100CharactersAndOnOneLine() {
        Story story = story("long", Tier.IMMINENT, 90, "Group",
                "A very long place name\r\nBcc: someone@example.org that goes on and on past every sensible limit "
                        + "for an email subject line and then some more");
        DigestComposer longName = new DigestComposer(new DigestOptions(Tier.ELEVATED, 5,
                "alertdigest regional security desk (north-west)"));

        String subject = longName.compose(List.of(story), DAY).subject();

        assertThat(subject.length()).isLessThan(100);
        assertThat(subject).doesNotContain("\n", "\r").startsWith("alertdigest regional security desk")
                .endsWith("...");
    }

    @Test
    void smsIsAlwaysOneGsm7MessageWhateverTheInput() {
        String exotic = "🚨🔥 “Bomb” threat — at ‘Ωmega’ café ☕ in 東京 […] {€} ~ | ^ \\ \t\n";
        Random random = new Random(42);
        for (int run = 0; run < 300; run++) {
            StringBuilder headline = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(exotic.length() + 30);
                headline.append(pick < exotic.length() ? exotic.charAt(pick) : (char) ('a' + pick % 26));
            }
            Story story = grouper.group(List.of(), List.of(article("sms-" + run).scored(Tier.IMMINENT, 88)
                    .actors(headline.substring(0, Math.min(40, headline.length())))
                    .places("Zürich Hauptbahnhof 🚉").headline(headline.toString()).build())).created().getFirst();
            List<Story> stories = new ArrayList<>(List.of(story));
            for (int more = 0; more < run % 4; more++) {
                stories.add(story("more-" + run + "-" + more, Tier.ELEVATED, 30, "X", "Y"));
            }

            String sms = composer.compose(stories, DAY).sms();

            assertThat(Gsm7.septets(sms)).as(sms).isBetween(1, 160);
            assertThat(Gsm7.fitsOneMessage(sms)).isTrue();
            assertThat(sms).startsWith("alertdigest IMMINENT 88:");
            if (run % 4 > 0) {
                assertThat(sms).endsWith(" +" + run % 4 + " more");
            }
        }
    }

    @Test
    void longHeadlineIsCutButTierAndCountSurvive() {
        Story story = grouper.group(List.of(), List.of(article("long-sms").scored(Tier.SPECIFIC, 71)
                .actors("Red Lantern Front").places("Averly").headline("word ".repeat(80)).build()))
                .created().getFirst();
        String sms = composer.compose(List.of(story, story("other", Tier.ELEVATED, 30, "X", "Y")), DAY).sms();

        assertThat(Gsm7.septets(sms)).isLessThanOrEqualTo(160);
        assertThat(sms).startsWith("alertdigest SPECIFIC 71: Red Lantern Front, Averly: word word")
                .endsWith("... +1 more");
    }

    @Test
    void threatClosedInTheWindowIsReportedOnceAsOver() {
        Story open = story("closing", Tier.SPECIFIC, 60, "Red Lantern Front", "Averly ferry terminal",
                "Coastal Wire Service");
        Instant clearAt = MONDAY.plus(Duration.ofHours(3));
        Story closed = grouper.group(List.of(open), List.of(article("clear").source("Averly Gazette")
                .kind(Kind.OTHER).scored(Tier.BACKGROUND, 2).places("Averly ferry terminal").allClear().at(clearAt)
                .build())).closed().getFirst();

        Digest today = composer.compose(List.of(closed), DAY);
        assertThat(today.storyCount()).isZero();
        assertThat(today.closedCount()).isEqualTo(1);
        assertThat(today.isEmpty()).isFalse();
        assertThat(today.emailBody()).contains("THREATS OVER\n============\n\n- Threat closing (SPECIFIC, score 65)\n"
                + "  All clear reported 2026-03-02 11:00 UTC by Averly Gazette.");
        assertThat(today.subject()).isEqualTo("alertdigest: 1 threat over — Averly ferry terminal");
        assertThat(today.sms()).isEqualTo("alertdigest threat over: Threat closing");
        assertThat(today.json().path("closed").get(0).path("closedAt").asText()).isEqualTo(clearAt.toString());
        assertThat(today.json().path("stories")).isEmpty();

        DigestWindow tomorrow = DigestWindow.of(DAY.end(), DAY.end().plus(Duration.ofDays(1)));
        Digest next = composer.compose(List.of(closed), tomorrow);
        assertThat(next.isEmpty()).as("reported once").isTrue();
        assertThat(next.emailBody()).doesNotContain("THREATS OVER");
    }

    @Test
    void expiredStoriesAreDropped() {
        Story story = story("old", Tier.SPECIFIC, 60, "A", "B");
        DigestWindow afterExpiry = DigestWindow.of(story.expiresAt(), story.expiresAt().plus(Duration.ofDays(1)));
        DigestWindow beforeExpiry = DigestWindow.of(story.expiresAt().minus(Duration.ofDays(1)), story.expiresAt());

        assertThat(composer.compose(List.of(story), afterExpiry).storyCount()).isZero();
        assertThat(composer.compose(List.of(story), beforeExpiry).storyCount()).isEqualTo(1);
    }

    @Test
    void sameInputInAnyOrderGivesTheSameDigest() {
        List<Story> stories = new ArrayList<>(mixedStories());
        Digest first = composer.compose(stories, DAY);
        for (long seed = 0; seed < 5; seed++) {
            Collections.shuffle(stories, new Random(seed));
            Digest again = composer.compose(stories, DAY);
            assertThat(again.json().toString()).isEqualTo(first.json().toString());
            assertThat(again).isEqualTo(first);
        }
        JsonNode story = first.json().path("stories").get(1);
        assertThat(story.path("storyId").asText()).startsWith("st-");
        assertThat(story.path("tier").asText()).isEqualTo("SPECIFIC");
        assertThat(story.path("tierLevel").asInt()).isEqualTo(2);
        assertThat(story.path("score").asInt()).isEqualTo(70);
        assertThat(story.path("sources")).hasSize(2);
        assertThat(story.path("articles").get(0).path("key").asText())
                .isEqualTo("uploads/specific-corroborated-0.html");
        assertThat(story.path("articles").get(0).path("tier").asText()).isEqualTo("SPECIFIC");
        assertThat(story.path("evidence").get(0).path("text").asText()).isEqualTo("target of specific-corroborated");
        assertThat(first.json().path("window").path("id").asText()).isEqualTo(DAY.id());
        assertThat(first.json().path("highestTier").asText()).isEqualTo("IMMINENT");
    }

    @Test
    void listsAtMostMaxStoriesAndCountsTheRest() {
        DigestComposer two = new DigestComposer(new DigestOptions(Tier.BACKGROUND, 2, "alertdigest"));
        Digest digest = two.compose(mixedStories(), DAY);

        assertThat(digest.storyCount()).isEqualTo(5);
        assertThat(digest.json().path("stories")).hasSize(2);
        assertThat(digest.json().path("unlisted").asInt()).isEqualTo(3);
        assertThat(digest.emailBody()).contains("3 more open stories of lower rank not listed.");
        assertThat(digest.subject()).startsWith("alertdigest: 1 IMMINENT threat, 2 SPECIFIC, 1 ELEVATED, 1 BACKGROUND");
        assertThat(digest.sms()).endsWith("+4 more");
    }

    @Test
    void emptyWindowSaysSo() {
        Digest digest = composer.compose(List.of(), DAY);

        assertThat(digest.isEmpty()).isTrue();
        assertThat(digest.highestTier()).isNull();
        assertThat(digest.subject()).isEqualTo("alertdigest: no threats at ELEVATED or above");
        assertThat(digest.sms()).isEqualTo("alertdigest: no threats at ELEVATED or above");
        assertThat(digest.json().path("highestTier").isNull()).isTrue();
    }

    @Test
    void composesTenThousandStoriesQuickly() {
        List<Story> stories = new ArrayList<>();
        Story template = story("template", Tier.ELEVATED, 40, "A", "B");
        for (int i = 0; i < 10_000; i++) {
            stories.add(new Story("st-" + i, "Story " + i, Tier.ofLevel(1 + i % 3), i % 100, "", List.of(),
                    template.articles(), List.of(), List.of(), template.firstSeen(), template.lastSeen(),
                    template.expiresAt(), false, null, List.of()));
        }
        Digest digest = composer.compose(stories, DAY);
        assertThat(digest.storyCount()).isEqualTo(10_000);
        // IMMINENT (i % 3 == 2) with score 99 (i % 100 == 99): i = 299, 599, 899, 1199...; equal otherwise,
        // so the smallest id as text wins
        assertThat(digest.json().path("stories").get(0).path("headline").asText()).isEqualTo("Story 1199");
        assertThat(digest.json().path("stories")).hasSize(10);
    }

    @Test
    void aDigestOfTwentyHugeStoriesStaysWithinOneSnsMessage() {
        List<Story> stories = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            String[] outlets = new String[300];
            for (int i = 0; i < outlets.length; i++) {
                outlets[i] = "Outlet number " + i + " of the " + "very long named regional broadcaster ".repeat(2);
            }
            stories.add(story("huge-" + n, Tier.SPECIFIC, 60, "Red Lantern Front " + n, "Averly pier " + n, outlets));
        }

        Digest digest = new DigestComposer(new DigestOptions(Tier.ELEVATED, 20, "alertdigest")).compose(stories, DAY);

        JsonNode first = digest.json().path("stories").get(0);
        assertThat(first.path("articleCount").asInt()).isEqualTo(300);
        assertThat(first.path("articles")).hasSize(DigestComposer.MAX_LISTED_ARTICLES);
        assertThat(first.path("sourceCount").asInt()).isEqualTo(300);
        assertThat(digest.emailBody()).contains("300 sources: ").contains(" and 292 more");
        // SNS takes 256 KB per message, and the digest goes out with its JSON and its email body (twice) in it
        int bytes = digest.json().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + 2 * digest.emailBody().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(bytes).isLessThan(200 * 1024);
    }
}
