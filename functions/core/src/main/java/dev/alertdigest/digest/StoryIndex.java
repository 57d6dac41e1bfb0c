package dev.alertdigest.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Open stories bucketed by what can make an article join them, so that matching one article looks at the few
 * stories sharing a fingerprint band, an actor-and-place pair or a place, never at every open story.
 */
final class StoryIndex {

    private record Entry(StoryDraft story, TextFingerprint fingerprint) {
    }

    private final Map<String, StoryDraft> byArticleId;
    private final BandTable<Entry> byBand;
    /** actor × distinctive words of any of the story's places */
    private final Map<String, Set<StoryDraft>> byActorAndPlace = new HashMap<>();
    /** actor × distinctive words of the story's most specific (first) place */
    private final Map<String, Set<StoryDraft>> byActorAndFirstPlace = new HashMap<>();
    private final Map<String, Set<StoryDraft>> byPlace = new HashMap<>();

    /** @param expectedArticles about how many articles it will hold: sized once, not rehashed as it grows */
    StoryIndex(int expectedArticles) {
        byArticleId = HashMap.newHashMap(expectedArticles);
        byBand = new BandTable<>(expectedArticles * TextFingerprint.BANDS);
    }

    StoryDraft holderOf(String articleId) {
        return byArticleId.get(articleId);
    }

    /**
     * Indexes an article of the story. A copy of a text the story already indexes ({@code redundantText}) is
     * found through that text anyway: leaving it out keeps the buckets small when one wire story is uploaded a
     * thousand times.
     */
    void indexArticle(StoryDraft story, ArticleRef article, boolean redundantText) {
        byArticleId.put(article.articleId(), story);
        if (!redundantText) {
            Entry entry = new Entry(story, article.fingerprint());
            for (long band : article.fingerprint().bandKeys()) {
                byBand.add(band, entry);
            }
        }
    }

    /** Indexes the story's actors and places: call when it gained one. */
    void indexNames(StoryDraft story) {
        List<String> placeTokens = placeTokens(story.places());
        for (String token : placeTokens) {
            byPlace.computeIfAbsent(token, k -> new LinkedHashSet<>()).add(story);
        }
        for (String key : actorAndPlaceKeys(story.actors(), placeTokens)) {
            byActorAndPlace.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(story);
        }
        for (String key : actorAndPlaceKeys(story.actors(), placeTokens(first(story.places())))) {
            byActorAndFirstPlace.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(story);
        }
    }

    /** Stories with an article whose text may be a near duplicate, each with its best similarity. */
    Map<StoryDraft, Double> similarTo(TextFingerprint fingerprint) {
        Map<StoryDraft, Double> best = new LinkedHashMap<>();
        // a handful of candidates at most: a list beats a hash set for skipping entries met in two bands
        List<Entry> compared = new ArrayList<>();
        for (long band : fingerprint.bandKeys()) {
            for (int i = byBand.first(band); i >= 0; i = byBand.next(i)) {
                Entry entry = byBand.value(i);
                if (!containsSame(compared, entry)) {
                    compared.add(entry);
                    best.merge(entry.story(), fingerprint.similarity(entry.fingerprint()), Math::max);
                }
            }
        }
        return best;
    }

    /**
     * Stories naming one of the actors where the article's most specific place shares a distinctive word with
     * one of the story's places, or the story's most specific place with one of the article's; each with how
     * many such actor-place pairs it shares. Matching on the most specific place on one side keeps a generic
     * pair ("police" in "Ruritania") from chaining every report in a country into one story.
     */
    Map<StoryDraft, Integer> sharingActorAndPlace(List<String> actors, List<String> places) {
        Map<StoryDraft, Integer> shared = new LinkedHashMap<>();
        for (String key : actorAndPlaceKeys(actors, placeTokens(first(places)))) {
            for (StoryDraft story : byActorAndPlace.getOrDefault(key, Set.of())) {
                shared.merge(story, 1, Integer::sum);
            }
        }
        for (String key : actorAndPlaceKeys(actors, placeTokens(places))) {
            for (StoryDraft story : byActorAndFirstPlace.getOrDefault(key, Set.of())) {
                shared.merge(story, 1, Integer::sum);
            }
        }
        return shared;
    }

    Set<StoryDraft> sharingPlace(Iterable<String> places) {
        Set<StoryDraft> stories = new LinkedHashSet<>();
        for (String token : placeTokens(places)) {
            stories.addAll(byPlace.getOrDefault(token, Set.of()));
        }
        return stories;
    }

    private static boolean containsSame(List<Entry> entries, Entry entry) {
        for (Entry e : entries) {
            if (e == entry) {
                return true;
            }
        }
        return false;
    }

    private static List<String> first(Iterable<String> names) {
        for (String name : names) {
            return List.of(name);
        }
        return List.of();
    }

    private static List<String> placeTokens(Iterable<String> places) {
        List<String> tokens = new ArrayList<>();
        for (String place : places) {
            for (String token : MatchKeys.placeTokens(place)) {
                if (!tokens.contains(token)) {
                    tokens.add(token);
                }
            }
        }
        return tokens;
    }

    private static List<String> actorAndPlaceKeys(Iterable<String> actors, List<String> placeTokens) {
        List<String> keys = new ArrayList<>();
        for (String actor : actors) {
            String actorKey = MatchKeys.name(actor);
            if (!actorKey.isEmpty()) {
                placeTokens.forEach(token -> keys.add(actorKey + "@" + token));
            }
        }
        return keys;
    }
}
