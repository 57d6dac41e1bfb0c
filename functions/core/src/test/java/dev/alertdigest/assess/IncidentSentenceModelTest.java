package dev.alertdigest.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alertdigest.article.Article;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The learned incident sentence detector: its features, its resource, and the built-in weights on fictional sentences. */
class IncidentSentenceModelTest {

    private static final ScoringProfile PROFILE = ScoringProfile.defaults();
    private static final SecurityCues CUES = new SecurityCues(PROFILE);
    private static final IncidentSentenceModel.Features FEATURES = new IncidentSentenceModel.Features(PROFILE);
    private static final IncidentSentenceModel BUILT_IN = IncidentSentenceModel.builtIn();

    private static Sentence sentence(String text) {
        List<Sentence> sentences = ArticleText.of(new Article("", null, null, null, null, null, text), CUES).sentences();
        assertThat(sentences).hasSize(1);
        return sentences.getFirst();
    }

    private static int[] features(String text) {
        Sentence s = sentence(text);
        return FEATURES.of(s, 0, FEATURES.hits(s));
    }

    private static double logit(String text) {
        assertThat(sentence(text).security()).as("a security sentence: %s", text).isTrue();
        return BUILT_IN.logit(features(text));
    }

    @Test
    void placesAreReadAsOneTokenSoThatANewEventsPlacesAreNoNews() {
        int[] kabul = features("Gunmen kidnapped two teachers from a school in Kabul, Afghanistan.");
        int[] lima = features("Gunmen kidnapped two teachers from a school in Lima, Peru.");
        int[] village = features("Gunmen kidnapped two teachers from a school in Averly, Ruritania.");
        assertThat(kabul).isEqualTo(lima);
        assertThat(village).isNotEqualTo(kabul); // names the gazetteer lacks stay words
    }

    @Test
    void featuresAreSortedDistinctIndicesAndIgnoreCase() {
        int[] lower = features("Gunmen kidnapped two teachers from the village school; the teachers were freed.");
        assertThat(lower).isSorted().doesNotHaveDuplicates();
        assertThat(lower[0]).isNotNegative();
        assertThat(lower[lower.length - 1]).isLessThan(IncidentSentenceModel.SIZE);
        assertThat(features("GUNMEN KIDNAPPED TWO TEACHERS FROM THE VILLAGE SCHOOL; THE TEACHERS WERE FREED."))
                .isEqualTo(lower);
    }

    @Test
    void hitsNameTheActTheVictimAndTheFraming() {
        int bank = FEATURES.hits(sentence("A bomb exploded at the bank last night."));
        assertThat(bank & IncidentSentenceModel.ACT).isNotZero();
        assertThat(bank & IncidentSentenceModel.CIVILIAN).isNotZero();
        assertThat(bank & IncidentSentenceModel.RECENT).isNotZero();
        assertThat(bank & IncidentSentenceModel.MILITARY).isZero();
        int patrol = FEATURES.hits(sentence("Rebels ambushed an army patrol and two soldiers were killed."));
        assertThat(patrol & IncidentSentenceModel.MILITARY).isNotZero();
        int denial = FEATURES.hits(sentence("The front denied that it did not kidnap the engineers."));
        assertThat(denial & IncidentSentenceModel.NEGATION).isNotZero();
        assertThat(denial & IncidentSentenceModel.DENIAL).isNotZero();
    }

    @Test
    void theResourceRoundTripsWithinItsQuantisation() throws IOException {
        float[] weights = new float[IncidentSentenceModel.SIZE];
        Random random = new Random(7);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) random.nextGaussian();
        }
        weights[3] = 4.5f;
        float[] story = new float[IncidentSentenceModel.SIZE];
        story[5] = -2f;
        story[6] = 0.25f;
        byte[] bytes = IncidentSentenceModel.encode(weights, story);
        assertThat(bytes).hasSize(8 + 2 * (4 + 2 * IncidentSentenceModel.SIZE));
        float[][] back = IncidentSentenceModel.decode(bytes);
        float step = 4.5f / Short.MAX_VALUE;
        for (int i = 0; i < weights.length; i++) {
            assertThat(back[0][i]).isCloseTo(weights[i], org.assertj.core.data.Offset.offset(step));
        }
        // each table has its own scale: the story table's small weights keep their precision
        assertThat(back[1][5]).isEqualTo(-2f);
        assertThat(back[1][6]).isCloseTo(0.25f, org.assertj.core.data.Offset.offset(2f / Short.MAX_VALUE));
        assertThatThrownBy(() -> IncidentSentenceModel.decode(new byte[12])).isInstanceOf(IOException.class)
                .hasMessageContaining("benchmarks/run kind-model");
        assertThatThrownBy(() -> IncidentSentenceModel.of(new float[10], story))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenWeightsAreSummedOverTheFeatures() {
        float[] weights = new float[IncidentSentenceModel.SIZE];
        int[] f = features("A bomb exploded at the bank.");
        weights[f[0]] = 1.5f;
        weights[f[f.length - 1]] = -0.5f;
        float[] story = new float[IncidentSentenceModel.SIZE];
        story[f[1]] = 2f;
        IncidentSentenceModel model = IncidentSentenceModel.of(weights, story);
        assertThat(model.logit(f)).isEqualTo(1.0);
        assertThat(model.storyLogit(f)).isEqualTo(2.0);
    }

    @Test
    void theBuiltInWeightsAreShipped() {
        assertThat(BUILT_IN.available()).isTrue();
    }

    @Test
    void actsAgainstCiviliansAndOfficialsAreIncidentsInEitherCase() {
        assertThat(logit("Gunmen murdered a priest and two peasants in the village last night.")).isPositive();
        assertThat(logit("GUNMEN MURDERED A PRIEST AND TWO PEASANTS IN THE VILLAGE LAST NIGHT.")).isPositive();
        assertThat(logit("Unidentified men kidnapped the mayor of the town as he left his home.")).isPositive();
        assertThat(logit("A car bomb exploded outside the offices of a newspaper, killing a security guard."))
                .isPositive();
        assertThat(logit("Gunmen shot dead a teacher at a school in the north on Tuesday, police said."))
                .isPositive();
    }

    @Test
    void combatRoundUpsSpeechesAndOldActsAreNot() {
        assertThat(logit("Army troops clashed with guerrillas near the border and three soldiers were killed in the"
                + " fighting.")).isNegative();
        assertThat(logit("Rebels attacked a military garrison, killing four soldiers.")).isNegative();
        assertThat(logit("Police arrested ten suspected guerrillas and seized weapons and explosives.")).isNegative();
        assertThat(logit("We will continue the armed struggle until the government accepts dialogue, the commander"
                + " said.")).isNegative();
        assertThat(logit("Relatives marked the anniversary of the massacre in which 30 peasants were killed years"
                + " ago.")).isNegative();
    }
}
