package dev.alertdigest.digest;

import dev.alertdigest.assess.Dimension;
import java.util.Objects;

/**
 * A text span that justified a dimension's score: the "why it scored as it did" of a story.
 *
 * @param value the dimension's score, 1 to 3, that this span supported
 */
public record EvidenceLine(Dimension dimension, int value, String text) {
    public EvidenceLine {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(text, "text");
    }
}
