package dev.alertdigest.function.digest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alertdigest.assess.Kind;
import dev.alertdigest.assess.Tier;
import dev.alertdigest.digest.AssessedArticle;
import dev.alertdigest.text.Gsm7;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a window's assessments into one digest: articles about the same event (near-duplicate text, or the
 * same actor and place) become one story; stories are ranked by tier, then score.
 */
final class DigestComposition {

    /** Estimated shingle overlap above which two texts are the same report. */
    private static final double SAME_TEXT = 0.3;

    record Story(List<AssessedArticle> articles) {
        AssessedArticle best() {
            return articles.stream().max(Comparator.comparingInt((AssessedArticle a) -> a.assessment().tier().level())
                    .thenComparingInt(a -> a.assessment().score())).orElseThrow();
        }

        Tier tier() {
            return best().assessment().tier();
        }

        int score() {
            return best().assessment().score();
        }

        List<String> sources() {
            Set<String> sources = new LinkedHashSet<>();
            articles.stream().map(AssessedArticle::source).filter(s -> s != null && !s.isBlank()).forEach(sources::add);
            return List.copyOf(sources);
        }
    }

    private final Tier minTier;
    private final int maxStories;

    DigestComposition(Tier minTier, int maxStories) {
        this.minTier = minTier;
        this.maxStories = maxStories;
    }

    List<Story> stories(List<AssessedArticle> window) {
        List<List<AssessedArticle>> groups = new ArrayList<>();
        for (AssessedArticle article : window) {
            if (article.assessment().kind() == Kind.OTHER || article.assessment().tier().level() < minTier.level()) {
                continue;
            }
            List<AssessedArticle> home = groups.stream().filter(g -> g.stream().anyMatch(o -> sameEvent(o, article)))
                    .findFirst().orElse(null);
            if (home == null) {
                groups.add(new ArrayList<>(List.of(article)));
            } else {
                home.add(article);
            }
        }
        return groups.stream().map(Story::new)
                .sorted(Comparator.comparingInt((Story s) -> -s.tier().level()).thenComparingInt(s -> -s.score()))
                .limit(maxStories)
                .toList();
    }

    private static boolean sameEvent(AssessedArticle a, AssessedArticle b) {
        if (a.fingerprint().similarity(b.fingerprint()) >= SAME_TEXT) {
            return true;
        }
        boolean sharedActor = a.assessment().actors().stream().anyMatch(b.assessment().actors()::contains);
        boolean sharedPlace = a.assessment().places().stream().anyMatch(b.assessment().places()::contains);
        return sharedActor && sharedPlace;
    }

    ComposedDigest compose(Instant start, Instant end, List<AssessedArticle> window) {
        List<Story> stories = stories(window);
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.putObject("window").put("start", start.toString()).put("end", end.toString());
        ArrayNode storyArray = json.putArray("stories");
        StringBuilder email = new StringBuilder();
        Set<String> actors = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        Tier current = null;
        for (Story story : stories) {
            AssessedArticle best = story.best();
            actors.addAll(best.assessment().actors());
            places.addAll(best.assessment().places());
            ObjectNode node = storyArray.addObject();
            node.put("headline", best.assessment().headline());
            node.put("tier", story.tier().name());
            node.put("tierLevel", story.tier().level());
            node.put("score", story.score());
            ArrayNode summary = node.putArray("summary");
            best.assessment().summary().forEach(summary::add);
            ArrayNode sources = node.putArray("sources");
            story.sources().forEach(sources::add);
            ArrayNode articles = node.putArray("articles");
            for (AssessedArticle article : story.articles()) {
                articles.addObject().put("key", article.objectKey()).put("title", article.title())
                        .put("score", article.assessment().score()).put("tier", article.assessment().tier().name());
            }
            if (story.tier() != current) {
                current = story.tier();
                email.append(email.isEmpty() ? "" : "\n").append("== ").append(current.name()).append(" ==\n\n");
            }
            email.append("* ").append(best.assessment().headline()).append(" (score ").append(story.score()).append(")\n");
            if (!best.assessment().summary().isEmpty()) {
                email.append("  ").append(String.join(" ", best.assessment().summary().subList(0,
                        Math.min(2, best.assessment().summary().size())))).append("\n");
            }
            int n = story.articles().size();
            email.append("  ").append(n).append(n == 1 ? " article" : " articles");
            if (!story.sources().isEmpty()) {
                email.append(", sources: ").append(String.join(", ", story.sources()));
            }
            email.append("\n\n");
        }
        email.append("Window: ").append(start).append(" to ").append(end).append(".\n");
        Tier highest = stories.isEmpty() ? Tier.BACKGROUND : stories.get(0).tier();
        int highestScore = stories.isEmpty() ? 0 : stories.get(0).score();
        String subject = subject(stories);
        String sms = sms(stories);
        return new ComposedDigest(subject, email.toString(), sms, json, stories.size(), highest, highestScore,
                List.copyOf(actors), List.copyOf(places));
    }

    private static String subject(List<Story> stories) {
        if (stories.isEmpty()) {
            return "alertdigest: no new threats";
        }
        String lead = "alertdigest: " + stories.size() + (stories.size() == 1 ? " story" : " stories")
                + ", top " + stories.get(0).tier().name() + " - ";
        return Gsm7.fit(lead + stories.get(0).best().assessment().headline(), 99);
    }

    private static String sms(List<Story> stories) {
        if (stories.isEmpty()) {
            return "alertdigest: no new threats";
        }
        Story top = stories.get(0);
        String more = stories.size() > 1 ? " +" + (stories.size() - 1) + " more" : "";
        String lead = top.tier().name() + " " + top.score() + ": ";
        int room = Gsm7.SINGLE_MESSAGE - Gsm7.septets(Gsm7.normalise(lead + more));
        return Gsm7.normalise(lead) + " " + Gsm7.fit(top.best().assessment().headline(), room - 1) + more;
    }
}
