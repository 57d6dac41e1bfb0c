package dev.alertdigest.digest;

import dev.alertdigest.assess.Kind;
import dev.alertdigest.assess.ThreatAssessment;
import dev.alertdigest.assess.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups newly assessed articles into stories: one story per real-world threat event, however many outlets
 * report it and however differently they word it.
 *
 * <p>An article joins an open story when
 * <ol>
 *   <li>its text is a near duplicate of one of the story's articles (fingerprint similarity at or above
 *       {@link GroupingRules#nearDuplicateSimilarity()}): a syndicated or re-uploaded copy; or else</li>
 *   <li>it names one of the story's actors (compared by {@link MatchKeys#name}) at the same place, within the
 *       {@link GroupingRules#eventWindow()}: another outlet's own report. Same place means that the article's
 *       most specific (first) place shares a distinctive word with one of the story's places, or the story's
 *       most specific place with one of the article's: "Kabul airport" and "Hamid Karzai airport, Kabul" meet
 *       on "kabul", while two reports that share only the country do not; or else</li>
 *   <li>it is an all-clear naming no actor, and exactly one open story at its place is in the window (an
 *       all-clear rarely repeats who made the threat; two candidates would be a guess, so it is skipped).</li>
 * </ol>
 * Among several matching stories the most similar text wins, then the most shared actor-place pairs, then the
 * oldest story. Otherwise the article starts a story, except that kind OTHER at BACKGROUND is not about a
 * threat (it starts and joins nothing), and an all-clear never starts one.
 *
 * <p>Only open stories take articles: a story closed by an all-clear or expired by the article's assessment
 * time does not, so a threat reported again after its all-clear becomes a new story. Two open stories an
 * article could bridge are not merged. Articles are taken oldest first (assessment time, then id), so the
 * same articles give the same stories whatever order they come in; a batch split differently can differ only
 * where an all-clear falls between them. An article a story already holds is skipped, so retries are safe.
 */
public final class StoryGrouper {

    private static final Comparator<AssessedArticle> OLDEST_FIRST =
            Comparator.comparing(AssessedArticle::assessedAt).thenComparing(AssessedArticle::articleId);
    private static final Comparator<StoryDraft> OLDEST_STORY_FIRST =
            Comparator.comparing(StoryDraft::firstSeen).thenComparing(draft -> draft.storyId);

    /**
     * A text this close to one its story already indexes is a copy (a syndicated or re-uploaded article): it is
     * found through the first copy, so it is not indexed again and buckets stay small however many copies come.
     */
    private static final double COPY_SIMILARITY = 0.9;

    private final GroupingRules rules;

    public StoryGrouper(GroupingRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public static StoryGrouper withDefaults() {
        return new StoryGrouper(GroupingRules.defaults());
    }

    /**
     * @param openStories the stories still open (closed ones are ignored: they take no more articles)
     * @param newArticles the articles assessed since the last pass, in any order
     */
    public StoryUpdate group(List<Story> openStories, List<AssessedArticle> newArticles) {
        List<StoryDraft> existing = new ArrayList<>();
        int articleCount = newArticles.size();
        for (Story story : openStories) {
            if (!story.allClear()) {
                existing.add(StoryDraft.of(story, rules));
                articleCount += story.articles().size();
            }
        }
        existing.sort(OLDEST_STORY_FIRST);
        StoryIndex index = new StoryIndex(articleCount);
        for (StoryDraft story : existing) {
            Set<TextFingerprint> texts = new HashSet<>();
            for (ArticleRef article : story.articles()) {
                index.indexArticle(story, article, !texts.add(article.fingerprint()));
            }
            index.indexNames(story);
            story.takeNamesChanged();
        }

        List<AssessedArticle> articles = new ArrayList<>(newArticles);
        articles.sort(OLDEST_FIRST);
        List<StoryDraft> created = new ArrayList<>();
        List<SkippedArticle> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AssessedArticle article : articles) {
            ThreatAssessment assessment = article.assessment();
            if (!seen.add(article.articleId()) || index.holderOf(article.articleId()) != null) {
                skipped.add(new SkippedArticle(article.articleId(), SkippedArticle.Reason.ALREADY_GROUPED));
                continue;
            }
            if (!canBelongToAStory(assessment)) {
                skipped.add(new SkippedArticle(article.articleId(), SkippedArticle.Reason.NOT_A_THREAT));
                continue;
            }
            Match match = storyFor(article, index);
            StoryDraft story;
            if (match != null) {
                story = match.story();
                story.add(article);
            } else if (assessment.allClear()) {
                skipped.add(new SkippedArticle(article.articleId(), SkippedArticle.Reason.ALL_CLEAR_WITHOUT_STORY));
                continue;
            } else {
                story = StoryDraft.startedBy(article, rules);
                created.add(story);
            }
            boolean copy = match != null && match.similarity() >= COPY_SIMILARITY;
            index.indexArticle(story, article.ref(), copy);
            if (story.takeNamesChanged()) {
                index.indexNames(story);
            }
        }
        return new StoryUpdate(
                created.stream().map(StoryDraft::toStory).toList(),
                existing.stream().filter(StoryDraft::changed)
                        .map(draft -> new StoryChange(draft.before, draft.toStory())).toList(),
                skipped);
    }

    /** The story an article joins, and how similar its text is to that story's closest (0 if not by text). */
    private record Match(StoryDraft story, double similarity) {
    }

    private Match storyFor(AssessedArticle article, StoryIndex index) {
        Instant at = article.assessedAt();
        StoryDraft best = null;
        double bestSimilarity = 0;
        for (Map.Entry<StoryDraft, Double> candidate : index.similarTo(article.fingerprint()).entrySet()) {
            StoryDraft story = candidate.getKey();
            double similarity = candidate.getValue();
            if (similarity >= rules.nearDuplicateSimilarity() && story.openAt(at)
                    && (similarity > bestSimilarity || similarity == bestSimilarity && older(story, best))) {
                best = story;
                bestSimilarity = similarity;
            }
        }
        if (best != null) {
            return new Match(best, bestSimilarity);
        }
        ThreatAssessment assessment = article.assessment();
        int bestShared = 0;
        for (Map.Entry<StoryDraft, Integer> candidate
                : index.sharingActorAndPlace(assessment.actors(), assessment.places()).entrySet()) {
            StoryDraft story = candidate.getKey();
            int shared = candidate.getValue();
            if (story.openAt(at) && story.inEventWindow(article)
                    && (shared > bestShared || shared == bestShared && older(story, best))) {
                best = story;
                bestShared = shared;
            }
        }
        if (best != null) {
            return new Match(best, 0);
        }
        if (!assessment.allClear() || namesAnActor(assessment)) {
            return null;
        }
        List<StoryDraft> here = index.sharingPlace(assessment.places()).stream()
                .filter(story -> story.openAt(at) && story.inEventWindow(article)).toList();
        return here.size() == 1 ? new Match(here.getFirst(), 0) : null;
    }

    /**
     * False for kind OTHER at BACKGROUND that reports no all-clear: an article about no threat neither starts nor
     * joins a story. The store leaves such assessments out of the digest's index, so the digest never reads them.
     */
    public static boolean canBelongToAStory(ThreatAssessment assessment) {
        return assessment.allClear() || assessment.kind() != Kind.OTHER || assessment.tier() != Tier.BACKGROUND;
    }

    private static boolean namesAnActor(ThreatAssessment assessment) {
        return assessment.actors().stream().anyMatch(actor -> !MatchKeys.name(actor).isEmpty());
    }

    private static boolean older(StoryDraft story, StoryDraft than) {
        return than == null || OLDEST_STORY_FIRST.compare(story, than) < 0;
    }
}
