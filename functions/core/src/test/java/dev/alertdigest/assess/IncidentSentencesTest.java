package dev.alertdigest.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence-level incident detection on sentences written for it, in normal case and in wire capitals. Fictional. */
class IncidentSentencesTest {

    private static final ScoringProfile PROFILE = ScoringProfile.defaults();
    private static final SecurityCues CUES = new SecurityCues(PROFILE);
    private static final IncidentSentences INCIDENTS = new IncidentSentences(PROFILE);
    private static final KindClassifier KINDS = new KindClassifier(PROFILE, CUES);

    private static IncidentSentences.Report report(String sentence) {
        List<Sentence> sentences = ArticleText.of(new Article("", null, null, null, null, null, sentence), CUES)
                .sentences();
        assertThat(sentences).hasSize(1);
        return INCIDENTS.of(sentences.getFirst());
    }

    private static double feature(String name, String text) {
        double[] values = KINDS.features(ArticleText.of(new Article("", null, null, null, null, null, text), CUES));
        return values[KindFeatures.NAMES.indexOf(name)];
    }

    @Test
    void anActAgainstCiviliansIsAnIncidentInEitherCase() {
        assertThat(report("Gunmen kidnapped two teachers from the village school."))
                .isEqualTo(IncidentSentences.Report.INCIDENT);
        assertThat(report("GUNMEN KIDNAPPED TWO TEACHERS FROM THE VILLAGE SCHOOL."))
                .isEqualTo(IncidentSentences.Report.INCIDENT);
    }

    @Test
    void anActDatedToNowIsARecentIncident() {
        assertThat(report("A bomb exploded outside a bank in the capital last night."))
                .isEqualTo(IncidentSentences.Report.RECENT_INCIDENT);
        assertThat(report("A BOMB EXPLODED OUTSIDE A BANK IN THE CAPITAL LAST NIGHT."))
                .isEqualTo(IncidentSentences.Report.RECENT_INCIDENT);
    }

    @Test
    void negatedDeniedAndBackgroundActsAreNotIncidents() {
        assertThat(report("The rebels did not attack the bus, a spokesman said."))
                .isEqualTo(IncidentSentences.Report.NONE);
        assertThat(report("THE FRONT DENIED THAT ITS MEN HAD MURDERED THE MAYOR."))
                .isEqualTo(IncidentSentences.Report.NONE);
        assertThat(report("Ten years ago soldiers killed 30 peasants in the valley."))
                .isEqualTo(IncidentSentences.Report.NONE);
    }

    @Test
    void anActWithoutACivilianTargetOrNoActAtAllIsNotAnIncident() {
        assertThat(report("Rebels ambushed an army patrol near the border.")).isEqualTo(IncidentSentences.Report.NONE);
        assertThat(report("The mayor opened a new school in the village.")).isEqualTo(IncidentSentences.Report.NONE);
    }

    @Test
    void theDocumentFeaturesSayWhereTheFirstIncidentSitsAndHowManyThereAre() {
        String lead = "Terrorists machine-gunned a bus carrying workers today. The driver was wounded.";
        String buried = """
                The council met on Monday. It discussed the budget. It approved a new road.

                In 1980 an unrelated group had kidnapped a merchant.""";
        assertThat(feature("firstIncident", lead)).isEqualTo(1.0);
        assertThat(feature("leadIncidents", lead)).isEqualTo(2);
        assertThat(feature("recentIncidents", lead)).isGreaterThan(0);
        assertThat(feature("firstIncident", buried)).isGreaterThan(0).isLessThan(0.5);
        assertThat(feature("leadIncidents", buried)).isZero();
        assertThat(feature("incidents", "The bakery sold more bread this year.")).isZero();
        assertThat(feature("firstIncident", "The bakery sold more bread this year.")).isZero();
    }
}
