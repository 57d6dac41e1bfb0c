package dev.alertdigest.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.article.Article;
import org.junit.jupiter.api.Test;

/**
 * TIME is when the threatened attack may come: the dates a story gives its statements, meetings, arrests and past
 * attacks are not it, and phrases that fit any day of a season are vague. Fictional texts written for the test.
 */
class ThreatTimeTest {

    private static final ThreatAssessor ASSESSOR = ThreatAssessor.withDefaults();

    private static ThreatAssessment assess(String title, String text) {
        return ASSESSOR.assess(new Article(title, null, null, null, null, null, text));
    }

    private static int time(ThreatAssessment a) {
        return TierRules.value(a.dimensions(), Dimension.TIME);
    }

    @Test
    void aTimeDatedToAYearBeforeTheStorysIsAPastAttacksTime() {
        String text = """
                Posters released by the Red Dune Brigade call on supporters to attack the Lakeside Arena, and                 analysts recalled that such posters helped inspire the truck attack on New Year's Day 2025.""";
        ThreatAssessment then = ASSESSOR.assess(new Article("Group's posters call for attack on arena", null, null,
                "2026-01-28", null, null, text));
        assertThat(then.times()).doesNotContain("New Year's Day");
        assertThat(time(then)).isZero();
        // in a story of 2025, or one whose year is unknown, the day may still be ahead
        ThreatAssessment same = ASSESSOR.assess(new Article("Group's posters call for attack on arena", null, null,
                "2025-11-28", null, null, text));
        assertThat(same.times()).contains("New Year's Day");
    }

    @Test
    void aTimeOpeningASentenceAfterAFormsLabelDatesTheReport() {
        ThreatAssessment a = assess("Security Alert: group threatens hotels in Port Amber", """
                Event: On January 18, the Red Dune Brigade, the regional affiliate of the movement, released a \
                statement calling on its fighters to target hotels that host foreigners in Port Amber.""");
        assertThat(a.times()).doesNotContain("January 18");
        assertThat(time(a)).isZero();
    }

    @Test
    void aStatementsDateIsTheReportsEvenWithWordsBetween() {
        ThreatAssessment a = assess("Security service warns of plot against markets", """
                In a statement signed by its spokesman in Lakeside on Sunday, the security service said it had \
                uncovered plans by the Red Dune Brigade to attack markets and churches in Port Amber.""");
        assertThat(a.times()).doesNotContain("Sunday");
        assertThat(time(a)).isZero();
    }

    @Test
    void aStatementMadeAvailableToJournalistsDatesTheReport() {
        ThreatAssessment a = assess("Security service warns of plot against rail line", """
                In a statement signed by its spokesman, John Amber, and made available to journalists in Lakeside \
                on Wednesday, the security service said it had uncovered plans by the Red Dune Brigade to attack \
                the Lakeside railway.""");
        assertThat(a.times()).doesNotContain("Wednesday");
        assertThat(time(a)).isZero();
    }

    @Test
    void theDayALetterWasReceivedIsNotWhenTheAttackWillCome() {
        ThreatAssessment a = assess("Police investigate letter threatening to firebomb MP's office", """
                Police said a letter threatening to firebomb the constituency office of Riverside MP Jane Amber was \
                received at an address in Riverside on Tuesday.""");
        assertThat(a.times()).doesNotContain("Tuesday");
        assertThat(time(a)).isZero();
    }

    @Test
    void theDaySchoolsAreClosedAgainstAThreatIsTheThreatsTime() {
        ThreatAssessment a = assess("All Riverside schools closed Friday due to credible threat", """
                The sheriff's office notified the district of a video in which a former student names Lakewood High \
                School.""");
        assertThat(a.times()).contains("Friday");
    }

