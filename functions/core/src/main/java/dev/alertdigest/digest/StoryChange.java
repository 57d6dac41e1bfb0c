package dev.alertdigest.digest;

import dev.alertdigest.assess.Tier;

/** An existing story as it was and as new articles left it. */
public record StoryChange(Story before, Story after) {

    public boolean tierRaised() {
        return after.tier().level() > before.tier().level();
    }

    /** This update's articles closed it: the one time a digest reports the threat as over. */
    public boolean closedNow() {
        return after.allClear() && !before.allClear();
    }

    /** It crossed {@code tier} in this update (from below to at or above). */
    public boolean reached(Tier tier) {
        return before.tier().level() < tier.level() && after.tier().level() >= tier.level();
    }
}
