package dev.alertdigest.digest;

import static dev.alertdigest.digest.ArticleFixture.MONDAY;
import static dev.alertdigest.digest.ArticleFixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.assess.Tier;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlashKeysTest {

    private final StoryGrouper grouper = StoryGrouper.withDefaults();

    private Story storyOf(String name, String actor, String place) {
        return grouper.group(List.of(), List.of(article(name).scored(Tier.IMMINENT, 80).actors(actor).places(place)
                .at(MONDAY.plus(Duration.ofMinutes(name.length()))).build())).created().getFirst();
    }

    @Test
    void twoReportsOfOneEventShareAKeyThoughTheyAreSeparateStories() {
        // two score invocations at the same moment: each saw only its own article and made its own story
        Story first = storyOf("wire-a", "ISIS-K", "Kabul airport");
        // the assessor names an actor canonically ("IS-K" and "Islamic State Khorasan" both come out "ISIS-K")
        Story second = storyOf("wire-bb", "ISIS-K", "Hamid Karzai airport, Kabul");
        assertThat(first.storyId()).isNotEqualTo(second.storyId());

        Set<String> shared = new HashSet<>(FlashKeys.of(first));
        shared.retainAll(FlashKeys.of(second));

        assertThat(shared).containsExactly("event:isisk@kabul");
    }

    @Test
    void differentActorsOrDifferentPlacesShareNoKey() {
        Story kabul = storyOf("wire-a", "ISIS-K", "Kabul airport");
        Set<String> otherActor = new HashSet<>(FlashKeys.of(storyOf("wire-bb", "Red Lantern Front", "Kabul airport")));
        Set<String> otherPlace = new HashSet<>(FlashKeys.of(storyOf("wire-ccc", "ISIS-K", "Lyon market")));

        otherActor.retainAll(FlashKeys.of(kabul));
        otherPlace.retainAll(FlashKeys.of(kabul));

        assertThat(otherActor).isEmpty();
        assertThat(otherPlace).isEmpty();
    }

    @Test
    void storyKeyComesFirstAndKeysAreBounded() {
        Story story = grouper.group(List.of(), List.of(article("many").scored(Tier.IMMINENT, 80)
                .actors("A1 Front", "A2 Front", "A3 Front", "A4 Front", "A5 Front", "A6 Front", "A7 Front")
                .places("Averly Ferry Plaza Quay Wharf").build())).created().getFirst();

        List<String> keys = FlashKeys.of(story);

        assertThat(keys.getFirst()).isEqualTo("story:" + story.storyId());
        assertThat(keys).hasSize(FlashKeys.MAX_KEYS).doesNotHaveDuplicates();
    }
}
