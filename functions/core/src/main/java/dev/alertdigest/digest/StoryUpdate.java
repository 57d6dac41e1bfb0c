package dev.alertdigest.digest;

import dev.alertdigest.assess.Tier;
import java.util.ArrayList;
import java.util.List;

/**
 * What one grouping pass did.
 *
 * @param created stories the new articles started, in order of their first article
 * @param updated existing stories that gained articles, in the order the open stories were given
 * @param skipped articles that went into no story
 */
public record StoryUpdate(List<Story> created, List<StoryChange> updated, List<SkippedArticle> skipped) {

    public StoryUpdate {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        skipped = List.copyOf(skipped);
    }

    /** Every story to write back: created ones, then updated ones. */
    public List<Story> changed() {
        List<Story> changed = new ArrayList<>(created);
        updated.forEach(change -> changed.add(change.after()));
        return changed;
    }

    /** Stories an all-clear closed in this pass. */
    public List<Story> closed() {
        return updated.stream().filter(StoryChange::closedNow).map(StoryChange::after).toList();
    }

    /**
     * Open stories that reached {@code tier} in this pass, created at it or raised to it: the flash-alert
     * candidates, each reported once however many articles later repeat the tier.
     */
    public List<Story> reached(Tier tier) {
        List<Story> reached = new ArrayList<>();
        created.stream().filter(s -> s.tier().level() >= tier.level() && !s.allClear()).forEach(reached::add);
        updated.stream().filter(c -> c.reached(tier) && !c.after().allClear())
                .forEach(c -> reached.add(c.after()));
        return reached;
    }
}
