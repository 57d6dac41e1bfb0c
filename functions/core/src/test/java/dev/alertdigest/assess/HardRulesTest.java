package dev.alertdigest.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.article.Article;
import dev.alertdigest.text.Gsm7;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each hard rule and recogniser contract, on small fictional texts written for the test. */
class HardRulesTest {

    private static final ThreatAssessor ASSESSOR = ThreatAssessor.withDefaults();

    /** A specific, impending threat: named group, named site, a date, an embassy alert. */
    private static final String SPECIFIC_THREAT = """
            The U.S. Embassy in Nairobi issued a security alert on Monday warning that al-Shabaab militants \
            may be planning to attack the Westgate Hotel in Nairobi today.

            Officials said the group has the capability to carry out car bomb attacks and is very likely to try.

            Embassy staff were told to avoid the hotel's main entrance until further notice, Reuters and CNN reported.""";

    private static ThreatAssessment assess(String title, String text) {
        return ASSESSOR.assess(new Article(title, null, null, null, null, null, text));
    }

    /** Each of {@code variants}, {@code original} with some of its words taken out, is still denied by the rest. */
    private static void eachDenied(String title, String original, String... variants) {
        for (String text : variants) {
            assertThat(text).isNotEqualTo(original);
            assertThat(assess(title, text).rules()).as(text).contains("denied, a hoax or a lowered level: BACKGROUND");
        }
    }

    private static int value(ThreatAssessment a, Dimension d) {
        return TierRules.value(a.dimensions(), d);
    }

    @Test
    void aSpecificImpendingThreatIsImminent() {
        ThreatAssessment a = assess("US Embassy warns of al-Shabaab attack on Nairobi hotel", SPECIFIC_THREAT);
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(a.tier()).isEqualTo(Tier.IMMINENT);
        assertThat(a.actors()).containsExactly("al-Shabaab");
        assertThat(a.places()).contains("Westgate Hotel", "Nairobi", "Kenya").doesNotContain("U.S. Embassy");
        assertThat(a.places().indexOf("Westgate Hotel")).isLessThan(a.places().indexOf("Nairobi"));
        assertThat(value(a, Dimension.TIME)).isEqualTo(3);
        assertThat(value(a, Dimension.SOURCE)).isEqualTo(3);
        assertThat(value(a, Dimension.METHOD)).isEqualTo(3);
    }

