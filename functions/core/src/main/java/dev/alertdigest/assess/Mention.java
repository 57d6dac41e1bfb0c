package dev.alertdigest.assess;

import java.util.List;
import java.util.Set;

/**
 * An entity the article names (an actor, a place), under its canonical name.
 *
 * @param name      canonical name ("ISIS-K", "Kabul airport")
 * @param level     how specific it is on its dimension's 0–3 scale
 * @param count     how often it is mentioned
 * @param first     index of the first sentence naming it
 * @param relevance how central it is to the threat (mentions in security sentences, title and lead weigh more)
 * @param evidence  the sentences naming it, as printed
 * @param sentences the indices of the sentences naming it
 */
record Mention(String name, int level, int count, int first, double relevance, List<String> evidence,
               Set<Integer> sentences) {
    Mention {
        evidence = List.copyOf(evidence);
        sentences = Set.copyOf(sentences);
    }
}
