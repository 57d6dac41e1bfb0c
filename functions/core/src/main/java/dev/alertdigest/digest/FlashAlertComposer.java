package dev.alertdigest.digest;

import dev.alertdigest.assess.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Composes the flash alert for a story that reached the flash tier (IMMINENT by default). Which stories reached
 * it in a grouping pass is {@link StoryUpdate#reached(Tier)}: each story once, when it crosses, so later
 * articles repeating the tier do not alert again. Sending exactly once is the caller's part (the story id is a
 * natural idempotency key).
 */
public final class FlashAlertComposer {

    private static final int SUBJECT_MAX = 99;

    private final Tier flashTier;
    private final String productName;

    public FlashAlertComposer(Tier flashTier, String productName) {
        this.flashTier = Objects.requireNonNull(flashTier, "flashTier");
        this.productName = productName == null || productName.isBlank() ? "alertdigest"
                : MatchKeys.oneLine(productName);
    }

    public static FlashAlertComposer withDefaults() {
        return new FlashAlertComposer(Tier.IMMINENT, "alertdigest");
    }

    public Tier flashTier() {
        return flashTier;
    }

    /** Open and at or above the flash tier. */
    public boolean qualifies(Story story) {
        return !story.allClear() && story.tier().level() >= flashTier.level();
    }

    public FlashAlert compose(Story story) {
        if (!qualifies(story)) {
            throw new IllegalArgumentException("story " + story.storyId() + " is " + story.tier()
                    + (story.allClear() ? " and over" : "") + ": no flash alert below " + flashTier);
        }
        String head = productName + " FLASH: " + story.tier().name() + " " + story.score();
        String subject = MatchKeys.oneLine(StoryText.clip(head + " — " + StoryText.headline(story), SUBJECT_MAX));

        List<String> lines = new ArrayList<>();
        lines.add(head);
        lines.add("");
        lines.addAll(StoryText.block(story));
        lines.add("");
        lines.add("First reported " + StoryText.time(story.firstSeen()) + ", latest "
                + StoryText.time(story.lastSeen()) + ".");
        for (ArticleRef ref : story.articles()) {
            lines.add("- " + MatchKeys.oneLine(ref.title()) + (ref.source() == null ? "" : " (" + MatchKeys.oneLine(ref.source()) + ")")
                    + " [" + ref.objectKey() + "]");
        }
        lines.add("");
        lines.add("--");
        lines.add("Story " + story.storyId() + ". Sent once when a story reaches " + flashTier.name()
                + "; the next digest lists it too.");

        String focus = StoryText.focus(story);
        String sms = SmsText.of("FLASH " + story.tier().name() + " " + story.score() + ":",
                (focus.isEmpty() ? "" : focus + ": ") + StoryText.headline(story), "");
        return new FlashAlert(story.storyId(), subject, String.join("\n", lines) + "\n", sms);
    }
}
