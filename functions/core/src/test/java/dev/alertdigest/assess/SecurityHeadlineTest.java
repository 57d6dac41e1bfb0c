package dev.alertdigest.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.article.Article;
import org.junit.jupiter.api.Test;

/**
 * A headline in security words, borne out by the lead, makes a text about security whatever the relevance model,
 * trained on wire stories without headlines, makes of its statement-like body. Fictional texts.
 */
class SecurityHeadlineTest {

    private static final ThreatAssessor ASSESSOR = ThreatAssessor.withDefaults();

    /** A government communiqué: "we", "the population", "peace": the words the model learnt as a speech's. */
    private static final String COMMUNIQUE = """
            The Government informs the population that terrorist groups active in the neighbouring country have been \
            seen near the border in the districts of Kalmé and Dorosso.

            The Government recalls that our defence and security forces remain mobilised and that additional units \
            have been deployed in the area.

            Village chiefs, religious leaders and youth associations are asked to support the authorities in this \
            effort.

            The Government thanks the population for its cooperation and reassures it of its determination to \
            guarantee peace and security throughout the national territory.""";

    private static ThreatAssessment assess(String title, String text) {
        return ASSESSOR.assess(new Article(title, null, null, null, null, null, text));
    }

    @Test
    void aCommuniqueUnderASecurityHeadlineIsAThreatThoughItReportsNoAttack() {
        ThreatAssessment a = assess("Terrorist groups regroup near the northern border, Government says", COMMUNIQUE);
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void anExplainerOrAQuestionHeadlineLeavesTheDecisionToTheModel() {
        assertThat(assess("Why terrorist groups regroup near the northern border", COMMUNIQUE).kind())
                .isEqualTo(Kind.OTHER);
        assertThat(assess("Are terrorist groups regrouping near the northern border?", COMMUNIQUE).kind())
                .isEqualTo(Kind.OTHER);
    }

    @Test
    void aHeadlineWhoseLeadSpeaksOfNoViolenceDecidesNothing() {
        // a page whose headline and body do not belong together (a headline box beside another article)
        String body = """
                Village chiefs, religious leaders and youth associations met in Kalmé on Tuesday to plan the harvest \
                festival.

                The meeting chose the dates of the market days and the route of the procession.

                It ended with a shared meal offered by the women's cooperative.""";
        assertThat(assess("Terrorist groups regroup near the northern border, Government says", body).kind())
                .isEqualTo(Kind.OTHER);
    }

    @Test
    void aNamedGroupInAHeadlineOverAnElectionStoryIsAThreat() {
        // the election's words silence every weak cue of the lead, and make the text read as politics; the group's
        // name in the headline and the lead places it in the security world
        ThreatAssessment a = assess("Ansaru threatens to attack polling units in Kaduna ahead of Saturday's vote", """
                Ansaru has told voters in southern Kaduna to stay away from polling units on Saturday, saying in a \
                message to local radio stations that it will attack any unit that opens for the governorship vote.

                The electoral commission said the ballot would go ahead in all wards and that polling officials, \
                ballot papers and result sheets had been distributed to every local government area.

                Candidates of the two main parties urged voters to turn out, and the campaign council of the ruling \
                party said the election would not be postponed.

                Turnout in the last governorship election was 38 percent, and observers expect a close race between \
                the candidates of the two main parties.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
    }
}
