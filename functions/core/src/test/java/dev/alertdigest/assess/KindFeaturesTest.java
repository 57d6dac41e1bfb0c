package dev.alertdigest.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.article.Article;
import org.junit.jupiter.api.Test;

/** Each feature family of the relevance model on sentences written for it. Fictional texts. */
class KindFeaturesTest {

    private static final ScoringProfile PROFILE = ScoringProfile.defaults();
    private static final SecurityCues CUES = new SecurityCues(PROFILE);
    private static final KindClassifier KINDS = new KindClassifier(PROFILE, CUES);

    private static double feature(String name, String text) {
        double[] values = KINDS.features(ArticleText.of(new Article("", null, null, null, null, null, text), CUES));
        return values[KindFeatures.NAMES.indexOf(name)];
    }

    @Test
    void aBombAtAShopIsACivilianActAndAnAmbushOfAPatrolAMilitaryOne() {
        String shop = "Unidentified men threw a bomb at a shoe shop in the centre, wounding two employees.";
        String patrol = "Rebels ambushed an army patrol near the border, and two soldiers were wounded.";
        assertThat(feature("leadCivilianActs", shop)).isEqualTo(1);
        assertThat(feature("militaryActs", shop)).isZero();
        assertThat(feature("leadCivilianActs", patrol)).isZero();
        assertThat(feature("militaryActs", patrol)).isGreaterThan(0);
    }

    @Test
    void statisticsReadTheSameInBritishAndAmericanSpelling() {
        String british = "Deaths in bomb attacks fell by 44 per cent since 2014, the index found.";
        String american = "Deaths in bomb attacks fell by 44 percent since 2014, the index found.";
        assertThat(feature("generalRate", american)).isGreaterThan(0);
        assertThat(feature("generalRate", british)).isGreaterThan(0); // per 100 words: "per cent" is two of them
    }

    @Test
    void aUnitReportingKidnappedVillagersIsAboutTheVillagers() {
        String text = "The fourth battalion reported that gunmen kidnapped twelve villagers from their homes.";
        assertThat(feature("leadCivilianActs", text)).isEqualTo(1);
        assertThat(feature("militaryActs", text)).isZero();
    }

    @Test
    void actsAfterTheLeadCountAsBodyActs() {
        String text = """
                The council met on Monday. It discussed the budget. It approved a new road.

                Later, a car bomb exploded outside the mayor's office, killing a clerk.""";
        assertThat(feature("leadActs", text)).isZero();
        assertThat(feature("bodyActs", text)).isGreaterThan(0);
        assertThat(feature("bodyCivilianActs", text)).isGreaterThan(0);
    }

    @Test
    void anActDatedYearsAgoIsInThePast() {
        String text = "Relatives marked the anniversary of the massacre in which soldiers killed 30 peasants years ago.";
        assertThat(feature("pastActShare", text)).isEqualTo(1);
        assertThat(feature("pastActShare", "A bomb killed three passengers on a bus on Tuesday.")).isZero();
    }

    @Test
    void denialsStatisticsAccidentsAndRoundUpsAreCounted() {
        assertThat(feature("denials", "The front denied that its fighters had kidnapped the engineers.")).isGreaterThan(0);
        assertThat(feature("generalRate", "So far this year the number of kidnappings has doubled, police statistics show."))
                .isGreaterThan(0);
        assertThat(feature("accidentRate", "The cargo plane crashed into houses after an engine failure, killing six."))
                .isGreaterThan(0);
        assertThat(feature("lawEnforcementRate", "Police arrested nine suspects and seized two tons of cocaine in a raid."))
                .isGreaterThan(0);
    }

    @Test
    void speechesAreHighInDiscourseWordsAndWarReportsInCombatWords() {
        assertThat(feature("discourseRate", "We call on our people to support the dialogue and the peace talks."))
                .isGreaterThan(feature("discourseRate", "A bomb exploded at the bank at dawn."));
        assertThat(feature("combatRate", "Heavy fighting and clashes continued in the mountains during the offensive."))
                .isGreaterThan(0);
    }

    @Test
    void theRuleDecisionIsOneOfTheFeatures() {
        assertThat(feature("ruleDecision", "Terrorists bombed the power station and kidnapped two engineers.")).isEqualTo(1);
        assertThat(feature("ruleDecision", "The bakery sold more bread this year.")).isZero();
    }

    @Test
    void theBestIncidentSentenceAndItsPlaceAreFeatures() {
        String passing = """
                The congress debated the budget on Monday. The opposition asked for more spending on schools.

                Meanwhile, gunmen murdered a judge outside his home in the capital last night.""";
        assertThat(feature("sentenceMax", passing)).isPositive();
        assertThat(feature("likelySentences", passing)).isEqualTo(Math.log1p(1));
        assertThat(feature("sentenceMaxPosition", passing)).isEqualTo(1.0 / 3); // the third sentence
        String combat = "Army troops clashed with guerrillas near the border. Three soldiers were killed in the fighting.";
        assertThat(feature("sentenceMax", combat)).isNegative();
        assertThat(feature("likelySentences", combat)).isZero();
    }

    @Test
    void sentencesNotAboutSecurityAreNotScored() {
        String text = "The bakery sold more bread this year. Its owner plans a second shop.";
        assertThat(feature("sentenceMax", text)).isEqualTo(IncidentSentenceModel.NOT_SCORED);
        assertThat(feature("sentenceSecond", text)).isEqualTo(IncidentSentenceModel.NOT_SCORED);
        assertThat(feature("sentenceMass", text)).isLessThan(0.01);
    }
    @Test
    void storyEvidenceIsTheSoftMaximumOfTheSentencesStoryScores() {
        // every hashed feature worth 0.1 under the story weights: each security sentence scores 0.1 x its
        // feature count, and the story evidence is the log-sum-exp of those scores; a story without a
        // security sentence has none
        float[] sentences = new float[IncidentSentenceModel.SIZE];
        float[] stories = new float[IncidentSentenceModel.SIZE];
        java.util.Arrays.fill(stories, 0.1f);
        KindClassifier kinds = new KindClassifier(PROFILE, CUES, IncidentSentenceModel.of(sentences, stories));
        ArticleText text = ArticleText.of(new Article("", null, null, null, null, null, """
                A bomb exploded at the bank on Monday, killing a guard.

                The council approved the budget.

                Gunmen kidnapped the mayor's driver."""), CUES);
        IncidentSentenceModel.Features hashing = new IncidentSentenceModel.Features(PROFILE);
        double sum = 0;
        int scored = 0;
        for (IncidentSentenceModel.Example e : hashing.examples(text)) {
            if (e.features() != null) {
                sum += Math.exp(0.1 * e.features().length);
                scored++;
            }
        }
        assertThat(scored).isEqualTo(2);
        double[] values = kinds.features(text);
        assertThat(values[KindFeatures.NAMES.indexOf("storyEvidence")])
                .isCloseTo(Math.log(sum), org.assertj.core.data.Offset.offset(1e-4));
        ArticleText quiet = ArticleText.of(new Article("", null, null, null, null, null,
                "The council approved the budget on Monday."), CUES);
        assertThat(kinds.features(quiet)[KindFeatures.NAMES.indexOf("storyEvidence")])
                .isEqualTo(IncidentSentenceModel.NOT_SCORED);
    }
}