    @Test
    void theDateAMeasureRunsUntilIsNotWhenTheAttackWillCome() {
        ThreatAssessment a = assess("Ruritania extends terrorism alert level nationwide", """
                Ruritania has extended the second-level terrorism alert for the whole country until 31 May, citing \
                the continuing risk of sabotage and attacks.""");
        assertThat(a.times()).doesNotContain("31 May");
        assertThat(a.tier()).isNotEqualTo(Tier.IMMINENT);
        // but an ultimatum's deadline is when the threat will come
        ThreatAssessment ultimatum = assess("Gang threatens radio journalist in Cali", """
                The Los Tigres gang gave the radio journalist until Friday to leave the town or face an attack on \
                his home.""");
        assertThat(ultimatum.times()).contains("Friday");
        // "or be killed" is the ultimatum's threat, no killing that happened
        ThreatAssessment killed = assess("Gang threatens radio journalist in Cali", """
                The Los Tigres gang gave the radio journalist until Friday to leave the town or be killed.""");
        assertThat(killed.times()).contains("Friday");
    }

    @Test
    void theDateOfAThreatenedEventIsTheThreatsTime() {
        String release = """
                Police are searching for a man who threatened an attack on the Riverside open-air festival.

                The festival, which takes place in Harbour Park, opens on Saturday, 14 June.""";
        ThreatAssessment a = assess("Threats against music festival: police seek man", release);
        assertThat(a.times()).contains("Saturday");
        assertThat(time(a)).isEqualTo(3);
        // a date in a sentence about something the threat does not name is not its time
        ThreatAssessment other = assess("Threats against music festival: police seek man",
                release.replace("The festival, which takes place in Harbour Park, opens", "The library reopens"));
        assertThat(other.times()).doesNotContain("Saturday");
        assertThat(time(other)).isZero();
    }

    @Test
    void aPhoneNumberIsNoClockTimeButARangeOfHoursIs() {
        ThreatAssessment phone = assess("Police seek man who threatened the Legislature", """
                The man threatened to attack the Legislature Building in Port Amber. Anyone with information is \
                asked to call police at 403-555-0190.""");
        assertThat(phone.times()).isEmpty();
        assertThat(time(phone)).isZero();
        for (String number : new String[] {"0221 000-0000", "(0221) 555-0190"}) {
            ThreatAssessment local = assess("Police seek man who threatened the Legislature", """
                    The man threatened to attack the Legislature Building in Port Amber. Information can be given to \
                    the criminal police on %s.""".formatted(number));
            assertThat(local.times()).as(number).isEmpty();
        }
        ThreatAssessment hours = assess("Curfew after threat to bomb the market", """
                Rebels threatened to bomb the market in Port Amber between 1800-2200 hours.""");
        assertThat(hours.times()).isNotEmpty();
    }

    @Test
    void withinTheNextSeventyTwoHoursIsImminent() {
        ThreatAssessment a = assess("Embassy warns of attacks in Port Amber", """
                Terrorist groups may be planning to conduct attacks in crowded public places in Port Amber within \
                the next 72 hours.""");
        assertThat(a.times()).contains("72 hours");
        assertThat(time(a)).isEqualTo(3);
    }

    @Test
    void theDayAGroupThreatenedIsWhenItSpokeNotWhenItWillAttack() {
        ThreatAssessment a = assess("Red Dune Front threatens attacks on Port Amber", """
                The banned Red Dune Front on Tuesday threatened to step up attacks on foreign nationals and on the \
                port of Port Amber.""");
        assertThat(a.times()).doesNotContain("Tuesday");
    }

    @Test
    void aTimeBeforeADecisionTakenDatesTheDecision() {
        ThreatAssessment a = assess("Police dismantle cell planning attacks", """
                The counter-terrorism bureau on Wednesday dismantled a cell of five men planning bomb attacks on \
                tourist sites in Port Amber.""");
        assertThat(a.times()).isEmpty();
        ThreatAssessment held = assess("Threat level kept at 4", """
                The evaluation committee, at a meeting held this morning, decided to keep the terrorist threat \
                level at 4 because jihadist groups keep calling for attacks.""");
        assertThat(held.times()).isEmpty();
        ThreatAssessment hung = assess("Cartel banners threaten police officers", """
                Banners signed by the Red Dune cartel were hung early on Tuesday from three bridges in Port Amber, \
                threatening to kill municipal police officers.""");
        assertThat(hung.times()).doesNotContain("Tuesday");
        ThreatAssessment informed = assess("Neo-Nazi cell kept a death list", """
                A councillor on the cell's death list said she had been informed by the state police on Tuesday \
                morning that the group planned arson attacks on refugee shelters in Port Amber.""");
        assertThat(informed.times()).doesNotContain("Tuesday");
    }