    @Test
    void anExplicitDenialIsBackground() {
        ThreatAssessment a = assess("Police: no credible threat to Riverside festival", """
                Police said on Friday there was no specific or credible threat to the Riverside festival after \
                an anonymous bomb threat was posted online.

                Officers searched the grounds and the festival will open as planned.""");
        assertThat(a.tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(a.score()).isLessThanOrEqualTo(20);
        assertThat(a.rules()).containsExactly("denied, a hoax or a lowered level: BACKGROUND");
    }

    @Test
    void aClaimPoliceDismissAsFalseOrFindToHaveNoBasisIsDenied() {
        String claim = """
                Police on Wednesday dismissed as false a message on social media which claimed that armed columns \
                of the Northern Front were planning to attack trekkers on the Ridge Trail this weekend.

                The regional police chief said counter-terrorism officers had examined the claim. "Visitors can \
                travel normally," he said.""";
        ThreatAssessment dismissed = assess("Police dismiss viral claim of threat to Ridge Trail trekkers", claim);
        assertThat(dismissed.tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(dismissed.rules()).contains("denied, a hoax or a lowered level: BACKGROUND");
        ThreatAssessment noBasis = assess("Police examine viral claim of threat to Ridge Trail trekkers",
                claim.replace("dismissed as false", "examined").replace("had examined the claim",
                        "had found the claim to have no basis"));
        assertThat(noBasis.rules()).contains("denied, a hoax or a lowered level: BACKGROUND");
        ThreatAssessment noTerroristThreat = assess("Security service says no terrorist threat in Ridge Valley", """
                The State Security Service said on Monday that there is no terrorist threat in Ridge Valley and \
                rejected reports that the valley had become a base for militants of the Northern Front.""");
        assertThat(noTerroristThreat.rules()).contains("denied, a hoax or a lowered level: BACKGROUND");
    }

    @Test
    void policeWhoCallAVideoDevoidOfFoundationDenyThePlot() {
        String video = """
                The national police have denied the veracity of a video shared on social networks which claims that \
                a terrorist cell is preparing an attack on the main square of Port Arden in the coming days.

                The footage contains old images filmed abroad. "These allegations are totally devoid of foundation," \
                the police said.""";
        ThreatAssessment denied = assess("Police deny video alleging terrorist plan in Port Arden", video);
        assertThat(denied.tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(denied.rules()).contains("denied, a hoax or a lowered level: BACKGROUND");
        // each of the two denies the plot alone
        String veracity = video.replace(" \"These allegations are totally devoid of foundation,\" the police said.", "");
        String foundation = video.replace("have denied the veracity of", "have commented on");
        eachDenied("Police comment on video alleging terrorist plan in Port Arden", video, veracity, foundation);
    }

    @Test
    void anOperatorThatReportsNoSecurityIncidentAndOldFootageDeniesTheAttack() {
        String rumour = """
                The Northland Oil Company on Wednesday denied reports on social media that a drone had struck its \
                Port Arden export terminal, saying loadings were normal and that no security incident had taken place.

                The company said a video of flames shared overnight was old and taken out of context. The port \
                authority said it had received no report of any attack in the province.""";
        ThreatAssessment denied = assess("Oil company denies drone attack on Port Arden terminal", rumour);
        assertThat(denied.tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(denied.rules()).contains("denied, a hoax or a lowered level: BACKGROUND");
        // each of the company's two words on it denies the attack alone
        String noIncident = rumour.replace("The company said a video of flames shared overnight was old and taken out "
                + "of context. The port authority said it had received no report of any attack in the province.", "");
        String outOfContext = rumour.replace(" and that no security incident had taken place", "")
                .replace(" The port authority said it had received no report of any attack in the province.", "");
        eachDenied("Oil company denies drone attack on Port Arden terminal", rumour, noIncident, outOfContext);
    }

    @Test
    void aForgedWarningOfficialsCallAFabricationWithNoIntelligenceOfAnyAttackIsDenied() {
        String rumour = """
                The governor's office has denied claims circulating online that the Northern Front was planning \
                attacks on the Old Market and the Riverside Mall over the coming days.

                The posts carried what appeared to be a police letter warning of the plot. In a statement on Tuesday \
                the office said no such letter had been issued, that the document was a fabrication, and that there \
                is no intelligence of any attack being planned against these or any other sites.""";
        ThreatAssessment denied = assess("Governor denies online claims of planned attacks on Old Market", rumour);
        assertThat(denied.tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(denied.rules()).contains("denied, a hoax or a lowered level: BACKGROUND");
        // each of the office's two words on it denies the threat alone
        String fabrication = rumour.replace(", and that there is no intelligence of any attack being planned against "
                + "these or any other sites", "");
        String noIntelligence = rumour.replace("that the document was a fabrication, and ", "");
        assertThat(fabrication).isNotEqualTo(rumour).doesNotContain("intelligence");
        assertThat(noIntelligence).isNotEqualTo(rumour).doesNotContain("fabrication");
        assertThat(assess("Governor on online claims of planned attacks on Old Market", fabrication).rules())
                .contains("denied, a hoax or a lowered level: BACKGROUND");
        assertThat(assess("Governor on online claims of planned attacks on Old Market", noIntelligence).rules())
                .contains("denied, a hoax or a lowered level: BACKGROUND");
        // the claim alone, without the office's words on it, is no denial
        String claimOnly = rumour.substring(0, rumour.indexOf(" In a statement"));
        assertThat(assess("Online posts claim attacks planned on Old Market", claimOnly).rules())
                .doesNotContain("denied, a hoax or a lowered level: BACKGROUND");
    }

    @Test
    void anApproachFoundNotSuspiciousAndClosedIsDenied() {
        String text = """
                The Master of a tanker 20NM east of Port Amber reported two small craft approaching at speed, and \
                the crew mustered in the citadel as a precaution.

                The authorities identified the craft as local fishing vessels. The approach is assessed as not \
                suspicious and the incident is now closed.""";
        String title = "MARITIME WARNING 14/2026 UPDATE 1 - suspicious approach east of Port Amber";
        assertThat(assess(title, text).rules()).contains("denied, a hoax or a lowered level: BACKGROUND");
        eachDenied(title, text,
                text.replace("not suspicious and the incident is now closed", "not suspicious"),
                text.replace("is assessed as not suspicious and the incident is now closed", "incident is now closed"));
    }

    @Test
    void noIndicationsOfPlannedAttacksOrNoRemainingRiskDenyTheThreat() {
        ThreatAssessment festive = assess("Police see no threat to year-end services", """
                Police said on Monday that there are no indications of planned attacks against churches or \
                year-end celebrations, citing years of arrests that have weakened the Northern Front.

                The Northern Front, behind the 2018 church bombings in the capital, has lost most of its leaders, a \
                spokesman for the counter-terrorism squad told reporters. Police will still deploy officers to guard \
                churches, airports and tourist areas over the holiday.""");
        assertThat(festive.tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(festive.rules()).contains("denied, a hoax or a lowered level: BACKGROUND");
        String trialText = """
                Three men went on trial on Monday accused of planning an attack on the Riverside synagogue two \
                years ago, in a case prosecutors say was stopped before any device had been assembled.

                The men are charged with attempted terrorism and with possessing materials for making explosives. \
                The prosecutor told the court they had shared Northern Front propaganda, searched for the \
                synagogue's opening hours and bought chemicals that could be used to build a bomb.

                Police said when the men were arrested that there was no remaining risk connected to the case.""";
        ThreatAssessment trial = assess("Trial opens for three accused of plot against Riverside synagogue", trialText);
        assertThat(trial.tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(trial.rules()).contains("denied, a hoax or a lowered level: BACKGROUND");
        assertThat(assess("Trial opens for three accused of plot against Riverside synagogue",
                trialText.replace("there was no remaining risk connected to", "they had solved")).rules())
                .doesNotContain("denied, a hoax or a lowered level: BACKGROUND");
    }

    @Test
    void aNamedSubstationOrOilfieldIsANamedSite() {
        ThreatAssessment a = assess("Los Zorros gang gives power company until tonight to pay or see substation blown up", """
                The Los Zorros gang has threatened to blow up the Vento substation in Northport at midnight tonight \
                unless the regional electricity distributor pays, police said on Thursday.

                The police commander said the threat was credible and imminent. "This group has the explosives and \
                the people to do it," he said. Army units have been deployed around the Vento substation.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(a.places()).first().isEqualTo("Vento substation");
        assertThat(value(a, Dimension.TARGET)).isGreaterThanOrEqualTo(2);
        assertThat(a.tier()).isEqualTo(Tier.IMMINENT);
        ThreatAssessment oilfield = assess("Armed group threatens to seize the Sahra oilfield", """
                An armed group has threatened to seize and shut down the Sahra oilfield unless the government pays \
                overdue wages to its guards, officials said on Sunday.""");
        assertThat(oilfield.places()).contains("Sahra oilfield");
        ThreatAssessment college = assess("School closed after threat to attack college on Friday", """
                Ridgeway Secondary College in Northport will be closed on Friday after a former student posted online \
                that he would attack the school that day, police said.""");
        assertThat(college.places()).first().isEqualTo("Ridgeway Secondary College");
    }

    @Test
    void anAdvisoryThatKnowsOfNoSpecificPlotWarnsOfAGenericThreat() {
        String bulletin = """
                The homeland faces a heightened threat environment through the holiday season, as lone offenders \
                inspired by foreign terrorist organisations may seek to attack crowded public places.

                DHS is not aware of a specific, credible plot against the homeland at this time.""";
        ThreatAssessment advisory = assess("National Terrorism Advisory System Bulletin: heightened threat", bulletin);
        assertThat(advisory.tier()).isEqualTo(Tier.ELEVATED);
        assertThat(advisory.rules()).doesNotContain("denied, a hoax or a lowered level: BACKGROUND");
        // NTAS bulletins are titled by what they summarise
        assertThat(assess("Summary of the Terrorism Threat to the Homeland", bulletin).tier()).isEqualTo(Tier.ELEVATED);
        // the same words in a statement that is no advisory deny the threat, as the hard rule says
        assertThat(assess("DHS statement on holiday travel", bulletin).tier()).isEqualTo(Tier.BACKGROUND);
    }

    @Test
    void aLevelLoweredBeforeItWasRaisedAgainIsHistoryNotADenial() {
        String raised = """
                Freedonia has raised its national terrorism threat level to PROBABLE, meaning terrorists are likely \
                to attempt an attack, the security service said.

                """;
        String denied = "denied, a hoax or a lowered level: BACKGROUND";
        assertThat(assess("Freedonia raises national terrorism threat level to PROBABLE",
                raised + "The threat level had been lowered to POSSIBLE in 2022.").rules()).doesNotContain(denied);
        assertThat(assess("Freedonia changes national terrorism threat level",
                "The national terrorism threat level has been lowered to POSSIBLE.").rules()).contains(denied);
    }

    @Test
    void aThreatWithNoSpecificPlotIsGenericNotDenied() {
        ThreatAssessment a = assess("Police: terrorists have not given up plans to strike Nairobi", """
                Police said on Monday that al-Shabaab militants are planning to attack shopping malls in Nairobi.

                "We have no specific threat at the moment, but we know that al-Shabaab has not given up on its \
                intent to attack Nairobi," the police spokesman said.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(a.tier()).isEqualTo(Tier.ELEVATED);
    }

    @Test
    void noOngoingRiskDeniesALiftedRestrictionEndsAndAHoaxToPrepareForDoesNeither() {
        ThreatAssessment sentenced = assess("Man jailed over plan to attack arena concert", """
                A man who planned to attack a concert at the Riverside Arena with a knife was jailed for eight years. \
                Police said there was no ongoing risk to the public.""");
        assertThat(sentenced.tier()).isEqualTo(Tier.BACKGROUND);

        ThreatAssessment lifted = assess("Embassy lifts restrictions after mall bomb threat", """
                The embassy has lifted the restrictions on staff visiting the Grand Mall after a bomb threat against \
                shopping centres in the capital last week.""");
        assertThat(lifted.tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(lifted.allClear()).isTrue();

        ThreatAssessment anticipated = assess("US Embassy warns of al-Shabaab attack on Nairobi hotel", SPECIFIC_THREAT
                + "\n\nAgencies should be prepared for hoax threats intended to cause panic.");
        assertThat(anticipated.tier()).isEqualTo(Tier.IMMINENT);

        ThreatAssessment forecast = assess("US Embassy warns of al-Shabaab attack on Nairobi hotel", SPECIFIC_THREAT
                + "\n\nHoax threats and false alarms are likely to cause localised disruption at airports.");
        assertThat(forecast.tier()).isEqualTo(Tier.IMMINENT);

        // the condition of an all-clear is none
        ThreatAssessment until = assess("US Embassy warns of al-Shabaab attack on Nairobi hotel", SPECIFIC_THREAT
                + "\n\nThe embassy said staff would avoid the area until the alert was lifted.");
        assertThat(until.tier()).isEqualTo(Tier.IMMINENT);
        assertThat(until.allClear()).isFalse();
        ThreatAssessment closed = assess("US Embassy warns of al-Shabaab attack on Nairobi hotel", SPECIFIC_THREAT
                + "\n\nThe hotel will remain closed until police give the all-clear.");
        assertThat(closed.tier()).isEqualTo(Tier.IMMINENT);
    }

    @Test
    void rumouredAttacksOfficialsCallFalseAreBackground() {
        ThreatAssessment a = assess("Authorities deny cartel gunmen will attack Port Amber residents tonight", """
                Authorities on Monday dismissed messages claiming that gunmen of the Los Halcones cartel would attack \
                anyone found on the streets of Port Amber after 8 p.m. tonight and burn vehicles.

                "These are false messages. There is no risk to the population at this time," the state security \
                coordinator said.""");
        assertThat(a.tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(a.rules()).contains("denied, a hoax or a lowered level: BACKGROUND");
    }

    @Test
    void aDenialOfAnotherThreatDoesNotDenyThisOne() {
        ThreatAssessment a = assess("US Embassy warns of al-Shabaab attack on Nairobi hotel", SPECIFIC_THREAT
                + "\n\nAnother bomb threat an hour beforehand at the Nairobi railway station turned out to be a false alarm.");
        assertThat(a.tier()).isEqualTo(Tier.IMMINENT);
        ThreatAssessment earlier = assess("US Embassy warns of al-Shabaab attack on Nairobi hotel", SPECIFIC_THREAT
                + "\n\n\"The emails earlier this week were not credible. This is different,\" an official said.");
        assertThat(earlier.tier()).isEqualTo(Tier.IMMINENT);
        ThreatAssessment past = assess("US Embassy warns of al-Shabaab attack on Nairobi hotel", SPECIFIC_THREAT
                + "\n\nOfficials asked residents not to share unverified alarms, noting that waves of false threats "
                + "on social media in the past caused panic.");
        assertThat(past.tier()).isEqualTo(Tier.IMMINENT);
    }

    @Test
    void notImmediateCannotBeImminent() {
        ThreatAssessment a = assess("US Embassy warns of al-Shabaab attack on Nairobi hotel",
                SPECIFIC_THREAT + "\n\nA senior diplomat called it a credible but not immediate threat.");
        assertThat(a.tier()).isNotEqualTo(Tier.IMMINENT);
        assertThat(value(a, Dimension.TIME)).isLessThanOrEqualTo(1);
    }

    @Test
    void aFakeAlertOrALoweredLevelIsBackgroundWhateverTheAlertSaid() {
        ThreatAssessment fake = assess("Fact check: viral embassy terror alert is fake", """
                A message warning of an imminent terrorist attack on the Harbour Mall in Springfield tomorrow has \
                spread on social media under the embassy's name.

                The embassy said the message is not an authentic communication and that it had issued no such \
                alert. Police said there was no basis for the threat.""");
        ThreatAssessment lowered = assess("Threat level lowered", """
                The national security council has lowered the terror threat level from 3 to 2, meaning an attack \
                is considered possible but not likely. Soldiers guarding stations will return to barracks.""");
        // an advisory eased is one lowered
        ThreatAssessment eased = assess("Freedonia eases travel warning for the Amber coast", """
                Freedonia's foreign ministry has eased its travel warning for the Amber coast, citing improved \
                security around the resorts, though it still warns of attacks by the Red Dune Front in the interior.""");
        assertThat(eased.rules()).contains("denied, a hoax or a lowered level: BACKGROUND");
        for (ThreatAssessment a : new ThreatAssessment[] {fake, lowered, eased}) {
            assertThat(a.tier()).isEqualTo(Tier.BACKGROUND);
            assertThat(a.score()).isLessThanOrEqualTo(20);
        }
    }

    @Test
    void aHoaxThreatIsBackgroundButAnAttackerWithAHoaxDeviceIsNoHoax() {
        ThreatAssessment hoax = assess("Hoax bomb threat emails sent to Riverside schools", """
                Hoax bomb threat emails sent to several schools in Riverside caused evacuations on Monday.

                Police confirmed the threat to be a hoax and said there was no cause for panic.""");
        assertThat(hoax.tier()).isEqualTo(Tier.BACKGROUND);
        ThreatAssessment attack = assess("Two killed in knife attack on Riverside bridge", """
                A man wearing a hoax explosive vest stabbed two people to death in a terror attack on the Riverside \
                bridge on Friday before being shot dead by police.

                Police said they were called at 1:58pm and confronted the man by 2:03pm.""");
        assertThat(attack.kind()).isEqualTo(Kind.INCIDENT);
        assertThat(attack.tier()).isNotEqualTo(Tier.BACKGROUND);
    }

    @Test
    void anAttackCarriedOutIsPastEveryStageOfAThreat() {
        ThreatAssessment a = assess("Gunman kills four at church", """
                A gunman opened fire during a Sunday service at a church in Averly, killing four worshippers and \
                wounding seven before he was shot dead by police, authorities said.""");
        assertThat(a.kind()).isEqualTo(Kind.INCIDENT);
        DimensionScore stage = a.dimensions().stream().filter(d -> d.dimension() == Dimension.STAGE)
                .findFirst().orElseThrow();
        assertThat(stage.value()).isEqualTo(2);
        assertThat(stage.label()).isEqualTo("carried out");
        assertThat(stage.evidence()).isNotEmpty();
        // a carried-out attack is an alert, at most SPECIFIC (rules.incidentMaxTier)
        assertThat(a.tier()).isIn(Tier.ELEVATED, Tier.SPECIFIC);
    }

    @Test
    void aThreatOrAnAttackACourtHasRuledOnIsBackground() {
        String plot = """
                A Riverside man pleaded guilty on Monday to plotting to bomb the Riverside Mall on behalf of \
                al-Shabaab, prosecutors said in a statement.

                He had bought explosives and watched the mall's main entrance for weeks, according to court documents.""";
        ThreatAssessment pleaded = assess("Man pleads guilty to plotting to bomb Riverside Mall for al-Shabaab", plot);
        assertThat(pleaded.kind()).isEqualTo(Kind.THREAT);
        assertThat(pleaded.tier()).isEqualTo(Tier.BACKGROUND);
        ThreatAssessment laterMention = assess("Man admits plot to bomb Riverside Mall for al-Shabaab",
                plot.replace("pleaded guilty on Monday to plotting", "admitted on Monday plotting"));
        assertThat(laterMention.tier().level()).isGreaterThan(Tier.ELEVATED.level());

        String kidnapping = """
                A video of the moment police rescued a kidnapped girl from the Lakeside Hotel in Dallas was \
                released Monday, police said.

                The suspect, Rowan Tull, was convicted and sentenced to life in prison last Thursday.

                Officers forced open the door of the room where the gunman had held her for two days.""";
        ThreatAssessment convicted = assess("Video shows rescue of kidnapped girl", kidnapping);
        assertThat(convicted.kind()).isEqualTo(Kind.INCIDENT);
        assertThat(convicted.actors()).contains("Rowan Tull");
        assertThat(convicted.tier()).isEqualTo(Tier.BACKGROUND);
        ThreatAssessment pending = assess("Video shows rescue of kidnapped girl",
                kidnapping.replace("was convicted and sentenced to life in prison last Thursday",
                        "remains in custody"));
        assertThat(pending.tier()).isEqualTo(Tier.SPECIFIC);
    }

    @Test
    void anInquestIntoAPastAttackIsBackground() {
        String inquest = """
                A coroner has found that police missed chances to stop a man who stabbed two people to death at \
                Riverside bus station in 2022.

                The man attacked passengers with two knives before officers arrested him.""";
        ThreatAssessment found = assess("Riverside bus station attack inquest: coroner finds missed opportunities",
                inquest);
        assertThat(found.tier()).isEqualTo(Tier.BACKGROUND);
        ThreatAssessment news = assess("Riverside bus station attack: police say chances were missed",
                inquest.replace("A coroner has found that police", "Police said they").replace("in 2022", "on Monday"));
        // the same story of Monday's attack under an inquest's headline is an inquest's, and it is BACKGROUND
        assertThat(assess("Riverside bus station attack inquest: coroner finds missed opportunities",
                inquest.replace("in 2022", "on Monday")).tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(news.tier().level()).isGreaterThan(Tier.BACKGROUND.level());
    }

    @Test
    void aTrendOfHoaxesElsewhereDoesNotDenyThisThreat() {
        String threat = """
                A school in Riverside will stay shut on Friday after its head received an email threatening that \
                explosives hidden in the science block would detonate tomorrow at 10 a.m., police said.

                Freedonia has seen a surge in hoax bomb threats against schools since last autumn, but police said \
                this message named pupils and staff and was being treated as credible.""";
        ThreatAssessment a = assess("Riverside school to stay shut after emailed bomb threat", threat);
        assertThat(a.rules()).doesNotContain("denied, a hoax or a lowered level: BACKGROUND");
        assertThat(a.tier().level()).isGreaterThan(Tier.BACKGROUND.level());
        ThreatAssessment hoax = assess("Riverside school to stay shut after emailed bomb threat",
                threat.replace("Freedonia has seen a surge in hoax bomb threats against schools since last autumn, but "
                        + "police said this message named pupils and staff and was being treated as credible.",
                        "Police later said the email was a hoax."));
        assertThat(hoax.tier()).isEqualTo(Tier.BACKGROUND);
    }

    @Test
    void noConcreteIntelligenceCapsAGenericWarningAtElevated() {
        ThreatAssessment a = assess("Minister warns of high threat to Christmas markets", """
                The interior minister warned that Islamic State supporters may attack the Grand Plaza Market in \
                Springfield on December 24, but said security services have no concrete indications of a plot.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(a.tier()).isEqualTo(Tier.ELEVATED);
    }

    @Test
    void aNamedSiteAndADateMakeAnUnnamedGroupsPlotImminent() {
        ThreatAssessment a = assess("Police warn of plot against Springfield bridge", """
                Police warned on Thursday that terrorists may be planning to attack the Harbour Bridge in \
                Springfield between Nov. 2 and Nov. 7 at rush hour.""");
        assertThat(a.tier()).isEqualTo(Tier.IMMINENT);
        assertThat(a.times()).contains("Nov. 2").doesNotContain("Thursday");
    }

    @Test
    void aCityAnAttackTypeAndAHolidayWindowAreImminentWhoeverPlotsIt() {
        ThreatAssessment a = assess("Police warn of Christmas bomb plot in Jakarta", """
                National police chief Adi Santoso said militants are planning bomb attacks on worshippers in \
                Jakarta during the Christmas and New Year holidays, and that an attack was very likely.""");
        assertThat(value(a, Dimension.ACTOR)).isEqualTo(1);
        assertThat(value(a, Dimension.TARGET)).isEqualTo(1);
        assertThat(value(a, Dimension.TIME)).isEqualTo(2);
        assertThat(a.tier()).isEqualTo(Tier.IMMINENT);
    }

    @Test
    void theTimeOfAGuardingMeasureIsNotTheTimeOfTheThreat() {
        String threat = """
                Intelligence officials said supporters of a banned group are planning attacks on churches in the city.

                """;
        // police, patrols and security meetings: the time of the measure
        ThreatAssessment guarded = assess("Group plans attacks on churches, security increased", threat + """
                Police increased their presence around the churches, and during Sunday masses patrol vehicles were \
                parked outside the cathedral. The next security coordination meeting will be held on Thursday.""");
        assertThat(guarded.times()).isEmpty();
        assertThat(value(guarded, Dimension.TIME)).isZero();
        // the threat's own time, in a sentence of the threat
        ThreatAssessment dated = assess("Group plans attacks on churches, security increased", threat + """
                Police said the group intends to attack the cathedral during Sunday's mass.""");
        assertThat(value(dated, Dimension.TIME)).isEqualTo(3);
        // no report or decision is made tomorrow: "tomorrow" after "cancelled" or "received" is the threat's time
        ThreatAssessment tomorrow = assess("Open day cancelled after threat", """
                The university has cancelled tomorrow's open day after police said they had received a credible and \
                specific threat against the event.""");
        assertThat(value(tomorrow, Dimension.TIME)).isEqualTo(3);
    }

    @Test
    void theTimeOfTheReportIsNotTheTimeOfTheThreat() {
        ThreatAssessment a = assess("Embassy warns of kidnapping risk", """
                SPRINGFIELD, Nov. 1 — The U.S. Embassy on Tuesday warned of a high risk of kidnapping of \
                foreigners by militants in the north.

                On Wednesday, the State Department issued an alert that militants may attack foreigners.

                The consulate sent an emergency message to U.S. citizens on Monday saying gunmen may target hotels.

                Police guard the consulate after the bomb threat, January 20, 2016. REUTERS/Jane Roe

                A local man pleaded guilty Monday to threatening to bomb the consulate in March.

                Officials told an Aug. 23 press briefing there was no intelligence to suggest an attack is imminent.

                The minister stressed the absence of concrete intelligence pointing to imminent attack plans.""");
        assertThat(a.times()).isEmpty();
        assertThat(value(a, Dimension.TIME)).isZero();

        ThreatAssessment pti = assess("Security stepped up in Jammu", """
                JAMMU, Aug 12 (PTI) Security has been stepped up across the city after intelligence inputs that \
                militants may attack security forces.""");
        assertThat(pti.times()).isEmpty();
        ThreatAssessment wire = assess("Supporters of group chose metro as target, security service says", """
                ALMATY, OCT 14 (CENTRAL ASIA NEWSWIRE) - THE NATIONAL SECURITY COMMITTEE SAID A GROUP OF \
                SUPPORTERS OF A BANNED GROUP HAD CHOSEN METRO STATIONS AS TARGETS FOR BOMB ATTACKS.""");
        assertThat(wire.times()).isEmpty();

        ThreatAssessment level = assess("France raises its alert to the highest level", """
                PARIS (AFP) — France raised its Vigipirate security alert to the highest "urgence attentat" level \
                on Sunday, the prime minister said, citing a heightened terrorist threat across the country.

                Britain raised its national terrorism threat level to "severe" from "substantial" on Monday.

                Soldiers will protect schools, places of worship and transport hubs.""");
        assertThat(level.times()).isEmpty();
        assertThat(level.tier()).isNotIn(Tier.SPECIFIC, Tier.IMMINENT);
        ThreatAssessment arrest = assess("Teen charged over plan to attack shopping centre", """
                Counter-terrorism police arrested the boy at a home in Merrylands in the city's west on Tuesday \
                morning over a plan to attack a shopping centre.""");
        assertThat(arrest.times()).isEmpty();
        ThreatAssessment attackDay = assess("Police raise alert", """
                Police raised the alert level after learning that militants plan to attack the Grand Plaza Market \
                on Saturday.""");
        assertThat(attackDay.times()).contains("Saturday");
    }

    @Test
    void theTimeOfAPastEventOrOfTheDocumentIsNotTheTimeOfTheThreat() {
        ThreatAssessment a = assess("Security Alert - U.S. Consulate General Springfield (April 9, 2031)", """
                The warnings follow two rocket attacks on the diplomatic quarter of Springfield on Saturday.

                The football tour appeared likely to be abandoned Tuesday amid warnings of a security threat.

                Last summer the Red Hand group conducted a bombing campaign - always giving warnings of imminent explosions.

                Security is tight in the wake of the deadly market attacks on Friday, police warned.

                Threat Bulletin - November 30, 2031 02:00 pm (pdf, 2 pages)""");
        assertThat(a.times()).isEmpty();
        assertThat(value(a, Dimension.TIME)).isZero();
    }

    @Test
    void aTimeAheadOfAPastEventStillCounts() {
        ThreatAssessment a = assess("Police warn of new attack", """
                Following the market bombing, police warned that militants may attack the bus station on Saturday.

                An attack on the bus station is expected Tuesday, officials said.""");
        assertThat(a.times()).contains("Saturday", "Tuesday");
        assertThat(value(a, Dimension.TIME)).isEqualTo(3);
    }

    @Test
    void theTimeOfTheAdviceAReportGivesIsTheThreatsTime() {
        ThreatAssessment weekend = assess("Embassy warns citizens", """
                The embassy warned citizens to avoid the city centre this weekend because militants may attack.""");
        assertThat(weekend.times()).contains("this weekend");
        assertThat(value(weekend, Dimension.TIME)).isEqualTo(2);
        ThreatAssessment summer = assess("Separatists warn holidaymakers", """
                The separatist group warned holidaymakers not to go to the coastal resorts this summer because it \
                cannot guarantee their safety from its bombs.""");
        assertThat(value(summer, Dimension.TIME)).isEqualTo(1);
    }

    @Test
    void whereAndWhomAPastAttackHitIsNotTheThreatsTarget() {
        ThreatAssessment a = assess("Foreign Office warns of attacks in Freedonia", """
                The Foreign Office is warning that terrorists could be in the advanced stages of preparing attacks \
                in Freedonia.

                Its advice now states that terrorists may be in the advanced stages of preparing attacks.

                Terrorist groups have the capacity and intent to carry out attacks, the advice warns.

                In January this year a terrorist attack took place near the Grand Palace Hotel in the capital. Eight \
                people died in the attack and several were injured, including foreigners.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(a.places()).contains("Grand Palace Hotel");
        assertThat(value(a, Dimension.TARGET)).isZero();
        ThreatAssessment when = assess("Police warn of new bombing", """
                The bombing took place on Saturday at the bus station, and police warned that militants may strike \
                the city again.""");
        assertThat(when.times()).doesNotContain("Saturday");
    }

    @Test
    void placesOfPastAttacksAndDatelinesAreNotTargets() {
        ThreatAssessment a = assess("Islamic State threat to Europe remains high", """
                SPRINGFIELD – The agency's yearly report says the threat from Islamic State remains high.

                The attacks carried out by Islamic State in Paris in November 2015 and Brussels in March 2016 \
                underline the nature and scope of the threat.""");
        assertThat(a.places()).contains("Paris", "Brussels");
        assertThat(value(a, Dimension.TARGET)).isZero();
        assertThat(a.tier()).isNotIn(Tier.SPECIFIC, Tier.IMMINENT);

        ThreatAssessment threatened = assess("Islamic State threat to Paris", """
                Police warned that Islamic State militants are planning attacks in Paris in the coming weeks.""");
        assertThat(value(threatened, Dimension.TARGET)).isEqualTo(1);

        ThreatAssessment advisory = assess("Britain warns of attacks in Tanzania", """
                LONDON – The Foreign Office warned on Monday that terrorists are very likely to try to carry out \
                attacks in Dar es Salaam and Zanzibar.""");
        assertThat(advisory.places()).contains("London");
        assertThat(advisory.sms()).doesNotContain("@ London").containsAnyOf("@ Dar es Salaam", "@ Zanzibar");
    }

    @Test
    void aListOfKindsOfTargetIsAGenericCaution() {
        ThreatAssessment a = assess("Worldwide caution", """
                The State Department warned that Islamic State supporters may target places such as sporting \
                events, hotels, clubs, restaurants, schools and places of worship.""");
        assertThat(value(a, Dimension.TARGET)).isZero();
        assertThat(a.tier()).isNotIn(Tier.SPECIFIC, Tier.IMMINENT);
    }

    @Test
    void anOfficialAdvisoryOfAThreatIsAtLeastElevated() {
        String alert = """
                The U.S. Consulate issued a security alert advising citizens to exercise caution in the border \
                region because of cartel violence.""";
        ThreatAssessment a = assess("Security alert: cartel violence", alert);
        assertThat(value(a, Dimension.SOURCE)).isEqualTo(3);
        assertThat(a.tier()).isEqualTo(Tier.ELEVATED);
        assertThat(a.score()).isGreaterThanOrEqualTo(25);

        ThreatAssessment allClear = assess("Security alert lifted", alert + "\n\nThe consulate later gave the all clear.");
        assertThat(allClear.tier()).isEqualTo(Tier.BACKGROUND);
    }

    @Test
    void aThreatThatNamesItsActorWithItsTargetIsAtLeastSpecific() {
        String text = """
                The daily Lakeside Courier said on Wednesday it had told its journalists to work from home after a \
                video circulated on social media in which armed men of the Red Dune Brigade threatened to attack its \
                offices and reporters.

                "We do not know when or if they will act," the paper's editor said.""";
        String title = "Lakeside newspaper sends staff home after video threat";
        ThreatAssessment named = assess(title, text);
        assertThat(named.kind()).isEqualTo(Kind.THREAT);
        assertThat(named.tier()).isEqualTo(Tier.SPECIFIC);
        assertThat(named.rules()).containsExactly("an actor named with its target: at least SPECIFIC");
        // unnamed men are no named actor
        assertThat(assess(title, text.replace("armed men of the Red Dune Brigade", "armed men")).tier())
                .isEqualTo(Tier.BACKGROUND);
        // a group named only where the target is not, as a passing mention, is not tied to it
        assertThat(assess(title, text.replace("armed men of the Red Dune Brigade", "armed men") + "\n\n"
                + "The Red Dune Brigade has been fighting the army in the hills since 2019.").tier())
                .isNotEqualTo(Tier.SPECIFIC);
        // the caps still hold: officials who call it not imminent keep it ELEVATED at most
        assertThat(assess(title, text + "\n\nPolice said the threat was not imminent.").tier())
                .isEqualTo(Tier.ELEVATED);
    }

    @Test
    void aThreatAgainstWhichSecurityIsRaisedIsAtLeastElevated() {
        // no actor, no date, no advisory: the authorities' measures are the evidence that they find it credible, and
        // their "no specific threat" says it is not specific, not that there is none
        String measures = """
                Police will keep watch across the province throughout the festive season, the provincial police \
                spokesman said on Monday.

                "There is no specific threat at this moment," he said, and asked the public to report unattended \
                bags and to stay alert.""";
        ThreatAssessment raised = assess("Security tightened across the province for festive season", measures);
        assertThat(raised.kind()).isEqualTo(Kind.THREAT);
        assertThat(raised.tier()).isEqualTo(Tier.ELEVATED);
        assertThat(raised.score()).isGreaterThanOrEqualTo(25);
        assertThat(raised.rules()).contains("security raised against it: at least ELEVATED");

        ThreatAssessment lifted = assess("Security tightened across the province for festive season",
                measures + "\n\nOn Friday the police gave the all clear.");
        assertThat(lifted.tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(assess("Police raise nationwide alert for festive season", measures).tier()).isEqualTo(Tier.ELEVATED);
        // vigilance raised is security raised: a ministry's circular that names no threat in particular
        ThreatAssessment vigilance = assess("Ministry asks prefects to raise vigilance at sensitive sites", """
                The interior ministry has sent a circular to all prefects asking for the highest level of attention                 in the protection of places of worship and transport hubs, in light of attacks abroad.

                The circular does not refer to any specific threat against the country.""");
        assertThat(vigilance.kind()).isEqualTo(Kind.THREAT);
        assertThat(vigilance.tier()).isEqualTo(Tier.ELEVATED);
        // a transit operator's notice of more police: its "no specific or credible threat" denies no threat
        ThreatAssessment transit = assess("Service notice: increased police and security presence across the network",
                """
                Riders will see more transit police officers and explosive-detection dog teams at stations, after \
                recent attacks on public transport abroad and a national bulletin that describes a heightened threat \
                environment. There is no specific or credible threat to the system at this time.""");
        assertThat(transit.kind()).isEqualTo(Kind.THREAT);
        assertThat(transit.tier()).isEqualTo(Tier.ELEVATED);
    }

    @Test
    void anUltimatumOfHoursThatPoliceCallCredibleAndImmediateIsImminent() {
        ThreatAssessment a = assess("Gang gives radio journalist a day to leave Cali", """
                A radio journalist in Cali has been given 24 hours to leave the town or be killed, in a threat \
                signed by the Los Tigres gang, a press freedom group said on Tuesday.

                "We consider the threat credible and immediate," the district police commander said. Officers have \
                been assigned to guard the journalist's home.""");
        assertThat(value(a, Dimension.TIME)).isEqualTo(3);
        assertThat(value(a, Dimension.LIKELIHOOD)).isEqualTo(2);
        assertThat(value(a, Dimension.SOURCE)).isEqualTo(2);
        assertThat(a.tier()).isEqualTo(Tier.IMMINENT);
    }

    @Test
    void aModuleBustedBeforeItStruckIsAThreatDatedByItsArrestNotByTheAttack() {
        // no attack happened: the cell was tasked, scouted and waited; "on Sunday claimed" dates the police's claim
        ThreatAssessment a = assess("Cell tasked with grenade attacks on Ludhiana police posts busted", """
                LUDHIANA: The Punjab Police on Sunday claimed to have busted a module of the Babbar Khalsa \
                International with the arrest of two operatives who had been tasked with carrying out grenade \
                attacks on police posts in Ludhiana.

                The accused had carried out reconnaissance of two police posts and were waiting for instructions \
                on when to strike, an officer said. Two grenades were recovered from them.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(value(a, Dimension.TIME)).isZero();
        assertThat(a.tier()).isEqualTo(Tier.SPECIFIC);
    }

    @Test
    void anAlertLiftedAJokeOrAReferralOrderEndsTheThreat() {
        ThreatAssessment lifted = assess("Cauca lifts the red alert in river towns as truce holds", """
                POPAYAN: The government of Cauca on Saturday lifted the red alert that had been in force in four \
                river towns since armed groups threatened to attack polling stations last month.""");
        assertThat(lifted.tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(lifted.rules()).contains("all clear: at most BACKGROUND");

        ThreatAssessment ordered = assess("Boy who posted threat to shoot up school given referral order", """
                A 14-year-old boy who posted a message threatening to shoot up Hillcrest Academy in Leeds on \
                Friday has been given a referral order by magistrates.

                Police were called after a parent saw the threat in a group chat, and officers searched the boy's \
                home within the hour.""");
        assertThat(ordered.tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(ordered.rules()).contains("a court has ruled on it: at most BACKGROUND");
        // a word that describes somebody by an old ruling is none on the story's case
        ThreatAssessment cartel = assess("Cartel faction threatens newspaper in Monterrey", """
                Armed men of the Red Dune Cartel threatened in a video to attack the offices of the Norte Courier in Monterrey.

                The faction is led by sons of the jailed drug lord known as El Toro, prosecutors said.""");
        assertThat(cartel.tier()).isEqualTo(Tier.SPECIFIC);
        assertThat(cartel.rules()).noneMatch(r -> r.startsWith("a court has ruled"));

        ThreatAssessment joke = assess("Pupil's threat to shoot up school was a joke, police say", """
                Police in Leeds said a message threatening to shoot up a secondary school was a joke posted by a \
                pupil, who had no access to weapons.""");
        assertThat(joke.tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(joke.rules()).contains("denied, a hoax or a lowered level: BACKGROUND");
    }

    @Test
    void aNamedGroupAndAKindOfTargetAreSpecific() {
        ThreatAssessment a = assess("Embassy warns of Boko Haram plot against hotels", """
                The U.S. Embassy warned that Boko Haram may be planning bomb attacks on hotels used by Westerners.""");
        assertThat(a.tier()).isEqualTo(Tier.SPECIFIC);
        DimensionScore target = a.dimensions().stream().filter(d -> d.dimension() == Dimension.TARGET)
                .findFirst().orElseThrow();
        assertThat(target.value()).isEqualTo(1);
        assertThat(target.label()).isEqualTo("target type");
        assertThat(target.evidence()).singleElement().asString().contains("hotels");

        // the kinds of target of police, elections and the roads are as specific as hotels
        ThreatAssessment polls = assess("Maoists threaten to bomb polling stations", """
                Police said the Communist Party of India (Maoist) had put up posters threatening to bomb polling \
                stations and police posts that open in its areas, and that they considered the threat credible.""");
        assertThat(value(polls, Dimension.TARGET)).isEqualTo(1);
        assertThat(polls.tier()).isEqualTo(Tier.SPECIFIC);
    }

    @Test
    void anOmbudsmansEarlyWarningThatCallsTheThreatsCredibleIsAnAdvisoryOfALikelyThreat() {
        ThreatAssessment a = assess("Clan del Golfo threatens election registrars in Bajo Cauca", """
                The Ombudsman's Office said in an early warning report that pamphlets signed by the Clan del Golfo \
                had declared registry staff and council candidates in Caceres and Taraza military objectives.

                The report said the threats were credible given the group's control over the territory.""");
        assertThat(value(a, Dimension.SOURCE)).isEqualTo(3);
        assertThat(value(a, Dimension.LIKELIHOOD)).isEqualTo(2);
        assertThat(a.tier()).isEqualTo(Tier.SPECIFIC);
    }

    @Test
    void polioTeamsAreTheThreatenedNotMedicinesOtherSense() {
        ThreatAssessment a = assess("Assembly told TTP has threatened polio teams in Bannu", """
                Members of the provincial assembly were told on Monday that the banned Tehrik-i-Taliban Pakistan \
                (TTP) had issued written threats against polio vaccination teams operating in Bannu district.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(value(a, Dimension.STAGE)).isEqualTo(1);
        assertThat(value(a, Dimension.TARGET)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void banditsAreGenericActorsAndTheirNamedLeaderIsAPerson() {
        ThreatAssessment a = assess("Bandits threaten to attack Gidan Kowa village on Saturday", """
                Armed bandits have threatened to attack the village of Gidan Kowa on Saturday unless a levy is paid, \
                in a letter signed by Musa Dan Kura, a bandit leader whose group operates from the forest.""");
        assertThat(a.actors()).contains("Musa Dan Kura");
        ThreatAssessment unnamed = assess("Bandits threaten to attack Gidan Kowa village on Saturday", """
                Armed bandits have threatened to attack the village of Gidan Kowa on Saturday unless a levy is paid, \
                residents said.""");
        assertThat(value(unnamed, Dimension.ACTOR)).isEqualTo(1);
    }

    @Test
    void anEmbassyIsATargetOnlyWhereTheTextMakesItOne() {
        ThreatAssessment issuer = assess("Embassy warns of attacks in Springfield", """
                The U.S. Embassy issued a security alert warning that militants may attack hotels in Springfield. \
                The Federal Criminal Police Office said it was checking the reports.""");
        ThreatAssessment target = assess("Militants plan attack on U.S. Embassy", """
                Police said militants were planning an attack on the U.S. Embassy in Springfield this week.""");
        assertThat(issuer.places()).doesNotContain("U.S. Embassy", "Federal Criminal Police Office");
        assertThat(target.places()).contains("U.S. Embassy");
        assertThat(value(target, Dimension.TARGET)).isEqualTo(2);
    }

    @Test
    void tierNeedsNamingAnUnknownDimensionIsRefusedWithTheKnownOnes() {
        String override = """
                {"tierNeeds": {"specific": [{"actorOrMethod": 2}]}}""";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ThreatAssessor.withProfile(
                        new ByteArrayInputStream(override.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("actorOrMethod").hasMessageContaining("target");
    }

    @Test
    void otherSensesOfAttackAndThreatAreKindOtherAndBackground() {
        ThreatAssessment sport = assess("Rovers' attack too strong for City", """
                The striker led a relentless attack and scored twice as Rovers beat City 3-0 in the league match.

                The coach said the team's target is a top-four finish this season, and the threat of relegation \
                is gone. Fans celebrated the goal that sealed the game.""");
        ThreatAssessment medicine = assess("Heart attack risk falls with daily walks", """
                Patients who walk daily cut their risk of a heart attack, a study of 4,000 patients found.

                The therapy targets inflammation, researchers said, and the disease threat falls with exercise.""");
        for (ThreatAssessment a : new ThreatAssessment[] {sport, medicine}) {
            assertThat(a.kind()).isEqualTo(Kind.OTHER);
            assertThat(a.tier()).isEqualTo(Tier.BACKGROUND);
            assertThat(a.score()).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void aFinishedIncidentIsAtMostSpecific() {
        ThreatAssessment a = assess("Car bomb kills five outside Baghdad ministry", """
                A car bomb exploded outside the Interior Ministry in Baghdad on Tuesday, killing five people and \
                wounding 20, police said.

                Islamic State claimed responsibility for the bombing in a statement.

                Gunmen also opened fire on a checkpoint near the ministry's main gate.""");
        assertThat(a.kind()).isEqualTo(Kind.INCIDENT);
        assertThat(a.tier().level()).isLessThanOrEqualTo(Tier.SPECIFIC.level());
        assertThat(a.actors()).contains("Islamic State");
        assertThat(a.places()).contains("Baghdad", "Iraq");
    }

    @Test
    void anAttackWhoseThreatsLingerIsStillAnIncident() {
        ThreatAssessment a = assess("Death toll in Springfield bombing rises to 21 as threats linger", """
                Authorities said a bomb maker of the Red Dawn Front carried out a car bombing against the police \
                academy that left 21 dead, raising questions about lingering security threats.""");
        assertThat(a.kind()).isEqualTo(Kind.INCIDENT);
        assertThat(a.tier()).isNotEqualTo(Tier.IMMINENT);
    }

    @Test
    void anAllClearEndsTheAlert() {
        ThreatAssessment a = assess("All clear given at Central Station", """
                Police gave the all clear at Central Station in London on Sunday after a suspicious package was \
                examined and the security alert was lifted.""");
        assertThat(a.allClear()).isTrue();
        assertThat(a.tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(a.sms()).startsWith("ALL CLEAR");
    }

    @Test
    void anApproachFoundNonHostileCancelsTheAlert() {
        ThreatAssessment a = assess("MARITIME ADVISORY 012/2026 -- UPDATE -- SUSPICIOUS APPROACH DETERMINED NON-HOSTILE", """
                1. Reference the advisory issued on 3 May reporting a suspicious approach by two skiffs to a merchant \
                vessel 20NM south of Port Arden.

                2. The craft have been identified as local fishing boats and no weapons or ladders were seen. The \
                incident has been assessed as NON-HOSTILE, and this update cancels the alert.

                3. Masters should continue to report suspicious activity, as pirates have attacked vessels in the area \
                before.""");
        assertThat(a.allClear()).isTrue();
        assertThat(a.tier()).isEqualTo(Tier.BACKGROUND);
    }

    @Test
    void aPlotWithNoDateYetIsSpecificNotImminent() {
        // the recalled "Palm Sunday in 2021" gives the text a date, and the scale alone would call it IMMINENT
        ThreatAssessment a = assess("Police arrest five, say JAD cell had mapped Surabaya cathedral", """
                SURABAYA, Oct 14 - Counter-terrorism police arrested five members of a Jemaah Ansharut Daulah cell in \
                Surabaya on Tuesday and Wednesday who had repeatedly surveyed the Santa Maria cathedral as a possible \
                target, seizing chemicals that could be used to make explosives, a police spokesman said. The network \
                was behind a suicide bombing at the same cathedral on Palm Sunday in 2021.

                "They carried out surveillance of the cathedral several times and noted the times of Mass," he said. \
                "But there was no date yet. The plan was not at the imminent stage." Two members of the cell remain \
                at large, and extra officers will guard the cathedral at services this weekend.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(a.tier()).isEqualTo(Tier.SPECIFIC);
        assertThat(a.rules()).contains("no date set: at most SPECIFIC");
    }

    @Test
    void aPlanByAGroupIsPlanningAndAnIntentionIsIntent() {
        ThreatAssessment plan = assess("Embassy warns citizens in the south", """
                The embassy alerted its citizens to an alleged plan by terrorist groups to kidnap foreigners in the \
                southern towns of the province.""");
        assertThat(value(plan, Dimension.STAGE)).isEqualTo(2);
        ThreatAssessment intention = assess("Separatists warn holidaymakers", """
                In a letter to the embassy, the separatist group spelt out its intention to target resort areas \
                with bombs this year.""");
        assertThat(value(intention, Dimension.STAGE)).isEqualTo(1);
    }

    @Test
    void aSearchUnderWayIsTheResponseNotAnAttackUnderWay() {
        ThreatAssessment search = assess("Gunmen kill two guards at mine", """
                Gunmen of the Allied Democratic Forces shot dead two guards at the Kibali gold mine near Durba on \
                Tuesday night with assault rifles and grenades, provincial police chief Jean Mutombo said. Police \
                said a joint search operation for the attackers was under way in the forest near the mine on \
                Wednesday, and warned that the rebels could strike again within hours.""");
        assertThat(search.kind()).isEqualTo(Kind.INCIDENT);
        assertThat(value(search, Dimension.STAGE)).isLessThan(3);
        assertThat(search.tier()).isEqualTo(Tier.SPECIFIC); // a finished attack's cap, not an attack under way's
        ThreatAssessment attack = assess("Gunmen storm hotel", """
                Gunmen stormed the Palace hotel in the capital on Tuesday night, and the attack on the hotel was \
                still under way at midnight, police said.""");
        assertThat(value(attack, Dimension.STAGE)).isEqualTo(3);
    }

    @Test
    void aHighRiskIsLikelyAsALowRiskIsRemote() {
        ThreatAssessment high = assess("Embassy warns of kidnap risk", """
                The embassy told its citizens of a very elevated risk of kidnapping by militants in the north.""");
        assertThat(value(high, Dimension.LIKELIHOOD)).isEqualTo(2);
        ThreatAssessment low = assess("Embassy sees little kidnap risk", """
                The embassy told its citizens the risk of kidnapping by militants in the north is a low risk.""");
        assertThat(value(low, Dimension.LIKELIHOOD)).isZero();
    }

    @Test
    void anAdvisoryNamingACityAndADateIsSpecificWithoutAnActor() {
        ThreatAssessment a = assess("Embassy warns of possible attack in Riverside", """
                The U.S. government has received information that terrorists may be planning to conduct an attack \
                targeting large gatherings of people at an unspecified location in Riverside on 29 October.

                There is no further information regarding the timing, method, or target of the potential attack.""");
        assertThat(value(a, Dimension.SOURCE)).isEqualTo(3);
        assertThat(value(a, Dimension.ACTOR)).isLessThan(2);
        assertThat(value(a, Dimension.TIME)).isEqualTo(3);
        assertThat(a.tier()).isEqualTo(Tier.IMMINENT);
    }

    /** A travel advisory naming a group, an attack type and the capital, each in a sentence of its own. */
    private static final String GROUP_APART_FROM_CITY = """
            The embassy reminds citizens that terrorist groups continue to plot attacks in Tanzania.

            Terrorist groups including al-Shabaab remain active in the region.

            Citizens should remain vigilant in Dar es Salaam and on the coast during the holidays.

            The Travel Advisory for Tanzania remains at Level 2 due to crime, terrorism and kidnapping.""";

    @Test
    void aGroupAndAnAttackTypeNamedApartFromTheCityDoNotMakeAThreatSpecific() {
        ThreatAssessment apart = assess("Security Alert: Holiday Season Reminder", GROUP_APART_FROM_CITY);
        assertThat(apart.kind()).isEqualTo(Kind.THREAT);
        assertThat(apart.tier()).isEqualTo(Tier.ELEVATED);
        assertThat(value(apart, Dimension.ACTOR)).isEqualTo(2); // the dimension keeps it: only the tier's needs do not
        assertThat(label(apart, Dimension.ACTOR)).endsWith("(not named with the target)");
        assertThat(label(apart, Dimension.METHOD)).endsWith("(not named with the target)");

        ThreatAssessor untied = ThreatAssessor.withProfile(new ByteArrayInputStream("""
                {"rules": {"apartFromTarget": {"actor": 3, "method": 3}}}""".getBytes(StandardCharsets.UTF_8)));
        ThreatAssessment without = untied.assess(new Article("Security Alert: Holiday Season Reminder", null, null,
                null, null, null, GROUP_APART_FROM_CITY));
        assertThat(without.tier()).isEqualTo(Tier.SPECIFIC);

        ThreatAssessment tied = assess("Security Alert: Holiday Season Reminder", GROUP_APART_FROM_CITY
                + "\n\nOfficials said al-Shabaab is planning kidnappings of tourists in Dar es Salaam.");
        assertThat(tied.tier().level()).isGreaterThanOrEqualTo(Tier.SPECIFIC.level());
        assertThat(label(tied, Dimension.ACTOR)).doesNotContain("not named with the target");
    }

    @Test
    void aSentenceReferringBackToTheGroupNamesItWithTheTarget() {
        String opening = """
                The Basque separatist group ETA has warned British holidaymakers to stay away from Spain this summer, \
                saying it cannot guarantee their safety.

                """;
        ThreatAssessment referred = assess("ETA threatens attacks on Spanish resorts", opening
                + "In a letter to the British embassy, the organisation said it planned to bomb hotels in Benidorm.");
        assertThat(referred.kind()).isEqualTo(Kind.THREAT);
        assertThat(label(referred, Dimension.ACTOR)).isEqualTo("named group");
        ThreatAssessment unreferred = assess("ETA threatens attacks on Spanish resorts", opening
                + "In a letter to the British embassy, the writers said bombers planned to attack hotels in Benidorm.");
        assertThat(unreferred.kind()).isEqualTo(Kind.THREAT);
        assertThat(label(unreferred, Dimension.ACTOR)).isEqualTo("named group (not named with the target)");
    }

    @Test
    void aGroupNamedWithTheTargetTiesTheActorThoughItsCellIsNamedElsewhere() {
        ThreatAssessment a = assess("Los Choneros plotting attack on Guayaquil vote-count centre on Sunday, police say",
                """
                Police said on Wednesday that the Los Choneros gang is planning an attack on the provincial \
                vote-counting centre in Guayaquil on Sunday, when the country holds a runoff.

                According to the police, a cell led by Ramiro Vera Lucas, alias "El Flaco", had acquired explosives \
                and was planning to detonate a vehicle on the night of the vote.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(value(a, Dimension.ACTOR)).isEqualTo(3);
        assertThat(label(a, Dimension.ACTOR)).doesNotContain("not named with the target");
        assertThat(a.tier()).isEqualTo(Tier.IMMINENT);
    }

    @Test
    void aSuspectThePoliceNameIsTheThreatsActorWhereverHeIsNamed() {
        ThreatAssessment a = assess("Police: concrete indications of planned attack on Christmas market this Saturday",
                """
                Police have received concrete and serious indications that an attack on the Christmas market in                 Lindenau is being planned for Saturday.

                According to current findings, the threat emanates from a 23-year-old man, Samir T., who has been                 known to the security authorities since 2025 as a sympathiser of the Islamic State group.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(a.actors()).contains("Samir T.");
        assertThat(label(a, Dimension.ACTOR)).doesNotContain("not named with the target");
        assertThat(a.tier()).isEqualTo(Tier.IMMINENT);
    }

    private static String label(ThreatAssessment a, Dimension d) {
        return a.dimensions().stream().filter(x -> x.dimension() == d).findFirst().orElseThrow().label();
    }

    @Test
    void aCompanysSecurityNoticeOfExpectedClashesIsAThreatThoughItOpensWithAnArrest() {
        ThreatAssessment a = assess("COMPANY NOTICE — Port Amber: blockades and armed clashes expected in next 48 hours; "
                + "plant closed Thursday", """
                Situation: Federal forces detained a senior leader of the Los Halcones gang in Port Amber this \
                afternoon. Armed groups aligned with the gang have begun calling for "closing the city" in response, \
                and we have received credible reports of armed men gathering vehicles near the city exits. A rival \
                faction has exploited such moments before to launch attacks. In similar events in the past, gunmen \
                set up burning roadblocks, stole vehicles at gunpoint and exchanged fire with security forces for two \
                days.

                Assessment: We expect blockades, vehicle theft and armed clashes in Port Amber from tonight and for \
                at least the next 48 hours. The risk to staff in transit is high.

                Actions: The plant will be closed on Thursday and Friday. All employees should stay at home until \
                further notice.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void travelAdviceInItsOwnWordsIsAnOfficialAdvisory() {
        ThreatAssessment a = assess("Ruritania travel advice", """
                Exercise a high degree of caution in Ruritania. Reconsider your need to travel to the northern \
                provinces because of the ongoing risk of insurgent violence and kidnapping.

                There is an ongoing threat of terrorist attack. Terrorists may target places foreigners visit, and \
                attacks could happen at any time. Terrorist groups have threatened further attacks in the country. \
                Avoid large gatherings and remain vigilant.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(value(a, Dimension.SOURCE)).isEqualTo(3);
        assertThat(a.tier()).isEqualTo(Tier.ELEVATED);
    }

    @Test
    void aNamedGroupsThreatToAKindOfTargetIsSpecificWhateverTheNationalLevel() {
        String level = "The national terrorism threat level remains at substantial, meaning an attack is likely.";
        ThreatAssessment named = assess("Police warn of New Dawn Front plot against synagogues in Port Amber", """
                Counter-terrorism police said the New Dawn Front is planning gun attacks on synagogues in Port Amber \
                and has been gathering information on their security, the police commander said.

                """ + level);
        assertThat(named.tier()).isEqualTo(Tier.SPECIFIC);
        // without a named group the country's level is the generic threat it states
        ThreatAssessment unnamed = assess("Police warn of plot against synagogues in Port Amber", """
                Counter-terrorism police said extremists are planning gun attacks on synagogues in Port Amber \
                and have been gathering information on their security, the police commander said.

                """ + level);
        assertThat(unnamed.tier()).isNotIn(Tier.SPECIFIC, Tier.IMMINENT);
    }

    @Test
    void theOfficeThatConfirmsANationalLevelIsNoTargetAfterAComma() {
        ThreatAssessment a = assess("Ruritania terrorism threat level remains at 'substantial'", """
                The national terrorism threat level will stay at "substantial", meaning an attack is likely, the \
                Home Office confirmed on Wednesday after the latest review by the Joint Analysis Centre.""");
        assertThat(a.places()).doesNotContain("Home Office");
        assertThat(a.tier()).isEqualTo(Tier.ELEVATED);
    }

    @Test
    void aSentenceTheCourtHandsDownMakesThePlotHistory() {
        String story = """
                A criminal court in Port Amber on Wednesday sentenced three men, members of an Islamic State-inspired \
                cell, to prison terms of up to eleven years for plotting to bomb the Central Police Station in Port \
                Amber.

                Prosecutors told the court the men had bought explosives and watched the police station for weeks.""";
        assertThat(assess("Court jails three men over foiled plot to bomb Port Amber police station", story).tier())
                .isEqualTo(Tier.BACKGROUND);
        assertThat(assess("Court charges three men over foiled plot to bomb Port Amber police station",
                story.replace("sentenced three men", "charged three men").replace(
                        ", to prison terms of up to eleven years", ",")).tier()).isEqualTo(Tier.ELEVATED);
    }

    @Test
    void aCorporateBulletinsIssuerAndCompanyAreNeitherTargetNorActor() {
        ThreatAssessment a = assess("CORPORATE SECURITY BULLETIN", """
                HALVORSEN LOGISTICS GROUP - CORPORATE SECURITY BULLETIN

                Issued by: Global Security Operations Centre (GSOC)

                The terrorist threat across Europe remains high. Attacks by lone individuals using knives or vehicles \
                against crowded places are likely over the holiday period. There is no specific threat to company \
                sites at this time.""");
        assertThat(a.places()).doesNotContain("Global Security Operations Centre");
        assertThat(a.actors()).noneMatch(x -> x.toLowerCase().contains("logistics"));
        assertThat(a.tier()).isEqualTo(Tier.ELEVATED);
    }

    @Test
    void aHeadlineNamingTheTextTravelAdviceMakesItAnOfficialAdvisory() {
        ThreatAssessment a = assess("Canada.ca > Travel and tourism > Travel advice and advisories > Ruritania", """
                Avoid all travel to Ruritania due to the unpredictable security situation, the threat of terrorism \
                and the risk of kidnapping throughout the country. Terrorist attacks could occur at any time.""");
        assertThat(value(a, Dimension.SOURCE)).isEqualTo(3);
        assertThat(a.tier()).isEqualTo(Tier.ELEVATED);
        ThreatAssessment seo = assess("How Artificial Intelligence is transforming search marketing", """
                Terrorist attacks could occur at any time, the report on search marketing said in passing.""");
        assertThat(value(seo, Dimension.SOURCE)).isLessThan(3);
    }

    @Test
    void anAttackWhoseAnniversaryTheHeadlineMarksIsHistory() {
        String story = """
                Hundreds of worshippers gathered at St Anne's church in Port Amber on Monday to mark six years since \
                suicide bombers of the Red Dune Front attacked three churches and two hotels, killing 260 people.

                Survivors laid flowers at the memorial.""";
        ThreatAssessment remembered = assess("Port Amber marks sixth anniversary of Easter bombings", story);
        assertThat(remembered.kind()).isEqualTo(Kind.INCIDENT);
        assertThat(remembered.tier()).isEqualTo(Tier.BACKGROUND);
        assertThat(assess("Worshippers gather in Port Amber after Easter bombings", story).tier().level())
                .isGreaterThan(Tier.BACKGROUND.level());
        assertThat(assess("A decade after the Easter bombings, Port Amber's churches adjust", story).tier())
                .isEqualTo(Tier.BACKGROUND);
    }

    @Test
    void aCampusSafetyAlertIsAnOfficialAdvisoryAndTheSuspectItSeeksIsNamed() {
        ThreatAssessment a = assess("CAMPUS SAFETY ALERT: threats directed at the Islamic Center", """
                The University Police Department is investigating a series of threatening online posts directed at \
                the Islamic Center on College Street. Investigators have identified the author as Colm Ravner, 24, \
                a former student. An arrest warrant has been issued for Ravner. We are treating these statements \
                as a credible threat. Do not approach Ravner; call 911.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(value(a, Dimension.SOURCE)).isEqualTo(3);
        assertThat(a.actors()).contains("Colm Ravner");
        assertThat(a.tier()).isEqualTo(Tier.SPECIFIC);
    }

    @Test
    void bladesAndPrecursorsAreAnAttackTypeWithCapabilityAndACourtIsANamedSource() {
        ThreatAssessment a = assess("Three men charged over plot to attack Rivertown mosque", """
                Three men have been charged with preparing acts of terrorism over an alleged plot to attack a mosque \
                in Rivertown. Prosecutors told the court the men had discussed attacking worshippers with crossbows \
                and a machete. Officers recovered the weapons and chemical precursors, the court heard.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(value(a, Dimension.METHOD)).isEqualTo(3);
        assertThat(value(a, Dimension.SOURCE)).isEqualTo(2);
    }

    @Test
    void aGroupDeclaringMilitaryTargetsStatesItsIntent() {
        ThreatAssessment a = assess("Red Dune Front declares police 'military targets' in Port Amber", """
                The Red Dune Front guerrillas have declared police officers and oil installations in Port Amber to \
                be military targets. In a communique, the guerrilla group said it would attack the forces of the \
                state and warned civilians to stay away from police vehicles.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(value(a, Dimension.STAGE)).isEqualTo(1);
    }

    @Test
    void aThreatPoliceTreatAsCredibleIsLikely() {
        ThreatAssessment a = assess("All schools closed after threat against Northgate High", """
                The district and police became aware of a threat of violence directed at Northgate High School for \
                tomorrow morning. It named the school and gave a time, which led police to treat the threat as \
                credible.""");
        assertThat(value(a, Dimension.LIKELIHOOD)).isEqualTo(2);
        assertThat(value(a, Dimension.STAGE)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aSpecificAndImminentThreatIsLikely() {
        ThreatAssessment a = assess("Citizens told to leave Port Lark", """
                The Foreign Office urged citizens to leave the city of Port Lark in response to a specific and \
                imminent threat to westerners.""");
        assertThat(value(a, Dimension.LIKELIHOOD)).isEqualTo(2);
    }

    @Test
    void theUkThreatLevelsAreLikelihoods() {
        ThreatAssessment severe = assess("Terror threat level raised", """
                The terror threat level has been raised from substantial to severe because militant groups are \
                planning attacks against the country, the home secretary said.""");
        assertThat(value(severe, Dimension.LIKELIHOOD)).isEqualTo(3);
        ThreatAssessment substantial = assess("Terror threat level kept", """
                The terror threat level from militant groups is being maintained at substantial, the agency said.""");
        assertThat(value(substantial, Dimension.LIKELIHOOD)).isEqualTo(2);
    }

    @Test
    void aSeriousTerrorThreatIsLikelyAndAStatementIsNamedAndACautionPeriodIsVague() {
        ThreatAssessment a = assess("Agency warns of attacks on Norland", """
                "There is still a serious terror threat against Norland," the agency's head said in a statement.

                Police were told to stay alert to the threat of attacks until the end of the year.""");
        assertThat(value(a, Dimension.LIKELIHOOD)).isEqualTo(2);
        assertThat(value(a, Dimension.SOURCE)).isEqualTo(2);
        assertThat(value(a, Dimension.TIME)).isEqualTo(1);
    }

    @Test
    void aThreatToDriveIntoACrowdOrToShootUpASchoolNamesItsAttackType() {
        ThreatAssessment van = assess("Police hunt man over threat to fans", """
                Police are hunting a man who threatened online to drive a van into fans outside the stadium in \
                Port Amber on Saturday.""");
        assertThat(value(van, Dimension.METHOD)).isEqualTo(2);
        ThreatAssessment school = assess("Police guard school after threat", """
                Police said a former pupil had threatened to shoot up Riverside High School on Friday, and officers \
                will guard the school.""");
        assertThat(value(school, Dimension.METHOD)).isEqualTo(2);
    }

    @Test
    void aKillListIsPlanningAKilling() {
        ThreatAssessment a = assess("Hackers post police kill list", """
                A group of hackers loyal to militants released a kill list with the home addresses of dozens of \
                police officers in Riverside.""");
        assertThat(value(a, Dimension.STAGE)).isEqualTo(2);
        assertThat(value(a, Dimension.METHOD)).isEqualTo(2);
        // a target list and a cell that discussed attacking are past talk, into planning
        ThreatAssessment list = assess("Gang put judge on target list", """
                Prosecutors said the drugs network had put a judge and a crime reporter in Port Amber on a target list.""");
        assertThat(value(list, Dimension.STAGE)).isEqualTo(2);
        ThreatAssessment discussed = assess("Cell discussed attacks on schools", """
                Members of a jihadist cell dismantled last month had discussed attacking Jewish schools in Port Amber, \
                prosecutors said.""");
        assertThat(value(discussed, Dimension.STAGE)).isEqualTo(2);
    }

    @Test
    void outletsTheTableDoesNotListAreFoundWhereAReportIsAttributedToThem() {
        String threat = "Militants released a kill list of police officers in Riverside";
        ThreatAssessment cited = assess("Hackers post police kill list", threat + ", KXRV reports. The list names "
                + "officers' home addresses, according to the Riverside Courier.");
        assertThat(value(cited, Dimension.CORROBORATION)).isEqualTo(2);
        assertThat(cited.dimensions().stream().filter(d -> d.dimension() == Dimension.CORROBORATION)
                .findFirst().orElseThrow().evidence()).hasSize(2);
        ThreatAssessment oneCited = assess("Hackers post police kill list", threat
                + ", according to the Riverside Courier.");
        assertThat(value(oneCited, Dimension.CORROBORATION)).isZero();
        ThreatAssessment publisher = assess("Hackers post police kill list | Riverside News | The Guardian", threat
                + ", according to the Riverside Courier.");
        assertThat(value(publisher, Dimension.CORROBORATION)).isZero();
        ThreatAssessment nouns = assess("Hackers post police kill list", threat + ". These reports show threats "
                + "rising. Consumer Reports tested the door locks, as published in Scientific Reports. \"We will find "
                + "them,\" Ruiz reports.");
        assertThat(value(nouns, Dimension.CORROBORATION)).isZero();
        ThreatAssessment printedOnly = assess("Hackers post police kill list", """
                Jane Roe, Riverside News Network

                %s. He reports that officers were warned.""".formatted(threat));
        assertThat(value(printedOnly, Dimension.CORROBORATION)).isZero();
    }

    @Test
    void statesAndRegionsArePlacesThatImplyTheirCountryWithoutMakingTheTargetSharper() {
        ThreatAssessment a = assess("Militants threaten attacks in Minnesota", """
                Militants have threatened attacks on police officers in Minnesota and New Mexico, officials said.

                The group is also active in South Africa and across the Sahel.""");
        assertThat(a.places()).contains("Minnesota", "New Mexico", "United States", "South Africa", "Sahel")
                .doesNotContain("Mexico", "Africa");
        assertThat(value(a, Dimension.TARGET)).isLessThanOrEqualTo(1);
    }

    @Test
    void aTownTheGazetteerLacksIsAPlaceWhereTheTextLocatesIt() {
        ThreatAssessment a = assess("Gunman attacks synagogue", """
                A gunman attacked a synagogue in Weilburg, Germany, and police warned of further attacks near \
                Dalaguete, Cebu, where militants were seen.

                In March, France raised its alert level. Speaking in Parliament, Germany's minister said talks in \
                Spanish, Mexico's envoy said, and in Berlin, Germany, nothing changed.""");
        assertThat(a.places()).contains("Weilburg", "Dalaguete", "Germany", "Cebu")
                .doesNotContain("March", "Parliament", "Spanish");
        assertThat(a.places().stream().filter("Berlin"::equals).count()).isEqualTo(1);
        assertThat(a.places().indexOf("Weilburg")).isLessThan(a.places().indexOf("Germany"));
        ThreatAssessment city = assess("Embassy warns of possible attack on malls", """
                The U.S. Embassy in Manila has received information that terrorists may be planning an attack \
                targeting shopping malls in Talisay City on December 23.

                Manchester City fans travelling to the match were told nothing.""");
        assertThat(city.places()).contains("Talisay City", "Manchester", "Manila").doesNotContain("Manchester City");
        assertThat(city.sms()).contains("@ Talisay City");
        ThreatAssessment wire = assess("GUNMAN ATTACKS SYNAGOGUE", """
                A GUNMAN ATTACKED A SYNAGOGUE IN WEILBURG, GERMANY, POLICE SAID.""");
        assertThat(wire.places()).doesNotContain("WEILBURG", "Weilburg");
    }

    @Test
    void placesMatchWithOrWithoutTheirAccents() {
        ThreatAssessment a = assess("Gang threatens attacks in São Paulo", """
                Police in São Paulo, Bogotá and Düsseldorf warned that gunmen may attack buses tonight, and \
                officers in Michoacan were put on alert.""");
        assertThat(a.places()).contains("Sao Paulo", "Bogota", "Dusseldorf", "Brazil", "Colombia", "Germany");
        assertThat(a.places()).anyMatch(p -> p.startsWith("Michoac"));
    }

    @Test
    void sitesNamedNounFirstAndTheDatelinesCityAreTargets() {
        ThreatAssessment a = assess("Militants plan attack on stadium", """
                LIMA, Peru (AP) — Police said militants plan to bomb the Estadio Monumental Sur and the Hotel Yibi \
                in the city during the final on Sunday, while Fort Worth police stood by.

                The Best Hotel Travel Hacks For Your Next Trip""");
        assertThat(a.places()).contains("Estadio Monumental Sur", "Hotel Yibi", "Lima", "Fort Worth")
                .doesNotContain("Hotel Travel Hacks");
        assertThat(a.sms()).contains("@ Estadio Monumental Sur");

        ThreatAssessment dateline = assess("Police on alert after militant warning", """
                BENGALURU, India (PTI) — Intelligence officials said a module of a banned outfit was planning \
                to carry out a coordinated attack on crowded places in the city on January 26.""");
        assertThat(value(dateline, Dimension.TARGET)).isGreaterThanOrEqualTo(1);

        ThreatAssessment elsewhere = assess("Police on alert after militant warning", """
                BENGALURU, India (PTI) — Intelligence officials said a module of a banned outfit was planning \
                to carry out a coordinated attack on crowded places in Kerala on January 26.""");
        assertThat(elsewhere.sms()).doesNotContain("@ Bengaluru");
    }

    @Test
    void aSiteNameHoldsOnlyNameWordsSeparatedBySpaces() {
        ThreatAssessment a = assess("Caller Warned Of Bomb Plan Hotel Attack In Belfast", """
                A caller warned of a bomb at the courthouse in Belfast, Main Street, before the car exploded in \
                Belfast's Market Street, police said.

                Menu: Goal Scorer / Striker / Centre""");
        assertThat(assess("Man sentenced for bomb plot", """
                U.S. District Judge Ann Roe sentenced the man who plotted to bomb the Riverside Mall.""").places())
                .doesNotContain("U.S. District");
        assertThat(a.places()).contains("Market Street", "Main Street", "Belfast")
                .doesNotContain("Belfast's Market Street", "Belfast's Market", "Belfast, Main Street",
                        "Goal Scorer / Striker / Centre", "Plan Hotel");
    }

    @Test
    void aCredibleThreatToAStadiumCountsWhateverTheFansAndTheFinal() {
        // "fans" colours a weak "threat" as sport; a credible or specific threat is no sport's word
        ThreatAssessment a = assess("Police warn of threat to stadium", """
                LONDON - Police said on Friday they had received a credible and specific threat against Averly \
                Stadium ahead of the final on Saturday, and urged fans to arrive early.

                Officers will search bags at every gate.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(value(a, Dimension.TIME)).isEqualTo(3);
        assertThat(value(a, Dimension.SOURCE)).isEqualTo(2);
        assertThat(a.tier()).isEqualTo(Tier.ELEVATED);
    }

    @Test
    void aMatchCalledOffForAThreatOfAttackIsAThreatNotSport() {
        ThreatAssessment a = assess("Friendly match called off due to serious threat of attack", """
                The friendly soccer game was canceled at short notice due to the serious threat of an attack at the \
                Hannover stadium on Tuesday.

                "We got a tip that had to be taken seriously that an attack was being planned," Hannover's police chief said.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(a.places()).contains("Hannover stadium", "Hannover", "Germany");
        assertThat(value(a, Dimension.STAGE)).isEqualTo(2);
    }

    @Test
    void possibleMeansUnknownNotEvenChance() {
        ThreatAssessment a = assess("Officials weigh possible attack", """
                Officials said an attack by militants on the city is possible, and that militants could strike.""");
        DimensionScore likelihood = a.dimensions().stream()
                .filter(d -> d.dimension() == Dimension.LIKELIHOOD).findFirst().orElseThrow();
        assertThat(likelihood.value()).isZero();
        assertThat(likelihood.label()).contains("unknown");
        assertThat(likelihood.evidence()).isNotEmpty();
    }

    @Test
    void isisKShortFormsAreOneActor() {
        ThreatAssessment a = assess("IS-K threat grows", """
                Islamic State Khorasan has threatened attacks in Kabul. ISKP fighters were seen near the city, \
                and an IS-K statement vowed to strike again. ISIS-K militants claimed the threat was real.""");
        assertThat(a.actors()).containsExactly("ISIS-K");
    }

    @Test
    void upperCaseWireCopyYieldsActorsAndKind() {
        ThreatAssessment a = assess("", """
                SAN SALVADOR, 3 JAN 90 -- TERRORISTS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] \
                KIDNAPPED 12 PEASANTS AND MURDERED A MAYOR IN SAN MIGUEL DEPARTMENT, THE ARMED FORCES REPORTED.

                THE BODIES WERE FOUND YESTERDAY NEAR THE TOWN.""");
        assertThat(a.kind()).isEqualTo(Kind.INCIDENT);
        assertThat(a.actors()).containsExactly("FMLN");
        assertThat(a.places()).contains("San Salvador", "El Salvador");
    }

    @Test
    void smsAndHeadlineFitTheirLimitsWhateverTheTitle() {
        String longTitle = "Authorities warn of “imminent” threat — al-Shabaab may attack hotels in Nairobi ".repeat(4);
        ThreatAssessment a = assess(longTitle, SPECIFIC_THREAT);
        assertThat(a.headline().length()).isLessThanOrEqualTo(100);
        assertThat(Gsm7.septets(a.sms())).isBetween(1, 160);
        assertThat(a.sms()).contains(a.tier().name(), String.valueOf(a.score()), "al-Shabaab", a.places().getFirst());
    }

    @Test
    void aDeploymentOverrideChangesOnlyWhatItNames() {
        String override = """
                {"lexicons": {"allClear": ["stand easy"]}, "rules": {"otherMaxScore": 0}}""";
        ThreatAssessor custom = ThreatAssessor.withProfile(
                new ByteArrayInputStream(override.getBytes(StandardCharsets.UTF_8)));
        Article article = new Article("Drill over", null, null, null, null, null,
                "Police told staff to stand easy after the bomb threat at the embassy in Paris was checked.");
        assertThat(custom.assess(article).allClear()).isTrue();
        assertThat(ASSESSOR.assess(article).allClear()).isFalse();
        ThreatAssessment still = custom.assess(new Article("t", null, null, null, null, null, SPECIFIC_THREAT));
        assertThat(still.tier()).isEqualTo(Tier.IMMINENT);
    }

    @Test
    void theJsonCarriesDimensionsWithEvidence() {
        ThreatAssessment a = assess("US Embassy warns of al-Shabaab attack on Nairobi hotel", SPECIFIC_THREAT);
        ThreatAssessment back = AssessmentJson.fromJson(AssessmentJson.toJson(a));
        assertThat(back).isEqualTo(a);
        assertThat(AssessmentJson.toJson(a).path("dimensions").path("actor").path("evidence").get(0).asText())
                .contains("al-Shabaab");
    }

    @Test
    void aBylinesDesksAreNoTargets() {
        ThreatAssessment a = assess("Militia video shows coordinates of offshore gas platform", """
                By Jane Amber and Tom Lakeside
                BEIRUT / TEL AVIV

                Hezbollah released a video on Sunday showing the coordinates of a gas platform off the coast of \
                Haifa, warning that its drones and missiles could strike the facility at any moment.""");
        assertThat(a.sms()).contains("@ Haifa");
    }

    @Test
    void theGroupThatCallsItselfANameIsTheGroupOfTheSentenceBefore() {
        // the target is named with "a far-right online group", and the next sentence names it: the named actor
        // stands with the target
        ThreatAssessment a = assess("Police step up patrols at Lakeside asylum centres after extremist posts", """
                Lakeside police have increased patrols around reception centres for asylum seekers after a far-right \
                online group published the addresses of five centres and urged followers to attack them.

                The group, which calls itself Dietse Storm, posted the list on a channel with 2,400 subscribers.

                A police spokesperson said the threat was credible. "There is no indication of a date, but the \
                combination of addresses, photographs and open calls to violence is something we cannot ignore." """);
        assertThat(label(a, Dimension.ACTOR)).doesNotContain("not named with the target");
    }

    @Test
    void anExplainerAboutALoweredAlertIsNoAdvisoryAndItsDenialStands() {
        ThreatAssessment a = assess("Explainer: Why Lakeland has lowered its security alert, and what changes", """
                The Public Security Directorate announced this week that the country's internal security alert had \
                been reduced by one level, from high to moderate. According to the directorate, no specific or \
                credible threats against targets inside the country have been identified in recent months. \
                Officials stress that the alert level can be raised again at any time. The country was hit by \
                attacks in the past, including a 2016 assault by gunmen on police and tourists that was claimed by \
                the Islamic State group.""");
        assertThat(a.tier()).isEqualTo(Tier.BACKGROUND);
    }
}
