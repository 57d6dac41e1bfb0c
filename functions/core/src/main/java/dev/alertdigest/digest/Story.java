package dev.alertdigest.digest;

import dev.alertdigest.assess.Tier;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One real-world threat event as reported by one or more articles.
 *
 * <p>Score and tier: {@code tier} is the highest tier any of its (non all-clear) articles was assessed at, and
 * nothing here ever raises it: only an article's own dimensions decide a tier. {@code score} is the best
 * article's score plus the corroboration boost ({@link GroupingRules#corroborationBoost()}, 5 by default,
 * capped at 100) when two or more distinct outlets reported the event, so corroborated stories rank above
 * single-source ones of the same tier without crossing into the next.
 *
 * @param storyId   "st-" and the first 16 hex digits of the first article's id: the same first article always
 *                  makes the same story, so a retried batch writes the same item
 * @param headline  the best article's headline
 * @param summary   one or two sentences from the best article
 * @param sources   distinct outlet names, in order of first appearance
 * @param articles  every article, oldest first
 * @param actors    canonical actor names, in order of first appearance
 * @param places    places, in order of first appearance
 * @param firstSeen the first article's assessment time
 * @param lastSeen  the last article's assessment time
 * @param expiresAt when the story stops being open: lastSeen plus the tier's lifetime (a DynamoDB TTL)
 * @param allClear  a later article said the threat is over
 * @param closedAt  when that article was assessed, or null while the story is open
 * @param evidence  the strongest evidence spans across the articles, strongest first
 */
public record Story(String storyId, String headline, Tier tier, int score, String summary, List<String> sources,
                    List<ArticleRef> articles, List<String> actors, List<String> places, Instant firstSeen,
                    Instant lastSeen, Instant expiresAt, boolean allClear, Instant closedAt,
                    List<EvidenceLine> evidence) {

    public Story {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0 to 100, got " + score);
        }
        if (allClear != (closedAt != null)) {
            throw new IllegalArgumentException("a story is closed exactly when it is all clear");
        }
        headline = headline == null ? "" : headline;
        summary = summary == null ? "" : summary;
        sources = List.copyOf(sources);
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        evidence = List.copyOf(evidence);
    }

    public static String idFor(String firstArticleId) {
        return "st-" + firstArticleId.substring(0, Math.min(16, firstArticleId.length()));
    }

    /** Two or more distinct outlets reported it. */
    public boolean corroborated() {
        return sources.size() >= 2;
    }

    /** Open at {@code instant}: not closed by an all-clear and not yet expired. */
    public boolean isOpenAt(Instant instant) {
        return !allClear && instant.isBefore(expiresAt);
    }
}
