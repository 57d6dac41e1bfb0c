package dev.alertdigest.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks up to three sentences of the article for the alert, shown in article order.
 *
 * <p>A sentence scores for its position (news puts the essentials first), its centrality (how much of the
 * article's recurring vocabulary it carries, the usual unsupervised signal of importance), its overlap with
 * the headline, and for naming the threat's cues and entities. Fragments, over-long run-ons and questions
 * score less; near-duplicates of a chosen sentence are skipped.
 */
final class SummarySelector {

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "and", "or", "on", "at",
            "for", "by", "with", "from", "as", "is", "was", "are", "were", "be", "been", "has", "have", "had", "it",
            "its", "that", "this", "he", "she", "they", "his", "her", "their", "i", "we", "you", "but", "not", "said",
            "says", "will", "would", "can", "could", "who", "which", "what", "after", "also", "than", "more", "s");

    private final ScoringProfile.SummarySettings settings;

    /** A body word: in how many body sentences, and whether the headline or an entity's name has it. */
    private static final class WordStats {
        int sentences;
        boolean inTitle;
        boolean inEntity;
    }

    SummarySelector(ScoringProfile profile) {
        this.settings = profile.summary;
    }

    List<String> select(ArticleText text, List<Mention> entities, int count) {
        List<Sentence> body = text.body();
        if (body.isEmpty()) {
            return List.of();
        }
        // each sentence's distinct content words, built once: the scores below sum over them (in this set's
        // order, so the sums come out to the same last bit), and one map says all they ask of a word
        List<Set<String>> contents = new ArrayList<>(body.size());
        Map<String, WordStats> stats = new HashMap<>();
        for (Sentence s : body) {
            Set<String> content = new HashSet<>();
            for (String w : s.words()) {
                if (!STOP.contains(w)) {
                    content.add(w);
                }
            }
            contents.add(content);
            for (String w : content) {
                stats.computeIfAbsent(w, k -> new WordStats()).sentences++;
            }
        }
        Set<String> titleWords = new HashSet<>();
        if (text.headline() != null) {
            text.headline().words().stream().filter(w -> !STOP.contains(w)).forEach(titleWords::add);
        }
        for (String w : titleWords) {
            WordStats st = stats.get(w);
            if (st != null) {
                st.inTitle = true;
            }
        }
        for (Mention m : entities) {
            for (String w : ArticleText.tokenize(0, m.name(), false).words()) {
                WordStats st = stats.get(w);
                if (st != null) {
                    st.inEntity = true;
                }
            }
        }
        record Scored(Sentence sentence, int position, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        int maxFrequency = Math.max(1, body.size());
        for (int i = 0; i < body.size(); i++) {
            Sentence s = body.get(i);
            double score = settings.positionWeight() / (1 + i * settings.positionDecay());
            Set<String> content = contents.get(i);
            if (!content.isEmpty()) {
                double centrality = 0;
                int titleHits = 0;
                int entityHits = 0;
                for (String w : content) {
                    WordStats st = stats.get(w);
                    centrality += (st.sentences - 1) / (double) maxFrequency;
                    titleHits += st.inTitle ? 1 : 0;
                    entityHits += st.inEntity ? 1 : 0;
                }
                score += settings.centralityWeight() * centrality / Math.sqrt(content.size());
                score += settings.titleOverlapWeight() * titleHits / Math.max(1, titleWords.size());
                score += settings.entityBonus() * Math.min(entityHits, 3);
            }
            if (s.security()) {
                score += settings.threatCueBonus();
            }
            int words = s.size();
            if (words < settings.minWords() || words > settings.maxWords()) {
                score -= 1;
            }
            String trimmed = s.text().strip();
            if (trimmed.endsWith("?")) {
                score -= settings.questionPenalty();
            }
            if (trimmed.startsWith("\"") || trimmed.startsWith("\u201C")) {
                score -= settings.quoteOpeningPenalty();
            }
            if (!finished(trimmed)) {
                score -= settings.unfinishedPenalty();
            }
            scored.add(new Scored(s, i, score));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Scored> chosen = new ArrayList<>();
        Map<Integer, Set<String>> wordSets = new HashMap<>(); // by position: each built once, not per comparison
        for (Scored candidate : scored) {
            if (chosen.size() == count) {
                break;
            }
            Set<String> words = wordSets.computeIfAbsent(candidate.position(), p -> new HashSet<>(body.get(p).words()));
            if (chosen.stream().noneMatch(c -> nearDuplicate(wordSets.get(c.position()), words))) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Scored::position));
        return chosen.stream().map(c -> c.sentence().text()).toList();
    }

    /** What may close a sentence after its full stop: quotes (the tokenised '' too) and brackets. */
    private static final String CLOSERS = "\"'\u2019\u201D)]";

    /**
     * Whether the sentence ends as a sentence does, in a full stop, "!", "?" or an ellipsis before any closing
     * quotes: a subheading in title case ("The US Embassy Advised Citizens to Avoid the Airport"), a caption or a
     * fragment cut off by the page does not.
     */
    static boolean finished(String sentence) {
        int i = sentence.length() - 1;
        while (i >= 0 && (Character.isWhitespace(sentence.charAt(i)) || CLOSERS.indexOf(sentence.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".!?\u2026".indexOf(sentence.charAt(i)) >= 0;
    }

    /** Two sentences' distinct words, {@code wa} and {@code wb}, mostly the same. */
    private static boolean nearDuplicate(Set<String> wa, Set<String> wb) {
        int shared = 0;
        for (String w : wa) {
            shared += wb.contains(w) ? 1 : 0;
        }
        return shared > 0.7 * Math.min(wa.size(), wb.size());
    }
}
