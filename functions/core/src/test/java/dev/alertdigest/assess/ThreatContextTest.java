package dev.alertdigest.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.article.Article;
import org.junit.jupiter.api.Test;

/**
 * What the words around a threat say about it: a warning addressed to the public is still a warning, the bodies
 * that report or fight a threat are not its actors, where a report was made is not a target, and a country's
 * threat level is a generic threat. Fictional texts written for the test.
 */
class ThreatContextTest {

    private static final ThreatAssessor ASSESSOR = ThreatAssessor.withDefaults();

    private static ThreatAssessment assess(String title, String text) {
        return ASSESSOR.assess(new Article(title, null, null, null, null, null, text));
    }

    @Test
    void aPoliceAppealAboutOnlineThreatsIsAThreatThoughItSaysWeAndYou() {
        ThreatAssessment a = assess("Appeal to trace man after online threats against Lantern Festival", """
                Officers are urgently appealing for help to trace a man after a series of online posts threatening \
                violence at this weekend's Lantern Festival in Riverside Park.

                We are treating these posts extremely seriously. We want to reassure everyone planning to attend \
                that there will be a visible police presence, and we ask you not to approach him.

                If you see anything online that concerns you, you can report it to us.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void aStateBodyThatDesignatesReportsOrPolicesIsNoActor() {
        ThreatAssessment designated = assess("Gang plans kidnappings of executives", """
                The Grey Wolves, designated a terrorist organisation by the Ruritanian government, has been blamed \
                for a wave of kidnappings, and police say its cells plan to kidnap executives in Port Amber.""");
        assertThat(designated.actors()).noneMatch(n -> n.toLowerCase().contains("government"));

        ThreatAssessment policing = assess("Alert level kept at 4", """
                In the first half of the year, the State Security Forces carried out 38 operations against jihadist \
                terrorism, with 61 people detained, and jihadist groups keep calling for attacks in Europe.""");
        assertThat(policing.actors()).noneMatch(n -> n.contains("Security Forces"));

        ThreatAssessment agency = assess("Threat level remains probable, spy chief says", """
                The Director-General of the Ruritanian Security Intelligence Organisation said on Wednesday that a \
                terrorist attack in the next twelve months remains probable.""");
        assertThat(agency.actors()).isEmpty();
    }

    @Test
    void whereAReportWasMadeAndADatelineWithADateAreNoTargets() {
        ThreatAssessment a = assess("Threat level remains probable", """
                CANBERRA, Feb 26 (AAP) - Australia's national terrorism threat level will remain at "probable", the \
                head of the domestic spy agency said, warning that a terrorist attack remains likely.

                Delivering his annual threat assessment in Canberra, he said a lone actor with a knife was the most \
                likely form of attack.""");
        assertThat(a.places()).contains("Canberra");
        assertThat(TierRules.value(a.dimensions(), Dimension.TARGET)).isZero();
    }

    @Test
    void aNationsEmbassyIsANamedSiteUnlessItIssuesTheWarning() {
        ThreatAssessment guarded = assess("Security tightened at Israeli embassy in The Hague", """
                Security around the Israeli embassy in The Hague was tightened after intelligence that supporters \
                of the Red Hand planned to attack the building.""");
        assertThat(guarded.places()).contains("Israeli embassy");
        assertThat(TierRules.value(guarded.dimensions(), Dimension.TARGET)).isEqualTo(2);

        ThreatAssessment issued = assess("Embassy warns of attack plans", """
                The Israeli embassy in The Hague warned citizens that supporters of the Red Hand planned attacks \
                on crowded places.""");
        assertThat(issued.places()).doesNotContain("Israeli embassy");
    }

    @Test
    void aNamedMarathonParadeOrFestivalIsANamedSite() {
        ThreatAssessment a = assess("Police step up security after plan to attack Port Amber City Marathon", """
                Police have concrete indications that a supporter of the Red Hand planned to attack runners at the \
                Port Amber City Marathon on Sunday with a knife and a vehicle.""");
        assertThat(a.places()).contains("Port Amber City Marathon");
        assertThat(TierRules.value(a.dimensions(), Dimension.TARGET)).isEqualTo(2);
    }

    @Test
    void aNamedParkOrBeachWhereCrowdsGatherIsANamedSite() {
        ThreatAssessment a = assess("Appeal to trace man after threats against Eid celebration", """
                A man from Averly posted videos in which he threatened to attack people at the Eid celebration in \
                Riverside Park in Port Amber on Saturday.""");
        assertThat(a.places()).first().isEqualTo("Riverside Park");
        assertThat(TierRules.value(a.dimensions(), Dimension.TARGET)).isEqualTo(2);
    }

    @Test
    void aNameTheGazetteerLacksBeforeALowerCaseSiteNounIsANamedSite() {
        ThreatAssessment a = assess("Police: concrete threat to tonight's concert", """
                Police said they had a concrete threat against the sold-out concert at the Averhus stadium in Port \
                Amber this evening, after arresting two men who planned to attack the crowd with knives.""");
        assertThat(a.places()).first().isEqualTo("Averhus stadium");
        assertThat(TierRules.value(a.dimensions(), Dimension.TARGET)).isEqualTo(2);
        // a feast, a weekday or an issuer's office before the noun names no site
        ThreatAssessment markets = assess("Police warn of threat to markets", """
                Police warned that militants may attack the Christmas market or the Sunday market in Port Amber, \
                the Home Office said.""");
        assertThat(markets.places()).doesNotContain("Christmas market", "Sunday market", "Home Office");
        // nor do nationalities joined by a hyphen
        assertThat(assess("Police warn of threat to hotels", """
                Police warned that militants may attack the Portuguese-Spanish hotel chain's sites in Port Amber.""")
                .places()).doesNotContain("Portuguese-Spanish hotel");
    }

