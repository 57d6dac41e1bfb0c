package dev.alertdigest.assess;

import java.util.List;

/**
 * How specific, credible and close the threat an article reports is, and the alert text for it.
 *
 * @param kind       threat, incident or other
 * @param score      0 to 100
 * @param tier       the tier the score and the hard rules give
 * @param actors     organisations and named groups, canonical names, most relevant first
 * @param places     places, the most specific first
 * @param times      times and deadlines as they stand in the text
 * @param dimensions each dimension's score with its evidence
 * @param allClear   the article says the threat is over ("all clear", "threat lifted")
 * @param headline   at most 100 characters, usable as an email subject
 * @param summary    up to three sentences from the article, the most informative for the alert
 * @param sms        one line of at most 160 GSM-7 characters with tier, score, actor and place
 * @param rules      why the tier is not what the score alone gives ("not immediate: at most ELEVATED"), empty
 *                   when no hard rule moved it
 */
public record ThreatAssessment(Kind kind, int score, Tier tier, List<String> actors, List<String> places,
                               List<String> times, List<DimensionScore> dimensions, boolean allClear,
                               String headline, List<String> summary, String sms, List<String> rules) {
    public ThreatAssessment {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0 to 100, got " + score);
        }
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        times = List.copyOf(times);
        dimensions = List.copyOf(dimensions);
        summary = List.copyOf(summary);
        rules = List.copyOf(rules);
    }

    /** An assessment whose tier no hard rule moved, or whose reasons were not kept (digest briefs, fixtures). */
    public ThreatAssessment(Kind kind, int score, Tier tier, List<String> actors, List<String> places,
                            List<String> times, List<DimensionScore> dimensions, boolean allClear,
                            String headline, List<String> summary, String sms) {
        this(kind, score, tier, actors, places, times, dimensions, allClear, headline, summary, sms, List.of());
    }
}
