package dev.alertdigest.digest;

import static dev.alertdigest.digest.ArticleFixture.MONDAY;
import static dev.alertdigest.digest.ArticleFixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.assess.Dimension;
import dev.alertdigest.assess.Kind;
import dev.alertdigest.assess.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StoryGrouperTest {

    private final StoryGrouper grouper = StoryGrouper.withDefaults();

    private static ArticleFixture wire() {
        return article("lantern-wire").source("Coastal Wire Service").textOf("lantern-wire.txt")
                .scored(Tier.SPECIFIC, 62).actors("Red Lantern Front").places("Averly ferry terminal", "Averly")
                .headline("Averly port police warn of specific threat to ferry terminal")
                .summary("Police in Averly received a specific threat from the Red Lantern Front against the ferry "
                        + "terminal.", "Travellers were asked to avoid the north pier.", "Extra patrols start Tuesday.")
                .evidence(Dimension.ACTOR, 2, "the Red Lantern Front")
                .evidence(Dimension.TARGET, 3, "the terminal's north pier")
                .evidence(Dimension.SOURCE, 2, "A police spokeswoman said");
    }

    private static ArticleFixture gazette() {
        return article("lantern-gazette").source("Averly Gazette").textOf("lantern-gazette.txt")
                .at(MONDAY.plus(Duration.ofHours(5))).scored(Tier.ELEVATED, 48)
                .actors("RED LANTERN FRONT", "Ferry operators").places("ferry terminal, Averly", "Averly harbour")
                .headline("Militants named in festival warning as Averly steps up security")
                .evidence(Dimension.METHOD, 3, "a planned bombing at the ferry terminal")
                .evidence(Dimension.TARGET, 3, "The terminal's north pier");
    }

    @Test
    void twoDifferentlyWordedReportsOfOneEventBecomeOneStoryWithTwoSources() {
        AssessedArticle wire = wire().build();
        AssessedArticle gazette = gazette().build();
        // the texts share almost no shingles: it is the actor and place that make them one event
        assertThat(wire.fingerprint().similarity(gazette.fingerprint())).isLessThan(0.2);

        StoryUpdate update = grouper.group(List.of(), List.of(gazette, wire));

        assertThat(update.created()).hasSize(1);
        assertThat(update.updated()).isEmpty();
        Story story = update.created().getFirst();
        assertThat(story.storyId()).isEqualTo(Story.idFor(wire.articleId())).startsWith("st-").hasSize(19);
        assertThat(story.sources()).containsExactly("Coastal Wire Service", "Averly Gazette");
        assertThat(story.articles()).extracting(ArticleRef::articleId)
                .containsExactly(wire.articleId(), gazette.articleId());
        assertThat(story.tier()).isEqualTo(Tier.SPECIFIC);
        assertThat(story.corroborated()).isTrue();
        assertThat(story.score()).as("best article 62 plus the corroboration boost").isEqualTo(67);
        assertThat(story.headline()).isEqualTo("Averly port police warn of specific threat to ferry terminal");
        assertThat(story.summary()).as("two sentences of the best article")
                .isEqualTo("Police in Averly received a specific threat from the Red Lantern Front against the "
                        + "ferry terminal. Travellers were asked to avoid the north pier.");
        assertThat(story.actors()).containsExactly("Red Lantern Front", "Ferry operators");
        assertThat(story.places()).containsExactly("Averly ferry terminal", "Averly", "ferry terminal, Averly", "Averly harbour");
        assertThat(story.firstSeen()).isEqualTo(wire.assessedAt());
        assertThat(story.lastSeen()).isEqualTo(gazette.assessedAt());
        assertThat(story.expiresAt()).isEqualTo(gazette.assessedAt().plus(Duration.ofDays(7)));
        assertThat(story.evidence()).extracting(EvidenceLine::text).as("value 3 first, then dimension order, "
                        + "one line per distinct span")
                .containsExactly("the terminal's north pier", "a planned bombing at the ferry terminal",
                        "the Red Lantern Front");
    }

    @Test
    void syndicatedCopyJoinsByTextEvenWhenItsAssessmentNamesNoActor() {
        AssessedArticle wire = wire().build();
        AssessedArticle copy = article("lantern-syndicated").source("Harbour Times")
                .textOf("lantern-wire-syndicated.txt").at(MONDAY.plus(Duration.ofHours(1))).build();

        Story story = grouper.group(List.of(), List.of(wire, copy)).created().getFirst();

        assertThat(story.articles()).hasSize(2);
        assertThat(story.sources()).containsExactly("Coastal Wire Service", "Harbour Times");
    }

    @Test
    void distinctEventsStayApart() {
        AssessedArticle orchard = article("orchard").source("Tessaly Post").textOf("orchard-threat.txt")
                .actors("Grey Orchard Brigade").places("Tessaly city stadium", "Tessaly").build();
        AssessedArticle sameGroupElsewhere = article("lantern-elsewhere").source("Coastal Wire Service")
                .actors("Red Lantern Front").places("Brask airport", "Brask").build();
        AssessedArticle sameGroupSamePlaceMonthLater = article("lantern-later").source("Averly Gazette")
                .actors("Red Lantern Front").places("Averly").at(MONDAY.plus(Duration.ofDays(5)))
                .published("2026-04-01").build();
        AssessedArticle wire = wire().published("2026-03-02").build();
        AssessedArticle otherAirport = article("dubai-airport").actors("Grey Orchard Brigade")
                .places("Dubai International Airport").build();

        StoryUpdate update = grouper.group(List.of(),
                List.of(orchard, sameGroupElsewhere, sameGroupSamePlaceMonthLater, wire, otherAirport));

        assertThat(update.created()).hasSize(5).allSatisfy(story -> assertThat(story.articles()).hasSize(1));
    }

    @Test
    void laterArticleRaisesTheTierOfTheExistingStory() {
        Story story = grouper.group(List.of(), List.of(gazette().build())).created().getFirst();
        assertThat(story.tier()).isEqualTo(Tier.ELEVATED);

        AssessedArticle imminent = article("lantern-imminent").source("Coastal Wire Service")
                .at(MONDAY.plus(Duration.ofDays(1))).scored(Tier.IMMINENT, 88)
                .actors("Red Lantern Front").places("Averly").headline("Attack on Averly terminal expected tonight")
                .summary("Police expect an attack tonight.").build();
        StoryUpdate update = grouper.group(List.of(story), List.of(imminent));

        assertThat(update.created()).isEmpty();
        assertThat(update.updated()).hasSize(1);
        StoryChange change = update.updated().getFirst();
        assertThat(change.before()).isEqualTo(story);
        assertThat(change.tierRaised()).isTrue();
        Story after = change.after();
        assertThat(after.storyId()).isEqualTo(story.storyId());
        assertThat(after.tier()).isEqualTo(Tier.IMMINENT);
        assertThat(after.score()).isEqualTo(93);
        assertThat(after.headline()).isEqualTo("Attack on Averly terminal expected tonight");
        assertThat(after.summary()).isEqualTo("Police expect an attack tonight.");
        assertThat(after.articles()).hasSize(2);
        assertThat(update.reached(Tier.IMMINENT)).containsExactly(after);
        assertThat(update.reached(Tier.SPECIFIC)).containsExactly(after);
        assertThat(update.changed()).containsExactly(after);
    }

    @Test
    void lowerScoringLaterArticleKeepsTheHeadlineAndDoesNotReachAgain() {
        Story story = grouper.group(List.of(), List.of(wire().build())).created().getFirst();
        StoryUpdate update = grouper.group(List.of(story), List.of(gazette().build()));

        Story after = update.updated().getFirst().after();
        assertThat(after.headline()).isEqualTo(story.headline());
        assertThat(after.tier()).isEqualTo(Tier.SPECIFIC);
        assertThat(update.reached(Tier.SPECIFIC)).as("it was SPECIFIC already").isEmpty();
    }

    @Test
    void allClearClosesTheStoryOnceAndALaterThreatStartsANewStory() {
        Story story = grouper.group(List.of(), List.of(wire().build(), gazette().build())).created().getFirst();
        AssessedArticle allClear = article("lantern-allclear").source("Averly Gazette")
                .textOf("lantern-allclear.txt").at(MONDAY.plus(Duration.ofDays(3))).kind(Kind.OTHER)
                .scored(Tier.BACKGROUND, 5).places("Averly ferry terminal").allClear()
                .headline("Averly harbour reopens as police lift terminal warning").build();

        StoryUpdate update = grouper.group(List.of(story), List.of(allClear));

        assertThat(update.closed()).hasSize(1);
        Story closed = update.closed().getFirst();
        assertThat(closed.allClear()).isTrue();
        assertThat(closed.closedAt()).isEqualTo(allClear.assessedAt());
        assertThat(closed.isOpenAt(allClear.assessedAt())).isFalse();
        assertThat(closed.tier()).as("an all-clear does not rate the story").isEqualTo(Tier.SPECIFIC);
        assertThat(closed.headline()).isEqualTo(story.headline());
        assertThat(closed.articles()).hasSize(3);
        assertThat(update.updated().getFirst().closedNow()).isTrue();
        assertThat(update.reached(Tier.ELEVATED)).isEmpty();

        AssessedArticle again = article("lantern-again").actors("Red Lantern Front").places("Averly")
                .at(MONDAY.plus(Duration.ofDays(4))).build();
        StoryUpdate next = grouper.group(List.of(closed), List.of(again));
        assertThat(next.updated()).isEmpty();
        assertThat(next.created()).hasSize(1);
        assertThat(next.created().getFirst().storyId()).isNotEqualTo(story.storyId());
    }

    @Test
    void allClearAmbiguousOrForNoStoryIsSkipped() {
        AssessedArticle lonely = article("lonely-allclear").places("Brask").allClear().build();
        Story averlyOne = grouper.group(List.of(), List.of(wire().build())).created().getFirst();
        Story averlyTwo = grouper.group(List.of(), List.of(article("averly-other").actors("Harbour Wolves")
                .places("Averly").build())).created().getFirst();
        AssessedArticle ambiguous = article("ambiguous-allclear").places("Averly").allClear()
                .at(MONDAY.plus(Duration.ofHours(2))).build();

        StoryUpdate update = grouper.group(List.of(averlyOne, averlyTwo), List.of(lonely, ambiguous));

        assertThat(update.created()).isEmpty();
        assertThat(update.updated()).isEmpty();
        assertThat(update.skipped()).extracting(SkippedArticle::reason)
                .containsOnly(SkippedArticle.Reason.ALL_CLEAR_WITHOUT_STORY).hasSize(2);
    }

    @Test
    void articleNotAboutAThreatStartsNoStory() {
        AssessedArticle other = article("festival-programme").kind(Kind.OTHER).scored(Tier.BACKGROUND, 3)
                .actors("Red Lantern Front").places("Averly").build();

        StoryUpdate update = grouper.group(List.of(), List.of(other));

        assertThat(update.created()).isEmpty();
        assertThat(update.skipped()).containsExactly(
                new SkippedArticle(other.articleId(), SkippedArticle.Reason.NOT_A_THREAT));
    }

    @Test
    void retriedArticlesAreSkippedNotCountedTwice() {
        AssessedArticle wire = wire().build();
        Story story = grouper.group(List.of(), List.of(wire, wire)).created().getFirst();
        assertThat(story.articles()).hasSize(1);

        StoryUpdate retry = grouper.group(List.of(story), List.of(wire));
        assertThat(retry.changed()).isEmpty();
        assertThat(retry.skipped()).extracting(SkippedArticle::reason)
                .containsExactly(SkippedArticle.Reason.ALREADY_GROUPED);
    }

    @Test
    void expiredStoryTakesNoMoreArticles() {
        Story story = grouper.group(List.of(), List.of(wire().build())).created().getFirst();
        AssessedArticle late = gazette().at(story.expiresAt().plusSeconds(1)).build();

        StoryUpdate update = grouper.group(List.of(story), List.of(late));

        assertThat(update.updated()).isEmpty();
        assertThat(update.created()).hasSize(1);
    }

    @Test
    void backgroundStoriesExpireSooner() {
        Story story = grouper.group(List.of(), List.of(article("bg").scored(Tier.BACKGROUND, 10).build()))
                .created().getFirst();
        assertThat(story.expiresAt()).isEqualTo(MONDAY.plus(Duration.ofDays(2)));
        assertThat(story.isOpenAt(MONDAY.plus(Duration.ofDays(2)))).isFalse();
        assertThat(story.isOpenAt(MONDAY.plus(Duration.ofDays(1)))).isTrue();
    }

    @Test
    void inputOrderDoesNotChangeTheStories() {
        List<AssessedArticle> articles = new ArrayList<>(List.of(wire().build(), gazette().build(),
                article("orchard").textOf("orchard-threat.txt").actors("Grey Orchard Brigade").places("Tessaly")
                        .build(),
                article("lantern-syndicated").source("Harbour Times").textOf("lantern-wire-syndicated.txt")
                        .at(MONDAY.plus(Duration.ofHours(1))).build()));
        List<Story> expected = grouper.group(List.of(), articles).created();
        for (long seed = 1; seed <= 5; seed++) {
            Collections.shuffle(articles, new Random(seed));
            assertThat(grouper.group(List.of(), articles).created()).isEqualTo(expected);
        }
        assertThat(expected).hasSize(2);
    }

    @Test
    void groupingInTwoBatchesWithStoredStoriesInBetweenGivesTheSameStory() {
        AssessedArticle wire = wire().published("2026-03-02").build();
        AssessedArticle gazette = gazette().published("2026-03-02").build();
        AssessedArticle copy = article("lantern-syndicated").source("Harbour Times")
                .textOf("lantern-wire-syndicated.txt").at(MONDAY.plus(Duration.ofHours(9))).build();
        Story inOnePass = grouper.group(List.of(), List.of(wire, gazette, copy)).created().getFirst();

        Story first = grouper.group(List.of(), List.of(wire)).created().getFirst();
        Story stored = StoryJson.fromJson(StoryJson.toJson(first));
        Story second = grouper.group(List.of(stored), List.of(gazette)).updated().getFirst().after();
        Story inThreePasses = grouper.group(List.of(StoryJson.fromJson(StoryJson.toJson(second))), List.of(copy))
                .updated().getFirst().after();

        assertThat(inThreePasses).isEqualTo(inOnePass);
        assertThat(inOnePass.sources()).containsExactly("Coastal Wire Service", "Averly Gazette", "Harbour Times");
    }

    @Test
    @Timeout(60)
    void groupsTenThousandArticlesIntoTheirEvents() {
        int events = 2_000;
        int perEvent = 5;
        Random random = new Random(7);
        List<AssessedArticle> articles = new ArrayList<>();
        for (int event = 0; event < events; event++) {
            Instant day = MONDAY.plus(Duration.ofHours(event % 240));
            for (int copy = 0; copy < perEvent; copy++) {
                // copies 0 and 1 share their text (syndication); the others are each outlet's own wording
                String text = copy <= 1 ? syntheticText(new Random(event * 31L)) : syntheticText(random);
                articles.add(article("event-" + event + "-copy-" + copy).source("Outlet " + copy)
                        .at(day.plus(Duration.ofMinutes(copy * 7L))).scored(Tier.ELEVATED, 30 + copy)
                        .actors(copy == 1 ? new String[0] : new String[] {"Cell " + event, "Police"})
                        .places("Town" + event + " market", "Ruritania").text(text).build());
            }
        }
        Collections.shuffle(articles, new Random(11));

        StoryUpdate update = grouper.group(List.of(), articles);

        assertThat(update.created()).hasSize(events);
        assertThat(update.skipped()).isEmpty();
        assertThat(update.created()).allSatisfy(story -> {
            assertThat(story.articles()).hasSize(perEvent);
            assertThat(story.sources()).hasSize(perEvent);
            String event = story.articles().getFirst().objectKey().replaceAll("\\D+(\\d+)-copy.*", "$1");
            assertThat(story.articles()).extracting(ArticleRef::objectKey)
                    .allMatch(key -> key.startsWith("uploads/event-" + event + "-copy-"));
            assertThat(story.actors()).containsExactly("Cell " + event, "Police");
            assertThat(story.places()).containsExactly("Town" + event + " market", "Ruritania");
            assertThat(story.score()).isEqualTo(34 + 5);
        });

        Digest digest = DigestComposer.withDefaults().compose(update.created(),
                DigestWindow.of(MONDAY, MONDAY.plus(Duration.ofDays(11))));
        assertThat(digest.storyCount()).isEqualTo(events);
        // equal tier and score: the most recently active story leads
        Instant latest = update.created().stream().map(Story::lastSeen).max(Instant::compareTo).orElseThrow();
        assertThat(digest.json().path("stories").get(0).path("lastSeen").asText()).isEqualTo(latest.toString());
        assertThat(digest.subject()).startsWith("alertdigest: 2000 ELEVATED threats — Town").endsWith(" market");
    }

    private static final String[] WORDS = ("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima "
            + "mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu amber "
            + "basil cedar dune ember fern grove heath iris jade kelp lotus moss nettle").split(" ");

    private static String syntheticText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.toString();
    }
}
