package dev.alertdigest.digest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys a flash alert is recorded under, so that one event alerts once even when two score invocations run
 * at the same moment and each groups its article into a story of its own (neither saw the other's assessment
 * yet). One key is the story; the others are each of its actors at each distinctive word of its most specific
 * place: "ISIS-K at Kabul airport" and "IS-K at Hamid Karzai airport, Kabul" share "isisk@kabul". They are the
 * same keys {@link StoryGrouper} matches reports on, so two flash records collide exactly when the grouper would
 * have put the two reports in one story.
 */
public final class FlashKeys {

    /** A DynamoDB transaction takes at most 100 items; a story has few actors, so this bound rarely bites. */
    static final int MAX_KEYS = 25;

    private FlashKeys() {
    }

    public static List<String> of(Story story) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add("story:" + story.storyId());
        List<String> placeWords = story.places().isEmpty() ? List.of() : MatchKeys.placeTokens(story.places().getFirst());
        for (String actor : story.actors()) {
            String name = MatchKeys.name(actor);
            if (name.isEmpty()) {
                continue;
            }
            for (String word : placeWords) {
                if (keys.size() == MAX_KEYS) {
                    return List.copyOf(keys);
                }
                keys.add("event:" + name + "@" + word);
            }
        }
        return List.copyOf(keys);
    }
}