    @Test
    void aNationalThreatLevelIsGenericUnlessItNamesASite() {
        ThreatAssessment generic = assess("Threat level stays at severe", """
                The national terrorism threat level remains at severe, which means an attack is highly likely, \
                officials said. Al-Qaeda and Islamic State supporters continue to plan knife and vehicle attacks on \
                crowded places in Lakeside.""");
        assertThat(generic.kind()).isEqualTo(Kind.THREAT);
        assertThat(generic.tier()).isEqualTo(Tier.ELEVATED);

        ThreatAssessment site = assess("Threat level raised over stadium plot", """
                The national terrorism threat level was raised to critical after police learned that Islamic State \
                supporters plan a bomb attack on the Lakeside Stadium during Saturday's final.""");
        assertThat(site.tier()).isIn(Tier.SPECIFIC, Tier.IMMINENT);
    }

    @Test
    void aLevelLoweredIsBackgroundWhateverWordsStandBetweenButNotALevelKept() {
        ThreatAssessment lowered = assess("National threat level lowered to substantial", """
                The analysis centre has today lowered the national terrorism threat level from severe to \
                substantial. This means that an attack remains likely, and jihadist groups still plan attacks.""");
        assertThat(lowered.tier()).isEqualTo(Tier.BACKGROUND);

        ThreatAssessment advisory = assess("Ruritania lowers travel advisory for Freedonia", """
                The foreign ministry has lowered its travel advisory for Freedonia, telling citizens to take normal \
                security precautions for the first time since the 2019 bombings, in which terrorists attacked \
                churches and hotels.

                The advisory had warned since then that terrorists may carry out further attacks against churches, \
                hotels and places foreigners visit. Officials said the threat of terrorism had declined.""");
        assertThat(advisory.kind()).isEqualTo(Kind.THREAT);
        assertThat(advisory.tier()).isEqualTo(Tier.BACKGROUND);

        ThreatAssessment kept = assess("Threat level stays at severe", """
                Officials said they have not lowered the national terrorism threat level, which remains at severe, \
                meaning an attack is highly likely; jihadist groups continue to plan attacks.""");
        assertThat(kept.kind()).isEqualTo(Kind.THREAT);
        assertThat(kept.tier()).isEqualTo(Tier.ELEVATED);
    }

    @Test
    void aLevelExtendedIsAtLeastElevatedButOneThatCanBeRaisedAgainIsNoRaise() {
        ThreatAssessment extended = assess("Ruritania extends terrorism alert levels nationwide", """
                The interior ministry has extended the second-level terrorism alert levels for the whole country, \
                the Government Centre for Security announced on Friday, citing the continuing risk of sabotage.""");
        assertThat(extended.kind()).isEqualTo(Kind.THREAT);
        assertThat(extended.tier()).isEqualTo(Tier.ELEVATED);
        assertThat(extended.places()).doesNotContain("Government Centre"); // an agency, no site

        ThreatAssessment explained = assess("What the lower alert level means", """
                The security directorate announced this week that the country's alert level had been reduced from \
                high to moderate. Officials stress that the alert level can be raised again at any time; gunmen \
                attacked tourists at a castle in 2016.""");
        assertThat(explained.tier()).isEqualTo(Tier.BACKGROUND);
    }

    @Test
    void aLevelRaisedToItsHighestIsALikelyThreat() {
        ThreatAssessment a = assess("Alert raised to its highest level", """
                The prime minister raised the national security alert plan to its highest level across the whole \
                territory, citing the very high level of the terrorist threat.""");
        assertThat(TierRules.value(a.dimensions(), Dimension.LIKELIHOOD)).isEqualTo(2);
    }

    @Test
    void aThrillerThatBombsAtTheBoxOfficeIsNoBombing() {
        ThreatAssessment a = assess("Hijack thriller 'Night Flight' bombs as 'Target Zero' tops the box office", """
                The hijack thriller Night Flight bombed at the box office this weekend, taking only $4 million, \
                while the heist sequel Target Zero shot to the top of the charts.

                Critics had warned that the film's explosive finale could not save a thin screenplay.""");
        assertThat(a.kind()).isEqualTo(Kind.OTHER);
        assertThat(a.tier()).isEqualTo(Tier.BACKGROUND);
    }

    @Test
    void theGazetteerKnowsTownsOfSecurityNewsAndOtherSpellings() {
        ThreatAssessment a = assess("Police warn of attack plot in Marrakech and Newcastle upon Tyne", """
                Police warned that militants plan to attack tourist sites in Marrakech, while officers in Newcastle \
                upon Tyne are hunting a man who threatened to attack a festival, and troops guard markets in Konduga.""");
        assertThat(a.places()).contains("Marrakech", "Morocco", "Newcastle upon Tyne", "United Kingdom", "Konduga",
                "Nigeria");
    }
}
