package dev.alertdigest.digest;

import dev.alertdigest.assess.DimensionScore;
import dev.alertdigest.assess.ThreatAssessment;
import dev.alertdigest.assess.Tier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story while a grouping pass adds articles to it. Mutable so that a story gaining its thousandth article
 * costs one append, not a copy of the other 999; it becomes a {@link Story} once, at the end of the pass.
 */
final class StoryDraft {

    /** Actors and places a story keeps: enough to match on, bounded so a long story stays a small item. */
    static final int MAX_NAMES = 12;
    private static final int MAX_SUMMARY = 320;
    private static final int MAX_EVIDENCE_TEXT = 200;
    static final Comparator<ArticleRef> CHRONOLOGICAL =
            Comparator.comparing(ArticleRef::assessedAt).thenComparing(ArticleRef::articleId);

    private final GroupingRules rules;
    final String storyId;
    /** The story as this pass received it, or null when this pass created it. */
    final Story before;
    private final List<ArticleRef> articles = new ArrayList<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> actors = new LinkedHashMap<>();
    private final Map<String, String> places = new LinkedHashMap<>();
    private List<EvidenceLine> evidence = new ArrayList<>();
    private String headline = "";
    private String summary = "";
    /** The best non all-clear article's own score, before any corroboration boost; -1 while there is none. */
    private int bestScore = -1;
    private Tier tier = Tier.BACKGROUND;
    private Instant firstSeen;
    private Instant lastSeen;
    private Instant closedAt;
    private LocalDate firstPublished;
    private LocalDate lastPublished;
    private boolean changed;
    private boolean namesChanged;

    private StoryDraft(GroupingRules rules, String storyId, Story before) {
        this.rules = rules;
        this.storyId = storyId;
        this.before = before;
    }

    static StoryDraft startedBy(AssessedArticle article, GroupingRules rules) {
        StoryDraft draft = new StoryDraft(rules, Story.idFor(article.articleId()), null);
        draft.add(article);
        return draft;
    }

    static StoryDraft of(Story story, GroupingRules rules) {
        StoryDraft draft = new StoryDraft(rules, story.storyId(), story);
        draft.headline = story.headline();
        draft.summary = story.summary();
        draft.tier = story.tier();
        draft.evidence = new ArrayList<>(story.evidence());
        draft.firstSeen = story.firstSeen();
        draft.lastSeen = story.lastSeen();
        draft.closedAt = story.closedAt();
        story.sources().forEach(source -> draft.sources.putIfAbsent(MatchKeys.name(source), source));
        story.actors().forEach(actor -> draft.putName(draft.actors, actor));
        story.places().forEach(place -> draft.putName(draft.places, place));
        for (ArticleRef ref : story.articles()) {
            draft.articles.add(ref);
            draft.widenPublished(ref.publishedDate().orElse(null));
            if (!ref.allClear()) {
                draft.bestScore = Math.max(draft.bestScore, ref.score());
            }
        }
        return draft;
    }

    void add(AssessedArticle article) {
        ThreatAssessment assessment = article.assessment();
        articles.add(article.ref());
        if (article.source() != null) {
            sources.putIfAbsent(MatchKeys.name(article.source()), article.source());
        }
        assessment.actors().forEach(actor -> putName(actors, actor));
        assessment.places().forEach(place -> putName(places, place));
        firstSeen = firstSeen == null || article.assessedAt().isBefore(firstSeen) ? article.assessedAt() : firstSeen;
        lastSeen = lastSeen == null || article.assessedAt().isAfter(lastSeen) ? article.assessedAt() : lastSeen;
        widenPublished(article.publishedDate().orElse(null));
        if (assessment.allClear()) {
            // An all-clear reports the end of the threat, not the threat: it closes the story but neither
            // rates it nor gives it a headline.
            closedAt = closedAt == null ? article.assessedAt() : closedAt;
        } else {
            tier = Tier.ofLevel(Math.max(tier.level(), assessment.tier().level()));
            if (assessment.score() > bestScore) {
                bestScore = assessment.score();
                String own = MatchKeys.oneLine(assessment.headline());
                headline = own.isEmpty() ? MatchKeys.oneLine(article.title()) : own;
                summary = summaryOf(assessment);
            }
            mergeEvidence(assessment.dimensions());
        }
        changed = true;
    }

