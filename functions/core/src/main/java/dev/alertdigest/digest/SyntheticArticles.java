package dev.alertdigest.digest;

import dev.alertdigest.article.Article;
import dev.alertdigest.assess.Dimension;
import dev.alertdigest.assess.DimensionScore;
import dev.alertdigest.assess.Kind;
import dev.alertdigest.assess.ThreatAssessment;
import dev.alertdigest.assess.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Made-up articles, assessed ones shaped like real traffic (events reported by several outlets in near-duplicate words,
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

    /** The sentences of a made-up report; {@code %1$s} is the actor, {@code %2$s} the place, {@code %3$s} a day. */
    private static final String[] REPORT = {
        "Police warned on %3$s of a specific threat by the %1$s against the %2$s.",
        "Officials said the group had the intent and the capability to attack within days, and that an attack was likely.",
        "Two people were killed and 14 wounded when a bomb exploded near the %2$s last month, a spokesman for the ministry said.",
        "The %1$s claimed responsibility for that bombing in a statement posted online.",
        "Security was tightened at the entrance, and travellers were told to expect delays.",
        "Schools in the area will stay open, the city council said on %3$s.",
    };

    private static final String[] DAYS = {"Monday", "Tuesday", "Nov. 20", "Friday", "Saturday"};
    /** Places the gazetteer knows, so that priming runs the place recogniser's whole path. */
    private static final String[] REPORTED_PLACES = {"Lyon railway station", "Madrid airport", "Nairobi city hall",
            "Manila cathedral", "Istanbul stadium", "Berlin central station", "Lima airport"};

    /**
     * {@code count} made-up news reports of threats and attacks, for priming the score function: assessing them
     * runs the assessor's code paths (kinds, actors, places, times, dimensions, summary), in normal case and, every
     * third report, in the upper case of wire copy.
     */
    public static List<Article> reportsForPriming(int count) {
        List<Article> reports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String actor = ACTORS[i % ACTORS.length];
            String place = REPORTED_PLACES[i % REPORTED_PLACES.length];
            String day = DAYS[i % DAYS.length];
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < REPORT.length; s++) {
                // leave one sentence out in turn, so that reports differ in what they say
                if (s != i % REPORT.length) {
                    text.append(text.isEmpty() ? "" : (s % 2 == 0 ? "\n\n" : " "))
                            .append(String.format(REPORT[s], actor, place, day));
                }
            }
            String title = actor + " threatens attack on " + place;
            String body = text.toString();
            if (i % 3 == 2) {
                title = title.toUpperCase(Locale.ROOT);
                body = body.toUpperCase(Locale.ROOT);
            }
            reports.add(new Article(title, "Outlet " + (i % 5), null, "2026-11-20", null, null, body));
        }
        return reports;
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
