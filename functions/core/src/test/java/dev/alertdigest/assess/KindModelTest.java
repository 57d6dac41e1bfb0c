package dev.alertdigest.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alertdigest.article.Article;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The relevance model is data: read from the profile, applied as a logit, overridable, and optional. */
class KindModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void weightsAreReadByFeatureNameAndMissingOnesAreZero() throws Exception {
        KindModel model = KindModel.of(JSON.readTree("{\"bias\": -1, \"weights\": {\"leadActs\": 2}}"));
        double[] x = new double[KindFeatures.NAMES.size()];
        x[KindFeatures.NAMES.indexOf("leadActs")] = 1;
        assertThat(model.logit(x)).isEqualTo(1.0);
        assertThat(KindModel.of(JSON.readTree("{}"))).isNull();
        assertThatThrownBy(() -> KindModel.of(JSON.readTree("{\"weights\": {\"noSuchFeature\": 1}}")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aModelThatRejectsEverythingLeavesWarningsToTheRules() {
        ThreatAssessor never = ThreatAssessor.withProfile(new ByteArrayInputStream(
                "{\"kind\": {\"model\": {\"bias\": -100, \"weights\": {\"leadActs\": 0}}}}".getBytes(StandardCharsets.UTF_8)));
        Article report = new Article("", null, null, null, null, null,
                "A bomb exploded at the bank on Monday, killing a guard and wounding four customers.");
        Article warning = new Article("Police warn of attack threat to the stadium", null, null, null, null, null,
                "Police warned that a group is planning to attack the stadium this weekend and urged fans to be vigilant."
                        + " Officials described the threat as specific and credible.");
        assertThat(never.assess(report).kind()).isEqualTo(Kind.OTHER);
        assertThat(never.assess(warning).kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void aThreatMentionedInPassingIsNotAWarningTheRulesKeep() {
        // a minister's speech that says the rebels threaten the talks: threat words outnumber events, but
        // too few to make the story a warning, so the model's verdict stands
        ThreatAssessor never = ThreatAssessor.withProfile(new ByteArrayInputStream(
                "{\"kind\": {\"model\": {\"bias\": -100, \"weights\": {\"leadActs\": 0}}}}".getBytes(StandardCharsets.UTF_8)));
        Article speech = new Article("", null, null, null, null, null, """
                The interior minister told congress today that the talks with the rebels will go on.

                He said terrorists had threatened to bomb the negotiations, and that the government would not give \
                in to terrorism.""");
        assertThat(never.assess(speech).kind()).isEqualTo(Kind.OTHER);
    }
}
