package dev.alertdigest.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alertdigest.assess.Tier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Composes the digest of one window from the stories the lead loaded for it. Pure: the same stories, window and
 * options always give the same digest, byte for byte; the window is its only clock.
 *
 * <p>Which stories: those at or above {@link DigestOptions#minimumTier()}; not expired by the window's start;
 * not closed before it (their all-clear was reported in an earlier digest). A story closed within the window
 * goes to the "threats over" section, reported that once. Open stories are ranked by tier, then score, then
 * latest activity, then id, and the first {@link DigestOptions#maxStories()} are listed; the rest are counted.
 */
public final class DigestComposer {

    static final Comparator<Story> RANKING = Comparator
            .comparing((Story story) -> story.tier().level()).reversed()
            .thenComparing(Comparator.comparingInt(Story::score).reversed())
            .thenComparing(Comparator.comparing(Story::lastSeen).reversed())
            .thenComparing(Story::storyId);
    private static final int SUBJECT_MAX = 99;
    /**
     * Articles the JSON lists per story (the first ones, oldest first; {@code articleCount} says how many there
     * are): an SNS message holds at most 256 KB, and a story can gather hundreds of reports.
     */
    static final int MAX_LISTED_ARTICLES = 10;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final DigestOptions options;

    public DigestComposer(DigestOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public static DigestComposer withDefaults() {
        return new DigestComposer(DigestOptions.defaults());
    }

    public Digest compose(List<Story> stories, DigestWindow window) {
        List<Story> open = new ArrayList<>();
        List<Story> over = new ArrayList<>();
        for (Story story : stories) {
            if (story.tier().level() < options.minimumTier().level() || !story.expiresAt().isAfter(window.start())) {
                continue;
            }
            if (story.allClear() && window.contains(story.closedAt())) {
                over.add(story);
            } else if (!story.allClear() || !story.closedAt().isBefore(window.start())) {
                // closed after the window's end: as far as this window goes, it was open
                open.add(story);
            }
        }
        open.sort(RANKING);
        over.sort(RANKING);
        List<Story> listed = open.subList(0, Math.min(open.size(), options.maxStories()));
        List<Story> overListed = over.subList(0, Math.min(over.size(), options.maxStories()));
        Tier highest = open.isEmpty() ? null : open.getFirst().tier();
        return new Digest(subject(open, over), emailBody(open, listed, over, overListed, window), sms(open, over),
                json(open, listed, overListed, window, highest), highest, open.size(), over.size());
    }

    /** "alertdigest: 1 SPECIFIC threat, 2 ELEVATED, 1 over — Averly ferry terminal", under 100 characters. */
    private String subject(List<Story> open, List<Story> over) {
        List<String> counts = new ArrayList<>();
        for (int level = Tier.IMMINENT.level(); level >= options.minimumTier().level(); level--) {
            Tier tier = Tier.ofLevel(level);
            long n = open.stream().filter(story -> story.tier() == tier).count();
            if (n > 0) {
                counts.add(n + " " + tier.name() + (counts.isEmpty() ? (n == 1 ? " threat" : " threats") : ""));
            }
        }
        if (!over.isEmpty()) {
            counts.add(over.size() + (counts.isEmpty() ? (over.size() == 1 ? " threat over" : " threats over")
                    : " over"));
        }
        String head = options.productName() + ": "
                + (counts.isEmpty() ? "no threats at " + options.minimumTier().name() + " or above"
                : String.join(", ", counts));
        Story top = !open.isEmpty() ? open.getFirst() : over.isEmpty() ? null : over.getFirst();
        String focus = top == null ? "" : subjectFocus(top);
        String subject = focus.isEmpty() ? head : head + " — " + focus;
        return MatchKeys.oneLine(StoryText.clip(MatchKeys.oneLine(subject), SUBJECT_MAX));
    }

    /** The top story's most specific place, else its actor, else its headline: what a reader scans for. */
    private static String subjectFocus(Story story) {
        if (!story.places().isEmpty()) {
            return story.places().getFirst();
        }
        return story.actors().isEmpty() ? StoryText.headline(story) : story.actors().getFirst();
    }

    private String emailBody(List<Story> open, List<Story> listed, List<Story> over, List<Story> overListed,
                             DigestWindow window) {
        List<String> lines = new ArrayList<>();
        lines.add(options.productName() + " digest, " + StoryText.time(window.start()) + " to "
                + StoryText.time(window.end()));
        lines.add(open.isEmpty() ? "No open threats at " + options.minimumTier().name() + " or above."
                : open.size() + (open.size() == 1 ? " open threat" : " open threats") + ", highest "
                + open.getFirst().tier().name() + ".");
        Tier section = null;
        int rank = 0;
        for (Story story : listed) {
            if (story.tier() != section) {
                section = story.tier();
                lines.add("");
                lines.add(section.name());
                lines.add("=".repeat(section.name().length()));
            }
            lines.add("");
            List<String> block = StoryText.block(story);
            lines.add(++rank + ". " + block.getFirst());
            lines.addAll(block.subList(1, block.size()));
        }
        if (open.size() > listed.size()) {
            lines.add("");
            lines.add((open.size() - listed.size()) + " more open " + (open.size() - listed.size() == 1 ? "story" : "stories")
                    + " of lower rank not listed.");
        }
        if (!over.isEmpty()) {
            lines.add("");
            lines.add("THREATS OVER");
            lines.add("============");
            for (Story story : overListed) {
                lines.add("");
                lines.add("- " + StoryText.headline(story) + " (" + story.tier().name() + ", score " + story.score() + ")");
                lines.add("  All clear reported " + StoryText.time(story.closedAt()) + allClearSource(story) + ".");
            }
            if (over.size() > overListed.size()) {
                lines.add("");
                lines.add((over.size() - overListed.size()) + " more threats over not listed.");
            }
        }
        lines.add("");
        lines.add("--");
        lines.add("Window " + window.start() + " to " + window.end() + " (" + window.id() + ").");
        lines.add("Ranked by tier (IMMINENT, SPECIFIC, ELEVATED, BACKGROUND), then score; "
                + "a story reported by two or more outlets is marked corroborated and scores a little higher.");
        return String.join("\n", lines) + "\n";
    }

    private static String allClearSource(Story story) {
        return story.articles().stream()
                .filter(ArticleRef::allClear)
                .filter(ref -> ref.source() != null)
                .map(ref -> " by " + MatchKeys.oneLine(ref.source()))
                .findFirst().orElse("");
    }

    /** "alertdigest SPECIFIC 67: Red Lantern Front, Averly ferry terminal: headline +2 more" */
    private String sms(List<Story> open, List<Story> over) {
        int others = open.size() + over.size() - 1;
        String more = others > 0 ? "+" + others + " more" : "";
        if (!open.isEmpty()) {
            Story top = open.getFirst();
            String focus = StoryText.focus(top);
            return SmsText.of(options.productName() + " " + top.tier().name() + " " + top.score() + ":",
                    (focus.isEmpty() ? "" : focus + ": ") + StoryText.headline(top), more);
        }
        if (!over.isEmpty()) {
            return SmsText.of(options.productName() + " threat over:", StoryText.headline(over.getFirst()), more);
        }
        return SmsText.of(options.productName() + ":", "no threats at " + options.minimumTier().name()
                + " or above", "");
    }

    private ObjectNode json(List<Story> open, List<Story> listed, List<Story> overListed, DigestWindow window,
                            Tier highest) {
        ObjectNode json = MAPPER.createObjectNode();
        ObjectNode w = json.putObject("window");
        w.put("id", window.id());
        w.put("start", window.start().toString());
        w.put("end", window.end().toString());
        json.put("highestTier", highest == null ? null : highest.name());
        json.put("storyCount", open.size());
        json.put("unlisted", open.size() - listed.size());
        ArrayNode stories = json.putArray("stories");
        for (Story story : listed) {
            ObjectNode s = storyJson(stories.addObject(), story);
            s.put("summary", story.summary());
            StoryJson.strings(s.putArray("actors"), story.actors());
            StoryJson.strings(s.putArray("places"), story.places());
            StoryJson.evidence(s.putArray("evidence"), story.evidence());
            s.put("articleCount", story.articles().size());
            ArrayNode articles = s.putArray("articles");
            for (ArticleRef ref : story.articles().subList(0, Math.min(MAX_LISTED_ARTICLES, story.articles().size()))) {
                ObjectNode a = articles.addObject();
                a.put("key", ref.objectKey());
                a.put("title", ref.title());
                a.put("source", ref.source());
                a.put("score", ref.score());
                a.put("tier", ref.tier().name());
            }
            s.put("firstSeen", story.firstSeen().toString());
            s.put("lastSeen", story.lastSeen().toString());
        }
        ArrayNode closed = json.putArray("closed");
        for (Story story : overListed) {
            storyJson(closed.addObject(), story).put("closedAt", story.closedAt().toString());
        }
        return json;
    }

    private static ObjectNode storyJson(ObjectNode s, Story story) {
        s.put("storyId", story.storyId());
        s.put("headline", story.headline());
        s.put("tier", story.tier().name());
        s.put("tierLevel", story.tier().level());
        s.put("score", story.score());
        s.put("corroborated", story.corroborated());
        s.put("sourceCount", story.sources().size());
        StoryJson.strings(s.putArray("sources"),
                story.sources().subList(0, Math.min(MAX_LISTED_ARTICLES * 2, story.sources().size())));
        return s;
    }
}
