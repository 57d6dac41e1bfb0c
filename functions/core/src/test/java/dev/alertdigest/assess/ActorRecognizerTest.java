package dev.alertdigest.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who counts as the perpetrator: state forces only where they harm civilians; parties and unions never. */
class ActorRecognizerTest {

    private static final ScoringProfile PROFILE = ScoringProfile.defaults();
    private static final SecurityCues CUES = new SecurityCues(PROFILE);
    private static final ActorRecognizer ACTORS = new ActorRecognizer(PROFILE, CUES);

    private static List<String> actors(String text) {
        ArticleText article = ArticleText.of(new Article("", null, null, null, null, null, text), CUES);
        return ACTORS.recognise(article).stream().map(Mention::name).toList();
    }

    @Test
    void theArmyFightingGuerrillasIsNoPerpetrator() {
        assertThat(actors("THE ARMY CLASHED WITH GUERRILLAS OF THE RED DAWN FRONT NEAR THE BORDER, KILLING FIVE."))
                .contains("Red Dawn Front").noneMatch(a -> a.toLowerCase().contains("army"));
    }

    @Test
    void theArmyMurderingCiviliansIsThePerpetratorEvenUnnamed() {
        assertThat(actors("WITNESSES SAID THE ARMY MURDERED SIX PEASANTS AND TORTURED THEIR RELATIVES."))
                .contains("Army");
    }

    @Test
    void blameForACrimeMakesStateForcesActors() {
        assertThat(actors("The president said members of the Army participated in the crime."))
                .contains("Army");
    }

    @Test
    void partiesUnionsAndBroadcastersAreNotPerpetrators() {
        assertThat(actors("""
                A BOMB EXPLODED AT THE OFFICES OF THE NATIONAL WORKERS UNION, THE LIBERAL PARTY SAID ON THE \
                NATIONAL RADIO NETWORK. THE PEOPLE'S REVOLUTIONARY COMMAND CLAIMED RESPONSIBILITY FOR THE BOMBING."""))
                .contains("People's Revolutionary Command")
                .noneMatch(a -> a.contains("Union") || a.contains("Party") || a.contains("Network"));
    }

    @Test
    void aliasesResolveToTheCanonicalGroupAndUnknownNamesStayAsTheyAre() {
        ThreatAssessor assessor = ThreatAssessor.withDefaults();
        assertThat(assessor.canonicalActor("SENDERO LUMINOSO")).isEqualTo("Shining Path");
        assertThat(assessor.canonicalActor("Islamic State Khorasan")).isEqualTo("ISIS-K");
        assertThat(assessor.canonicalActor("Red Dawn Front")).isEqualTo("Red Dawn Front");
        assertThat(assessor.canonicalActor("Shining Path fighters")).isEqualTo("Shining Path fighters");
    }
}
