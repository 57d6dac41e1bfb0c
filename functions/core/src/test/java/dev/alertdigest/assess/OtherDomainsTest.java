package dev.alertdigest.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.article.Article;
import org.junit.jupiter.api.Test;

/** Texts written in another domain's words are kind other, however many security words they borrow. Fictional texts. */
class OtherDomainsTest {

    private static final ThreatAssessor ASSESSOR = ThreatAssessor.withDefaults();

    private static ThreatAssessment assess(String title, String text) {
        return ASSESSOR.assess(new Article(title, null, null, null, null, null, text));
    }

    @Test
    void aMatchReportThatBorrowsTheWordsThroughoutIsSport() {
        // no sentence holds a word that marks another sense of its "attack", "fired" or "shot" ("winger" and
        // "corner kick" stand elsewhere): the whole text shows it is a match report
        ThreatAssessment a = assess("Late strike kills off Harbour's title challenge", """
                Harbour's title challenge is all but over after a substitute struck twice in the last ten minutes at \
                Millfield on Saturday.

                Harbour had started brightly, attacking the space behind the hosts at every opportunity. Their \
                winger fired them ahead on 23 minutes, cutting inside and shooting into the top corner.

                The hosts' manager made the decisive change at the break. "We were too passive; I told them to go \
                and attack," he said.

                The equaliser came from a corner kick, the winner from a counter-attack that tore through the \
                defenders. Harbour's keeper was left exposed as the visitors were shot to pieces.

                Harbour are eight points behind the champions with four fixtures left, and face a \
                relegation-threatened side next week.""");
        assertThat(a.kind()).isEqualTo(Kind.OTHER);
        assertThat(a.tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(a.rules()).anySatisfy(r -> assertThat(r).startsWith("reads as sport"));
    }

    @Test
    void aHostileTakeoverIsBusinessNotAnAttack() {
        ThreatAssessment a = assess("Brenner launches hostile bid as target's board vows to fight", """
                Brenner Group launched a hostile takeover bid for Oakfield Mills on Monday, going straight to \
                shareholders after the target's board rejected three approaches.

                The 410 pence per share offer values the company at a premium of 31 percent, and its shares \
                exploded higher on the news. Analysts said the bidder had a war chest to go higher.

                Oakfield's chief executive attacked the bid as opportunistic and said investors should ignore it. \
                Its largest shareholder, a pension fund with a 9 percent stake, threatened to block any deal that \
                undervalued the earnings the mills will make this year.""");
        assertThat(a.kind()).isEqualTo(Kind.OTHER);
        assertThat(a.rules()).anySatisfy(r -> assertThat(r).startsWith("reads as business"));
    }

    @Test
    void aThreatAgainstAMatchStaysAThreatHoweverManySportWordsItHolds() {
        // the security world's words (police, suspects, arrested, armed) outweigh the match's
        ThreatAssessment a = assess("Bomb threat against cup final: police arrest two suspects", """
                Police have stepped up security for Saturday's cup final at Millfield Stadium after a man \
                threatened online to bomb the stadium during the match.

                Two suspects were arrested on Thursday and detained for questioning, police said. Officers will \
                search every spectator at the gates, and armed police will patrol the ground.

                The league and both clubs said the final, the season's last fixture, will go ahead. Supporters \
                were asked to arrive early and follow police instructions.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(a.rules()).noneSatisfy(r -> assertThat(r).startsWith("reads as"));
    }
}