    /** It gained an actor or a place since the last call: its names need indexing again. */
    boolean takeNamesChanged() {
        boolean was = namesChanged;
        namesChanged = false;
        return was;
    }

    boolean changed() {
        return changed;
    }

    List<ArticleRef> articles() {
        return articles;
    }

    Iterable<String> actors() {
        return actors.values();
    }

    Iterable<String> places() {
        return places.values();
    }

    Instant firstSeen() {
        return firstSeen;
    }

    /** Open for an article assessed at {@code instant}: not closed and not expired by then. */
    boolean openAt(Instant instant) {
        return closedAt == null && instant.isBefore(expiresAt());
    }

    /**
     * The article falls in this story's time frame: its publication date within the event window of the
     * story's publication dates when both have them (a backlog uploaded today must not join two years'
     * reports), else its assessment time within the event window of the story's.
     */
    boolean inEventWindow(AssessedArticle article) {
        LocalDate published = article.publishedDate().orElse(null);
        if (published != null && firstPublished != null) {
            long days = rules.eventWindow().toDays();
            return !published.isBefore(firstPublished.minusDays(days)) && !published.isAfter(lastPublished.plusDays(days));
        }
        Instant at = article.assessedAt();
        return !at.isBefore(firstSeen.minus(rules.eventWindow())) && !at.isAfter(lastSeen.plus(rules.eventWindow()));
    }

    Story toStory() {
        List<ArticleRef> ordered = new ArrayList<>(articles);
        ordered.sort(CHRONOLOGICAL);
        int boost = sources.size() >= 2 ? rules.corroborationBoost() : 0;
        int score = Math.min(100, Math.max(bestScore, 0) + boost);
        return new Story(storyId, headline, tier, score, summary, List.copyOf(sources.values()), ordered,
                List.copyOf(actors.values()), List.copyOf(places.values()), firstSeen, lastSeen, expiresAt(),
                closedAt != null, closedAt, evidence);
    }

    private Instant expiresAt() {
        return lastSeen.plus(rules.lifetimeFor(tier));
    }

    private void putName(Map<String, String> names, String name) {
        String key = MatchKeys.name(name);
        if (!key.isEmpty() && names.size() < MAX_NAMES && !names.containsKey(key)) {
            names.put(key, MatchKeys.oneLine(name));
            namesChanged = true;
        }
    }

    private void widenPublished(LocalDate date) {
        if (date != null) {
            firstPublished = firstPublished == null || date.isBefore(firstPublished) ? date : firstPublished;
            lastPublished = lastPublished == null || date.isAfter(lastPublished) ? date : lastPublished;
        }
    }

    /** Strongest first (dimension value, then the dimension's order), one line per distinct span. */
    private void mergeEvidence(List<DimensionScore> dimensions) {
        List<EvidenceLine> all = new ArrayList<>(evidence);
        for (DimensionScore dimension : dimensions) {
            if (dimension.value() == 0) {
                continue;
            }
            for (String span : dimension.evidence()) {
                String text = StoryText.clip(MatchKeys.oneLine(span), MAX_EVIDENCE_TEXT);
                if (!text.isEmpty()) {
                    all.add(new EvidenceLine(dimension.dimension(), dimension.value(), text));
                }
            }
        }
        all.sort(Comparator.comparingInt(EvidenceLine::value).reversed()
                .thenComparing(line -> line.dimension().ordinal()));
        Set<String> seen = new HashSet<>();
        List<EvidenceLine> kept = new ArrayList<>();
        for (EvidenceLine line : all) {
            if (kept.size() < rules.maxEvidence() && seen.add(MatchKeys.name(line.text()))) {
                kept.add(line);
            }
        }
        evidence = kept;
    }

    private static String summaryOf(ThreatAssessment assessment) {
        List<String> sentences = assessment.summary();
        String joined = String.join(" ", sentences.subList(0, Math.min(2, sentences.size())));
        return StoryText.clip(MatchKeys.oneLine(joined), MAX_SUMMARY);
    }
}