    @Test
    void aTimeThatNamesAPastAttackIsNotTheThreatsButAnIncidentKeepsItsOwn() {
        ThreatAssessment threat = assess("Intelligence warns of plot against churches", """
                Intelligence officials warned that the banned group is planning attacks on churches in Port Amber.

                The warning revived memories of the Easter Sunday attacks of April 21, 2019, when suicide bombers \
                struck three churches.""");
        assertThat(threat.times()).isEmpty();
        assertThat(time(threat)).isZero();

        ThreatAssessment incident = assess("Bomb kills four at market", """
                A bomb exploded at the central market in Port Amber, killing four people, police said.

                The Tuesday bombing was the third this month.""");
        assertThat(incident.kind()).isEqualTo(Kind.INCIDENT);
        assertThat(incident.times()).contains("Tuesday");
    }

    @Test
    void aWireDatelinesDateIsNoTimeOfTheThreat() {
        ThreatAssessment a = assess("MILITIA THREATENS EMBASSY", """
                PORT AMBER, SEPT 2 (REUTERS) - THE RED DUNE BRIGADE THREATENED TO ATTACK THE U.S. EMBASSY IN PORT \
                AMBER, ACCUSING WASHINGTON OF DELAYING ITS WITHDRAWAL.""");
        assertThat(a.times()).isEmpty();
    }

