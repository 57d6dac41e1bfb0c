package dev.alertdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.article.Article;
import dev.alertdigest.assess.Kind;
import dev.alertdigest.assess.ThreatAssessment;
import dev.alertdigest.assess.ThreatAssessor;
import dev.alertdigest.assess.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Priming only warms what the made-up reports reach: they must read as real threat reports do. */
class SyntheticArticlesTest {

    @Test
    void reportsForPrimingAreAssessedAsThreatsWithActorsPlacesAndTimesInBothCases() {
        List<Article> reports = SyntheticArticles.reportsForPriming(12);
        ThreatAssessor assessor = ThreatAssessor.withDefaults();
        List<ThreatAssessment> assessed = reports.stream().map(assessor::assess).toList();

        assertThat(reports).extracting(Article::text).doesNotHaveDuplicates();
        assertThat(reports).anyMatch(r -> r.text().equals(r.text().toUpperCase()))
                .anyMatch(r -> !r.text().equals(r.text().toUpperCase()));
        assertThat(assessed).allSatisfy(a -> {
            assertThat(a.kind()).isNotEqualTo(Kind.OTHER);
            assertThat(a.tier().level()).isGreaterThanOrEqualTo(Tier.ELEVATED.level());
            assertThat(a.actors()).isNotEmpty();
            assertThat(a.places()).isNotEmpty();
        });
        assertThat(assessed).extracting(ThreatAssessment::kind).contains(Kind.THREAT);
        assertThat(assessed).anyMatch(a -> !a.times().isEmpty());
    }
}
