package dev.alertdigest.digest;

import dev.alertdigest.text.OneLine;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** How a story reads in plain text: the lines digest emails and flash alerts share. */
final class StoryText {

    private static final DateTimeFormatter READABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private StoryText() {
    }

    /** Who and where, "Red Lantern Front, Averly ferry terminal", or "" when the story names neither. */
    static String focus(Story story) {
        List<String> parts = new ArrayList<>(2);
        if (!story.actors().isEmpty()) {
            parts.add(story.actors().getFirst());
        }
        if (!story.places().isEmpty()) {
            parts.add(story.places().getFirst());
        }
        return String.join(", ", parts);
    }

    /** The headline on one line, or the focus when the articles gave none. */
    static String headline(Story story) {
        String headline = MatchKeys.oneLine(story.headline());
        return headline.isEmpty() ? focus(story) : headline;
    }

    /** "SPECIFIC, score 67 (corroborated) | Red Lantern Front | Averly ferry terminal" */
    static String rating(Story story) {
        StringBuilder line = new StringBuilder(story.tier().name()).append(", score ").append(story.score());
        if (story.corroborated()) {
            line.append(" (corroborated)");
        }
        if (!story.actors().isEmpty()) {
            line.append(" | ").append(String.join(", ", story.actors().subList(0, Math.min(3, story.actors().size()))));
        }
        if (!story.places().isEmpty()) {
            line.append(" | ").append(String.join(", ", story.places().subList(0, Math.min(3, story.places().size()))));
        }
        return MatchKeys.oneLine(line.toString());
    }

    /** "2 sources: A, B", "1 source: A", or "source not named". */
    /** Outlets a story's line names before it only counts the rest: the line has to stay readable. */
    static final int NAMED_SOURCES = 8;

    static String sources(Story story) {
        int n = story.sources().size();
        if (n == 0) {
            return "source not named";
        }
        List<String> named = story.sources().subList(0, Math.min(n, NAMED_SOURCES));
        return n + (n == 1 ? " source: " : " sources: ") + MatchKeys.oneLine(String.join(", ", named))
                + (n > named.size() ? " and " + (n - named.size()) + " more" : "");
    }

    /** "Why: target (3/3) "the north pier"; actor (2/3) "the Red Lantern Front"", or "" without evidence. */
    static String why(Story story) {
        if (story.evidence().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (EvidenceLine line : story.evidence()) {
            parts.add(line.dimension().label() + " (" + line.value() + "/3) \"" + MatchKeys.oneLine(line.text()) + "\"");
        }
        return "Why: " + String.join("; ", parts);
    }

    /** The story as an indented block: headline, rating, summary, sources, why. */
    static List<String> block(Story story) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(story));
        lines.add("   " + rating(story));
        if (!story.summary().isBlank()) {
            lines.add("   " + MatchKeys.oneLine(story.summary()));
        }
        int articles = story.articles().size();
        lines.add("   " + sources(story) + (articles > 1 && articles > story.sources().size()
                ? " (" + articles + " articles)" : ""));
        String why = why(story);
        if (!why.isEmpty()) {
            lines.add("   " + why);
        }
        return lines;
    }

    /** At most {@code max} characters, cut at a space where one is near (see {@link OneLine#clip}). */
    static String clip(String text, int max) {
        return OneLine.clip(text, max);
    }

    static String time(Instant instant) {
        return READABLE.format(instant);
    }
}
