package dev.alertdigest.digest;

import dev.alertdigest.assess.Dimension;
import dev.alertdigest.assess.DimensionScore;
import dev.alertdigest.assess.Kind;
import dev.alertdigest.assess.ThreatAssessment;
import dev.alertdigest.assess.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Hand-built assessed articles for digest tests: the assessor's output quality is not under test here. */
final class ArticleFixture {

    static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

    private final String name;
    private String source;
    private String published;
    private Instant assessedAt = MONDAY;
    private Kind kind = Kind.THREAT;
    private int score = 40;
    private Tier tier = Tier.ELEVATED;
    private List<String> actors = List.of();
    private List<String> places = List.of();
    private boolean allClear;
    private String headline;
    private List<String> summary = List.of();
    private final List<DimensionScore> dimensions = new ArrayList<>();
    private String text;

    private ArticleFixture(String name) {
        this.name = name;
        this.headline = "Report " + name;
        this.text = ""; // no text: an empty fingerprint, similar to nothing, unless a test gives one
    }

    static ArticleFixture article(String name) {
        return new ArticleFixture(name);
    }

    ArticleFixture source(String source) {
        this.source = source;
        return this;
    }

    ArticleFixture published(String published) {
        this.published = published;
        return this;
    }

    ArticleFixture at(Instant assessedAt) {
        this.assessedAt = assessedAt;
        return this;
    }

    ArticleFixture kind(Kind kind) {
        this.kind = kind;
        return this;
    }

    ArticleFixture scored(Tier tier, int score) {
        this.tier = tier;
        this.score = score;
        return this;
    }

    ArticleFixture actors(String... actors) {
        this.actors = List.of(actors);
        return this;
    }

    ArticleFixture places(String... places) {
        this.places = List.of(places);
        return this;
    }

    ArticleFixture allClear() {
        this.allClear = true;
        return this;
    }

    ArticleFixture headline(String headline) {
        this.headline = headline;
        return this;
    }

    ArticleFixture summary(String... sentences) {
        this.summary = List.of(sentences);
        return this;
    }

    ArticleFixture evidence(Dimension dimension, int value, String... spans) {
        dimensions.add(new DimensionScore(dimension, value, "level " + value, List.of(spans)));
        return this;
    }

    ArticleFixture text(String text) {
        this.text = text;
        return this;
    }

    /** The text of a file under src/test/resources/digest/. */
    ArticleFixture textOf(String resource) {
        return text(resource(resource));
    }

    AssessedArticle build() {
        ThreatAssessment assessment = new ThreatAssessment(kind, score, tier, actors, places, List.of(), dimensions,
                allClear, headline, summary, tier + " " + score + ": " + headline);
        return new AssessedArticle(sha256(name), "uploads/" + name + ".html", headline, source, published,
                assessedAt, assessment, TextFingerprint.of(text));
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = ArticleFixture.class.getResourceAsStream("/digest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource digest/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
