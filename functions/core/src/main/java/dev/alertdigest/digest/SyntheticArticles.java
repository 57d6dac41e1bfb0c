package dev.alertdigest.digest;

import dev.alertdigest.assess.Dimension;
import dev.alertdigest.assess.DimensionScore;
import dev.alertdigest.assess.Kind;
import dev.alertdigest.assess.ThreatAssessment;
import dev.alertdigest.assess.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up assessed articles shaped like real traffic (events reported by several outlets in near-duplicate words,
 * naming an actor and a place), for priming: run through the digest's code before SnapStart takes its snapshot,
 * they leave that code loaded and compiled, so a restored function does not pay for it on its first digest.
 * Never stored and never sent.
 */
public final class SyntheticArticles {

    private static final String[] ACTORS = {"Northern Front", "Red Lantern Brigade", "Coastal Liberation Army",
            "Harbour Cell", "Mountain Movement"};
    private static final String[] PLACES = {"Ostend ferry terminal", "Valletta airport", "Tartu central station",
            "Split stadium", "Bergen city hall", "Ghent cathedral"};

    private static final String[] SYLLABLES = {"ka", "ro", "mi", "ten", "dor", "sa", "vel", "an", "bri", "lo"};

    private SyntheticArticles() {
    }

    /** {@code count} articles assessed in the hour before {@code end}, five outlets to an event. */
    public static List<AssessedArticle> forPriming(int count, Instant end) {
        Random random = new Random(7);
        List<AssessedArticle> articles = new ArrayList<>(count);
        String story = "";
        for (int i = 0; i < count; i++) {
            int event = i / 5;
            if (i % 5 == 0) {
                story = words(random, 60); // each event its own wording, so that events stay apart
            }
            String actor = ACTORS[event % ACTORS.length] + " " + event;
            String place = PLACES[event % PLACES.length] + " gate " + event;
            Tier tier = Tier.ofLevel(1 + event % 3);
            // each outlet words the start its own way
            String text = actor + " threatens an attack on " + place + ", outlet " + i % 5 + " reported. " + story;
            String headline = actor + " threat to " + place;
            ThreatAssessment assessment = new ThreatAssessment(Kind.THREAT, 20 + 25 * tier.level(), tier,
                    List.of(actor), List.of(place), List.of("within days"),
                    List.of(new DimensionScore(Dimension.ACTOR, 2, "named group", List.of(headline)),
                            new DimensionScore(Dimension.TARGET, 2, "named site", List.of(headline)),
                            new DimensionScore(Dimension.TIME, 2, "window of days", List.of(text))),
                    false, headline, List.of(text), tier.name() + " " + headline);
            Instant at = end.minus(Duration.ofSeconds(1 + random.nextInt(3600)));
            articles.add(new AssessedArticle(String.format("%064x", i), "synthetic/" + i, headline,
                    "Outlet " + (i % 5), "2026-11-20", at, assessment, TextFingerprint.of(text)));
        }
        return articles;
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            text.append(w == 0 ? "" : " ").append(SYLLABLES[random.nextInt(SYLLABLES.length)])
                    .append(SYLLABLES[random.nextInt(SYLLABLES.length)]).append(random.nextInt(1000));
        }
        return text.append('.').toString();
    }
}
