package dev.alertdigest.assess;

import java.util.List;

/**
 * One dimension's score and why.
 *
 * @param value    0 to 3
 * @param label    the level's name ("named group", "window of days", "likely" …)
 * @param evidence the text spans that justify it, as they stand in the article
 */
public record DimensionScore(Dimension dimension, int value, String label, List<String> evidence) {
    public DimensionScore {
        if (value < 0 || value > 3) {
            throw new IllegalArgumentException(dimension + " must score 0 to 3, got " + value);
        }
        evidence = List.copyOf(evidence);
    }
}
