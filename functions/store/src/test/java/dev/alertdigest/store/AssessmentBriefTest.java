package dev.alertdigest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alertdigest.article.Article;
import dev.alertdigest.assess.ThreatAssessment;
import dev.alertdigest.assess.ThreatAssessor;
import dev.alertdigest.assess.Tier;
import dev.alertdigest.digest.AssessedArticle;
import dev.alertdigest.digest.TextFingerprint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentBriefTest {

    private static final String TEXT = "KABUL, Aug 25 (Reuters) - The United States is concerned about a very specific "
            + "threat from ISIS-K against crowds outside Kabul airport, officials said on Wednesday, urging Americans "
            + "to leave the gates immediately. « Leave now », the embassy said.";

    private static AssessedArticle assessed(String source, String published) {
        Article article = new Article("US warns of 'very specific' ISIS-K threat at Kabul airport", source, "KABUL",
                published, null, null, TEXT);
        return new AssessedArticle("a".repeat(64), "incoming/kabul é.html", article.title(), source, published,
                Instant.parse("2026-11-20T10:15:30.123Z"), ThreatAssessor.withDefaults().assess(article),
                TextFingerprint.of(article.text()));
    }

    @Test
    void anAssessedArticleComesBackEqualFieldForField() {
        AssessedArticle article = assessed("Reuters", "2021-08-25");

        AssessedArticle decoded = AssessmentBrief.decode(AssessmentBrief.encode(article), "ARTICLE#a");

        assertThat(article.assessment().dimensions()).isNotEmpty();
        assertThat(article.assessment().actors()).contains("ISIS-K");
        assertThat(decoded).usingRecursiveComparison().isEqualTo(article);
        assertThat(decoded.fingerprint().encode()).isEqualTo(article.fingerprint().encode());
    }

    @Test
    void theTiersRulesComeBackAndABriefWrittenBeforeThemHasNone() {
        AssessedArticle plain = assessed("Reuters", "2021-08-25");
        ThreatAssessment a = plain.assessment();
        ThreatAssessment capped = new ThreatAssessment(a.kind(), 32, Tier.ELEVATED, a.actors(), a.places(), a.times(),
                a.dimensions(), a.allClear(), a.headline(), a.summary(), a.sms(),
                List.of("not immediate: at most ELEVATED"));
        AssessedArticle article = new AssessedArticle(plain.articleId(), plain.objectKey(), plain.title(),
                plain.source(), plain.published(), plain.assessedAt(), capped, plain.fingerprint());
        byte[] brief = AssessmentBrief.encode(article);

        assertThat(AssessmentBrief.decode(brief, "ARTICLE#a").assessment().rules())
                .containsExactly("not immediate: at most ELEVATED");
        // version 1 as first deployed ended with the dimensions; the rules add a short count and one int-sized string
        int rulesBytes = 2 + 4 + "not immediate: at most ELEVATED".getBytes(StandardCharsets.UTF_8).length;
        byte[] older = Arrays.copyOf(brief, brief.length - rulesBytes);
        assertThat(AssessmentBrief.decode(older, "ARTICLE#a").assessment().rules()).isEmpty();
        assertThat(AssessmentBrief.decode(older, "ARTICLE#a").assessment().tier()).isEqualTo(Tier.ELEVATED);
    }

    @Test
    void missingSourceAndDateStayMissing() {
        AssessedArticle decoded = AssessmentBrief.decode(AssessmentBrief.encode(assessed(null, null)), "ARTICLE#a");

        assertThat(decoded.source()).isNull();
        assertThat(decoded.published()).isNull();
    }

    @Test
    void aTruncatedOrForeignBriefIsRefusedNamingTheItem() {
        byte[] brief = AssessmentBrief.encode(assessed("Reuters", "2021-08-25"));
        byte[] truncated = Arrays.copyOf(brief, brief.length / 2);
        byte[] otherVersion = brief.clone();
        otherVersion[0] = 9;

        assertThatThrownBy(() -> AssessmentBrief.decode(truncated, "ARTICLE#x"))
                .hasMessageContaining("ARTICLE#x").hasMessageContaining("unreadable brief");
        assertThatThrownBy(() -> AssessmentBrief.decode(otherVersion, "ARTICLE#y"))
                .hasMessageContaining("ARTICLE#y").hasMessageContaining("version 9");
    }
}
