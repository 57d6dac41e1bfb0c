package dev.alertdigest.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.article.Article;
import dev.alertdigest.assess.NegatedQualifiers.Doubt;
import org.junit.jupiter.api.Test;

/** What officials say a threat is not: credible (a denial) or specific (a generic threat). Fictional sentences. */
class NegatedQualifiersTest {

    private static final ScoringProfile PROFILE = ScoringProfile.defaults();
    private static final SecurityCues CUES = new SecurityCues(PROFILE);
    private static final NegatedQualifiers DOUBTS = new NegatedQualifiers(PROFILE);

    private static Doubt doubt(String sentence) {
        return DOUBTS.of(ArticleText.of(new Article("", null, null, null, null, null, sentence), CUES)
                .sentences().getFirst());
    }

    @Test
    void aNegatedCredibilityDeniesTheThreatWithWordsBetweenOrNot() {
        assertThat(doubt("Police said there was no credible threat to the festival.")).isEqualTo(Doubt.NOT_CREDIBLE);
        assertThat(doubt("At no stage was there any credible threat to the final, police said."))
                .isEqualTo(Doubt.NOT_CREDIBLE);
        assertThat(doubt("Officials found no specific or credible threat to the race.")).isEqualTo(Doubt.NOT_CREDIBLE);
        assertThat(doubt("The letter was not an authentic threat from the group.")).isEqualTo(Doubt.NOT_CREDIBLE);
        assertThat(doubt("\"This is not a real threat,\" police said of the viral message.")).isEqualTo(Doubt.NOT_CREDIBLE);
        assertThat(doubt("There is no credible threat, but police will keep a visible presence as a precaution."))
                .isEqualTo(Doubt.NOT_CREDIBLE);
    }

    @Test
    void aDenialQualifiedByAJudgementThatTheThreatIsLikelyOrByWhatNobodyReportedLeavesAGenericThreat() {
        assertThat(doubt("The Department is not aware of any specific, credible plot at this time; however, the "
                + "overall threat environment remains elevated.")).isEqualTo(Doubt.NOT_SPECIFIC);
        assertThat(doubt("The Department is not aware of any specific, credible plot at this time."))
                .isEqualTo(Doubt.NOT_CREDIBLE);
        assertThat(doubt("We have seen no reporting indicating a specific, credible threat to any client site."))
                .isEqualTo(Doubt.NOT_SPECIFIC);
    }

    @Test
    void aContrastBetweenTheNegationAndTheQualifierAffirmsTheThreat() {
        assertThat(doubt("\"It is not imminent, but it is a real threat,\" the commander told reporters."))
                .isEqualTo(Doubt.NONE);
        assertThat(doubt("IT IS NOT IMMINENT, BUT IT IS A CREDIBLE THREAT, THE GENERAL SAID.")).isEqualTo(Doubt.NONE);
        assertThat(doubt("It is not a credible threat, but we are checking it.")).isEqualTo(Doubt.NOT_CREDIBLE);
    }

    @Test
    void aNegatedSpecificityLeavesAGenericThreatStanding() {
        assertThat(doubt("We have not identified any specific, current plot.")).isEqualTo(Doubt.NOT_SPECIFIC);
        assertThat(doubt("We do not see any concrete attack planning against the country at the moment."))
                .isEqualTo(Doubt.NOT_SPECIFIC);
        assertThat(doubt("There is no specific threat to company personnel or sites at this time."))
                .isEqualTo(Doubt.NOT_SPECIFIC);
        // French and Spanish statements in translation: "aucune menace précise", "ninguna amenaza precisa"
        assertThat(doubt("There is no precise threat at this time against our country, the spokesman said."))
                .isEqualTo(Doubt.NOT_SPECIFIC);
    }

    @Test
    void aNegatedSpecificityOfTimingDoubtsOnlyWhen() {
        assertThat(doubt("She said there was no specific information about timing, but the threat was credible."))
                .isEqualTo(Doubt.NONE);
        assertThat(doubt("Police have no specific intelligence on when the group might strike."))
                .isEqualTo(Doubt.NONE);
        assertThat(doubt("Police have no specific intelligence about a target.")).isEqualTo(Doubt.NOT_SPECIFIC);
    }

    @Test
    void aRefusalToCommentIsNoDoubt() {
        assertThat(doubt("The bureau does not comment on specific intelligence products but takes all threats "
                + "seriously.")).isEqualTo(Doubt.NONE);
        assertThat(doubt("Police would not discuss specific threats against the minister.")).isEqualTo(Doubt.NONE);
    }

    @Test
    void aDenialTheSentenceQualifiesWithAContrastLeavesAGenericThreat() {
        assertThat(doubt("Officials are not aware of any specific, credible threat to the celebrations, but urge police "
                + "to stay alert to the possibility of attacks by lone individuals.")).isEqualTo(Doubt.NOT_SPECIFIC);
    }

    @Test
    void whatOfficialsDoNotKnowIsNoDenial() {
        assertThat(doubt("The Embassy has no information regarding a specific or credible threat at this time."))
                .isEqualTo(Doubt.NOT_SPECIFIC);
    }

    @Test
    void aQualifierTooFarFromTheNegationOrItsNounOrANegationUndoneIsNoDoubt() {
        assertThat(doubt("Police have not ruled out a specific threat to the stadium.")).isEqualTo(Doubt.NONE);
        assertThat(doubt("Police did not say why the warning they received was credible.")).isEqualTo(Doubt.NONE);
        assertThat(doubt("No one was hurt, but officials called it a credible and specific threat."))
                .isEqualTo(Doubt.NONE);
        assertThat(doubt("There is a credible threat to the embassy.")).isEqualTo(Doubt.NONE);
    }

    @Test
    void noInformationAboutASpecificPlannedIncidentLeavesAGenericThreat() {
        assertThat(doubt("There is no information about a specific planned incident, but the overall risk level has "
                + "increased.")).isEqualTo(Doubt.NOT_SPECIFIC);
    }
}