    @Test
    void anyTimeAndTheHolidaySeasonAreVague() {
        ThreatAssessment a = assess("Embassy warns of terrorist threat", """
                The embassy warned that terrorists are planning attacks against tourists in the country and \
                threaten hotels and markets. Terrorist attacks can happen at any time, without warning, and may come \
                during the holiday season.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(time(a)).isEqualTo(1);
        assertThat(a.tier()).isNotEqualTo(Tier.IMMINENT);
    }

    @Test
    void todayBeforeAVerbOfBeingIsNowadaysAndAWeekdaysPrayersAreAHabit() {
        ThreatAssessment nowadays = assess("Council warns terror threat remains high across the country", """
                "Terrorism today is mobile and it adapts," the government spokesperson said, calling on citizens \
                to stay vigilant against attacks on markets and churches.""");
        assertThat(nowadays.times()).doesNotContain("today");
        assertThat(time(nowadays)).isZero();

        ThreatAssessment prayers = assess("Group's campaign against mosques continues", """
                The Red Dune Brigade has threatened to keep attacking mosques in Port Amber; its deadliest attacks \
                have involved bombers entering mosques during Friday prayers.""");
        assertThat(prayers.times()).doesNotContain("Friday");
        assertThat(time(prayers)).isLessThan(2);
    }

    @Test
    void noIndicationThatAnAttackIsImminentDeniesTheImminenceAClauseLater() {
        ThreatAssessment a = assess("Police say cell had chosen Lakeside church as target", """
                Counter-terrorism police said on Thursday that members of a cell still at large had chosen St \
                Clement's church in Lakeside as the target of a planned attack. "We have found no indication that a \
                date had been set or that an attack is imminent," a police spokesman said.""");
        assertThat(a.times()).doesNotContain("imminent");
        assertThat(time(a)).isLessThan(3);
        assertThat(a.tier()).isNotEqualTo(Tier.IMMINENT);
    }

    @Test
    void theMorningThreatsWereFoundDatesTheFindNotTheThreat() {
        ThreatAssessment a = assess("Cartel banners threaten Lakeside mayor", """
                Banners signed by a cartel threatening the mayor of Lakeside and her council were found at dawn on \
                Monday hanging from the fence of the town hall. Prosecutors said they considered the threat \
                credible.""");
        assertThat(a.times()).doesNotContain("Monday");
        assertThat(time(a)).isLessThan(3);
    }

    @Test
    void whenAThreatWasSharedOrDistributedIsNotWhenItWillStrike() {
        ThreatAssessment shared = assess("Group's supporters post image of Lakeside stadium", """
                The image, shared on encrypted messaging channels linked to the group's supporters over the weekend, \
                shows the Lakeside stadium under a darkened sky with a threat to attack the crowds.""");
        assertThat(shared.times()).doesNotContain("over the weekend");
        ThreatAssessment bulletin = assess("Bulletin warns of threats to power grid", """
                In a joint bulletin distributed to utilities and state fusion centres this week, officials said \
                extremists were encouraging attacks on substations.""");
        assertThat(bulletin.times()).doesNotContain("this week");
        ThreatAssessment appeared = assess("Police step up security at Lakeside stadium after threat image", """
                The image, which appeared on several encrypted messaging channels on Monday, shows the Lakeside \
                stadium in flames with a call to attack the crowds.""");
        assertThat(appeared.times()).doesNotContain("Monday");
    }

    @Test
    void whenAThreatWasFoundIsNotWhenItWillStrike() {
        ThreatAssessment found = assess("Cartel banner threatens mine managers", """
                A banner threatening the managers of the Lakeside silver mine was found hanging from a pedestrian \
                bridge on the highway between Fresnillo and Zacatecas on Sunday morning.""");
        assertThat(found.times()).doesNotContain("Sunday");
    }

    @Test
    void aTimeOpeningASentenceThatGoesOnToAReportDatesTheReport() {
        ThreatAssessment statement = assess("Group names tanker fleet as targets", """
                On Tuesday the group's military spokesman read a statement on television declaring all ships of \
                Lakeside Tankers legitimate targets.""");
        assertThat(statement.times()).doesNotContain("Tuesday");
        // the attack named before the report keeps its time
        ThreatAssessment attack = assess("Militants will attack the stadium, police say", """
                On Saturday militants will attack the Lakeside stadium, police said in a statement.""");
        assertThat(attack.times()).contains("Saturday");
    }

    @Test
    void theAttackThatCouldComeLooksAheadAndTheAttackThatCameLooksBack() {
        ThreatAssessment ahead = assess("Embassies warn of threat to Lakeside hotel", """
                Embassies warned that militants are planning to attack the Lakeside Hotel. The attack could come \
                within the next 48 hours.""");
        assertThat(ahead.times()).contains("next 48 hours");
        ThreatAssessment back = assess("Embassies warn of threat to Lakeside hotel", """
                Embassies warned that militants are planning to attack the Lakeside Hotel. The attack on the mall \
                on Saturday killed four people.""");
        assertThat(back.times()).doesNotContain("Saturday");
    }

    @Test
    void aWindowOfDaysThatOfficialsSeeNoSignOfIsNoTimeButOneTheyDoNotRuleOutIs() {
        ThreatAssessment denied = assess("Gang coalition names airport as target", """
                A gang coalition named the Lakeside airport as a target. Police said the threat was taken seriously, \
                but that there were no elements showing that an operation is being prepared in the coming days.""");
        assertThat(denied.times()).doesNotContain("coming days");
        ThreatAssessment open = assess("Gang coalition names airport as target", """
                A gang coalition named the Lakeside airport as a target. Police do not rule out an attack in the \
                coming days.""");
        assertThat(open.times()).contains("coming days");
    }

    @Test
    void whenOfficersWereSeenPatrollingIsNotWhenTheThreatWillStrike() {
        ThreatAssessment a = assess("Man threatens attack on Lakeside cathedral", """
                A man threatened on social media to attack Lakeside cathedral, police said. Armed officers were seen \
                patrolling the forecourt on Monday afternoon.""");
        assertThat(a.times()).doesNotContain("Monday");
    }
}
