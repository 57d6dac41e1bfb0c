package dev.alertdigest.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.article.Article;
import org.junit.jupiter.api.Test;

/** What makes a terrorist act rather than war or politics: the target, combat, and speech. Fictional texts. */
class KindClassifierTest {

    private static final ScoringProfile PROFILE = ScoringProfile.defaults();
    private static final SecurityCues CUES = new SecurityCues(PROFILE);
    private static final KindClassifier KINDS = new KindClassifier(PROFILE, CUES);

    private static KindClassifier.Decision classify(String text) {
        return classify("", text);
    }

    private static KindClassifier.Decision classify(String title, String text) {
        return KINDS.classify(ArticleText.of(new Article(title, null, null, null, null, null, text), CUES));
    }

    @Test
    void anAttackOnCiviliansIsAnIncident() {
        KindClassifier.Decision d = classify("""
                SAN ISIDRO, 3 MAY -- A BOMB EXPLODED LAST NIGHT ON A BUS CARRYING PASSENGERS TO THE MARKET, \
                INJURING FOUR WOMEN AND A CHILD.

                POLICE SAID THE DEVICE WAS PLANTED UNDER A SEAT.""");
        assertThat(d.kind()).isEqualTo(Kind.INCIDENT);
    }

    @Test
    void anAdvisoryThatSaysSoInItsHeadlineIsAWarningHoweverPlainItsAdvice() {
        String advice = """
                On 20 NOV the group announced that it will resume the targeting of ships linked to the named states. \
                The threat to merchant vessels is assessed as high for the next 48-72 hours.

                Companies should review their voyage plans. Consider delaying transits. Maintain a full watch and \
                report any suspicious approach immediately.""";
        assertThat(classify("MARITIME SECURITY ADVISORY 2025-017", advice).kind()).isEqualTo(Kind.THREAT);
        assertThat(classify("Shipping update 2025-017", advice).kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void aWarningThatRecallsALastAttackIsAThreat() {
        KindClassifier.Decision d = classify("""
                The Foreign Office is warning that terrorists could be in the advanced stages of preparing attacks \
                in Freedonia.

                Its advice now states that terrorists may be in the advanced stages of preparing attacks.

                In January a terrorist attack took place near the Grand Hotel in the capital. Eight people died in the \
                attack and several were injured, including foreigners.

                Terrorist groups have the capacity and intent to carry out attacks anywhere in the country.""");
        assertThat(d.kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void peopleAGroupWantsToBeKilledAreThreatenedNotKilled() {
        KindClassifier.Decision d = classify("""
                A group of hackers loyal to the Red Hand terrorist group posted a kill list of police officers in \
                Springfield with the message "wanted to be killed".

                The officers on the list are to be executed, the group said.

                The FBI said it was taking the threat very seriously and warned the officers to be vigilant.""");
        assertThat(d.incidentEvidence()).isZero();
        assertThat(d.kind()).isEqualTo(Kind.THREAT);
        KindClassifier.Decision past = classify("""
                Gunmen shot dead the mayor of San Isidro last night. He is the third mayor to be murdered this year by \
                the Red Hand terrorist group, police said.""");
        assertThat(past.kind()).isEqualTo(Kind.INCIDENT);
    }

    @Test
    void aMarketOrACellIsATargetOrAPlotNotAnotherSenseOfTheWords() {
        // Christmas markets are classic targets and "cell" is how plots are reported: neither word alone means
        // finance or biology
        KindClassifier.Decision market = classify("""
                Averly market attack threat: police hunt two suspects

                Police are hunting two men suspected of planning a vehicle attack on the Christmas market, \
                the prefecture said, describing the threat as specific and imminent. Officials said the men \
                belonged to a cell that had pledged allegiance to the Red Lantern Front.""");
        assertThat(market.kind()).isEqualTo(Kind.THREAT);

        KindClassifier.Decision finance = classify("""
                Markets rally as investors cheer earnings

                Stocks rose on Tuesday and the stock market closed at a record as investors bet the attack on \
                inflation was working; shares in banks led the gains.""");
        assertThat(finance.kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void wordsThatOnlyBeginLikeWeatherOrSportWordsAreNoOtherSense() {
        // "Rainbow" is no rain, "holiday season" no sports season, "stormed" no storm
        String parade = "Police say a group of young men planned to attack the %s Parade on Saturday.";
        assertThat(classify(parade.formatted("Rainbow")).securityEvidence())
                .isEqualTo(classify(parade.formatted("Harbour")).securityEvidence());
        String churches = "Militants threaten attacks on churches during the %s, police warned.";
        assertThat(classify(churches.formatted("holiday season")).securityEvidence())
                .isEqualTo(classify(churches.formatted("holidays")).securityEvidence());
        String hotel = "Gunmen %s the hotel and attacked guests in the lobby.";
        assertThat(classify(hotel.formatted("stormed")).securityEvidence())
                .isEqualTo(classify(hotel.formatted("entered")).securityEvidence());

        KindClassifier.Decision weather = classify("""
                Heavy rain and storms threaten flooding across the region

                Forecasters said heavy rain would strike the coast on Friday, and storms could bring flooding \
                to low-lying towns; residents were told to expect the worst of the rainfall overnight.""");
        assertThat(weather.kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void aStrikeUnionsThreatenIsIndustrialActionNotAnAttack() {
        KindClassifier.Decision strike = classify("""
                Unions threaten general strike from Monday over minimum wage; airports may shut

                The two largest labour federations have threatened to begin an indefinite general strike from \
                midnight on Sunday if the government fails to send the minimum wage bill to parliament.

                The unions warned that airports, the national grid and public hospitals would be affected. \
                "This ultimatum is final," the federation's president told reporters.

                The labour minister described the threat as unnecessary and said talks would resume on Friday.""");
        assertThat(strike.kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void aTransportStrikeOverPayIsIndustrialActionThoughItHoldsCommutersHostage() {
        String dispute = """
                Harbour Metro workers strike again, unions threaten escalation

                The Port Amber underground was almost completely shut on Tuesday as workers staged a 24-hour \
                strike over pay and staffing levels, the third in a month, and unions warned they could target \
                the summer season.

                "We did not want to strike," the drivers' union leader said. "Our target is simple: salaries that \
                keep up with the cost of living."

                The operator said its offer of a 4% pay increase was serious and accused the union of holding \
                commuters hostage.

                "What is an attack on passengers is the lack of investment," the union leader said.

                The unions said a three-day strike from 10 to 12 March would follow if talks failed, a threat the \
                business association called damaging.""";
        assertThat(classify(dispute).kind()).isEqualTo(Kind.OTHER);
        // the same sentences with gunmen for workers and attacks for the dispute's words threaten the metro
        assertThat(classify(dispute.replace("workers strike", "gunmen strike")
                .replace("workers staged a 24-hour strike over pay and staffing levels", "gunmen staged an attack")
                .replace("salaries that keep up with the cost of living", "the metro")
                .replace("its offer of a 4% pay increase was serious", "the gunmen were serious")
                .replace("three-day strike", "new attack")).kind()).isNotEqualTo(Kind.OTHER);
    }

    @Test
    void aStrongWordInsideAnIdiomIsNoSecurityCue() {
        Sentence cyclone = ArticleText.of(new Article("", null, null, null, null, null,
                "A bomb cyclone is expected to hit the coast on Thursday."), CUES).sentences().getFirst();
        assertThat(cyclone.security()).isFalse();
        Sentence fortune = ArticleText.of(new Article("", null, null, null, null, null,
                "I'm not going to be a hostage to fortune and say more than that."), CUES).sentences().getFirst();
        assertThat(fortune.security()).isFalse();
        // the strong word outside the idiom still counts
        Sentence both = ArticleText.of(new Article("", null, null, null, null, null,
                "A bomb cyclone hit the coast as a bomb exploded at the port."), CUES).sentences().getFirst();
        assertThat(both.security()).isTrue();
    }

    @Test
    void aMatchReportFullOfAttackAndThreatIsSport() {
        KindClassifier.Decision report = classify("Late strike sinks Rovers as Athletic's attack finally clicks", """
                People have said all season our attack doesn't carry a threat, the manager said after the 2-1 win.

                The striker, signed as the target man the side had needed, scored the winner after half-time.

                "I'm not going to be a hostage to fortune," the Rovers manager said of the referee's decision.

                The win lifts Athletic to sixth, three points off the play-off places.""");
        assertThat(report.kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void aWarningOfAttacksOnConvoysIsAThreatThoughWarWordsWeighNothingForRelevance() {
        // relevance by the rules alone (no model), so that only threat against incident is at stake: "convoys" are
        // a military target, which takes the sentence's weight for relevance, not its warning
        ScoringProfile rulesOnly = ScoringProfile.load(new java.io.ByteArrayInputStream(
                "{\"kind\": {\"model\": null}}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        SecurityCues cues = new SecurityCues(rulesOnly);
        KindClassifier.Decision convoys = new KindClassifier(rulesOnly, cues).classify(ArticleText.of(new Article(
                "Security Alert: Red Hand fighters intend to attack convoys on the N1", null, null, null, null, null, """
                The embassy has received reports that fighters of the Red Hand terrorist group intend to attack road \
                convoys and humanitarian facilities along the N1 highway near Port Amber. Recent attacks have \
                targeted civilian vehicles and aid warehouses, and the group has beheaded civilians and abducted \
                children.

                Avoid road travel on the N1 and monitor local media for updates."""), cues));
        assertThat(convoys.kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void aCarDrivenIntoACrowdIsAnAttackCarriedOut() {
        KindClassifier.Decision live = classify("Car drives into crowd at Lakeside market: four dead, driver arrested", """
                15:20 — Prosecutors said the arrested man is a 38-year-old Lakeside resident. "We are investigating \
                all possible motives," a spokeswoman said.

                14:55 — Four people have died and 21 have been injured, seven of them seriously, the safety region said.

                14:05 — Witnesses describe the moment the car mounted the pavement at the market. "He didn't brake," \
                one trader said.

                13:22 — Reports are coming in that a car has driven into people at the Saturday market in the centre \
                of Lakeside. Emergency services are on their way.""");
        assertThat(live.kind()).isEqualTo(Kind.INCIDENT);
    }

    @Test
    void aHeadlineThatSaysFictionOrARecipeMakesItsBombsNoThreat() {
        KindClassifier.Decision review = classify("'Siege at Harbour Park' review: a stadium-siege thriller that never "
                + "quite detonates", """
                During a cup final, a gang of mercenaries cuts the power to the stadium and takes 60,000 fans \
                hostage, threatening to detonate bombs under the stands unless a ransom is paid. The gunmen sweep \
                the concourse while an off-duty negotiator stands between the attackers and catastrophe.""");
        assertThat(review.kind()).isEqualTo(Kind.OTHER);

        // a critic's headline: "Review:" first, or "review:" after a quoted title
        String gig = """
                Twenty minutes in, it looked as if the whole night might bomb: the sound was muddy and the new song \
                fell flat. Then the room exploded, and the encore of "Killing Time" was heard three streets away.""";
        assertThat(classify("Review: did Glasshouse bomb at the Corn Exchange? Not a chance", gig).kind())
                .isEqualTo(Kind.OTHER);
        assertThat(classify("'Breach Point' review: a shooter where defusing the bomb is the thrill", gig).kind())
                .isEqualTo(Kind.OTHER);
        // a game's release notes by version
        String patch = """
                The bomb site on Harbour has been moved closer to the attackers' spawn. Planting the bomb now grants \
                300 credits to every attacker. Fixed an issue where the bomb could be planted through a wall.""";
        assertThat(classify("Siegefall Patch 7.3 Notes: bomb site rework and attacker economy changes", patch).kind())
                .isEqualTo(Kind.OTHER);
        assertThat(classify("Siegefall patch v2.10 notes", patch).kind()).isEqualTo(Kind.OTHER);
        assertThat(classify("Corn Exchange bomb: police review CCTV", """
                A bomb exploded at the Corn Exchange on Friday night, injuring four people, police said.""").kind())
                .isEqualTo(Kind.INCIDENT);

        KindClassifier.Decision activist = classify("Activist fund goes on the attack with 'hit list' of loss-making units",
                """
                The activist investor launched a public assault on the board, saying management had bombed on \
                every target; analysts raised their price target on the shares.""");
        assertThat(activist.kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void aCellBustedWhilePlanningAttacksIsAThreatThoughItsArmsWereSeized() {
        KindClassifier.Decision busted = classify("Agency busts Red Hand module planning strikes on temples; two handlers "
                + "still active", """
                The agency has arrested four men who allegedly formed a Red Hand module tasked with attacking temples \
                in Port Amber. Investigators recovered two explosive devices, three pistols and grenades. Security has \
                been stepped up at the temples.

                The region has seen a rise in violence: in January, militants killed seven civilians in a village.""");
        assertThat(busted.kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void aTipOffAboutAnAttackIsAWarning() {
        // few warning words, but the headline's tip-off and the lead's possible attack say what the story is about
        ThreatAssessment a = ThreatAssessor.withDefaults().assess(new Article(
                "Averly police add officers for the festival after attack tip-off", null, null, null, null, null, """
                Police officers with protective vests will patrol the old town during the festival, the police \
                chief said on Friday.

                Federal investigators told the state police on Monday that there were indications of a possible \
                attack scenario at the Averly cathedral during the festival.

                A man with contacts in the city was taken into custody on Wednesday."""));
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void aVanDrivenIntoACrowdIsAnIncident() {
        KindClassifier.Decision d = classify("""
                Driver rams crowd at Averly market, injuring eight

                AVERLY (AFP) — A driver ploughed a van into shoppers at a Sunday market in Averly, injuring eight \
                people, two of them seriously, police said.

                The driver, a 41-year-old man known to police, was arrested after crashing into a lamp post.""");
        assertThat(d.kind()).isEqualTo(Kind.INCIDENT);
    }

    @Test
    void aHeadlineReportingProtectionAgainstAThreatMakesItAWarning() {
        String body = """
                The Interior Ministry has instructed provincial governors to take additional measures for New Year's \
                Eve, and said that supporters of a terrorist group may target crowded places.

                Police will deploy extra officers at squares, shopping streets and transport hubs, and vehicle \
                barriers will be placed at the entrances of pedestrian zones.

                Citizens were asked to be vigilant and report suspicious packages.""";
        assertThat(classify("Ministry orders stepped-up security for New Year celebrations in all provinces", body)
                .kind()).isEqualTo(Kind.THREAT);
        // the same plain advice under a headline that reports no protection reads as the model reads it
        assertThat(classify("Ministry sets out New Year plans for all provinces", body).kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void aNoticeOfSecurityRaisedThatReportsNoEventIsAThreat() {
        // neither warnings nor events are counted in it: the headline says what it is
        KindClassifier.Decision notice = classify("Security reinforced at Central Station this weekend", """
                Following information received by the intelligence services, the minister has ordered a \
                reinforcement of security measures at Central Station for the coming weekend, citing individuals \
                linked to Daesh.

                Additional police and gendarmes will check luggage at the entrances to the main hall.""");
        assertThat(notice.kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void aShipHitByAMissileIsAnIncidentThoughAdvisoriesWarnOfMore() {
        KindClassifier.Decision d = classify("""
                Bulk carrier hit by missile off Port Amber, fire reported in hold - maritime agency

                A bulk carrier was struck by a missile about 50 nautical miles west of Port Amber late on Saturday, \
                causing a fire in one of its holds, the maritime trade agency said in an advisory on Sunday.

                A second advisory said that a small craft had been shadowing the ship before the strike.

                The Red Tide movement claimed the attack, and a security firm said that other vessels of the same \
                owner are at elevated risk.""");
        assertThat(d.kind()).isEqualTo(Kind.INCIDENT);
    }

    @Test
    void anAttackAGangOrderedForTonightIsAThreatWhateverItsHistory() {
        KindClassifier.Decision d = classify("""
                Averly police on alert after gang threatens attacks on buses tonight

                AVERLY (Reuters) — Police in Averly said on Monday that the Red Road gang had ordered its members \
                to set fire to buses and attack police stations across the city tonight.

                "We have intercepted orders for coordinated attacks starting tonight," the security secretary said.

                The gang carried out a wave of similar attacks in 2006 that left dozens dead.""");
        assertThat(d.kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void attackAdsAreAnotherSenseOfTheWord() {
        assertThat(classify("""
                Attack ads target Senator Whitfield

                A new wave of attack ads targeting Senator Whitfield began airing on Monday.""").kind())
                .isEqualTo(Kind.OTHER);
    }

    @Test
    void aMoonShotOrALongShotIsNoShooting() {
        KindClassifier.Decision idiom = classify("""
                Two rocket firms to bid for the agency's moon shot

                The agency's moon shot, a crewed landing by 2028, was a long shot when it was announced, and the \
                two rocket firms that will bid for it have each been shot down before.""");
        assertThat(idiom.kind()).isEqualTo(Kind.OTHER);

        KindClassifier.Decision shooting = classify("""
                Two shot outside a bank in Averly

                Two customers were shot outside a bank in Averly on Tuesday by a gunman who fled on foot, \
                police said.""");
        assertThat(shooting.kind()).isEqualTo(Kind.INCIDENT);
    }

    @Test
    void electionsAroundAnAssassinationDoNotMakeItAnotherSenseOfTheWords() {
        // other-domain words count against security only where they colour a security word ("the attack on
        // inflation"); an election is where political murders happen, not another sense of "murder"
        KindClassifier.Decision d = classify("""
                SAN ISIDRO, 3 MAY -- OUR PARTY WILL TAKE PART IN THE ELECTIONS, WE SAID TODAY, AND WE CALL ON VOTERS \
                TO SUPPORT THE DIALOGUE AND THE ELECTION OF A NEW CONGRESS.

                THE ELECTION CAMPAIGN CONTINUES. VOTERS WILL ELECT A PRESIDENT AND OUR CANDIDATES FOR CONGRESS.

                UNIDENTIFIED GUNMEN LAST NIGHT MURDERED A MAYORAL CANDIDATE AS HE LEFT HIS HOME.""");
        assertThat(d.kind()).isEqualTo(Kind.INCIDENT);
    }

    @Test
    void armyAgainstGuerrillaCombatIsNotATerroristAct() {
        KindClassifier.Decision d = classify("""
                SAN ISIDRO, 3 MAY -- ARMY TROOPS CLASHED WITH GUERRILLAS IN THE NORTHERN MOUNTAINS, WHERE SIX \
                GUERRILLAS AND ONE SOLDIER WERE KILLED IN THE FIGHTING.

                THE BATTALION COMMANDER SAID THE OFFENSIVE WILL CONTINUE AND THAT HIS TROOPS SEIZED RIFLES.""");
        assertThat(d.kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void theSameViolenceWordsWeighMoreAgainstCivilianTargetsThanAgainstMilitaryOnes() {
        double civilian = classify("Guerrillas attacked a bank and the mayor's house with grenades.").securityEvidence();
        double military = classify("Guerrillas attacked an army patrol and a garrison with grenades.").securityEvidence();
        assertThat(civilian).isGreaterThan(military);
    }

    @Test
    void threatWordsAboutASoftwareFlawWeighLessThanAboutABuilding() {
        double software = classify("Threat actors target the servers through the vulnerability.").securityEvidence();
        double building = classify("Threat actors target the offices through the back door.").securityEvidence();
        assertThat(software).isLessThan(building);
    }

    @Test
    void aSpeechAboutPeaceTalksIsNotAnIncident() {
        KindClassifier.Decision d = classify("""
                We call on our people to support the dialogue. Our proposal for peace talks and a cease-fire \
                stands, and we will respect the agreement reached at the summit.

                The guerrillas must accept the elections and the constitution, the president said.""");
        assertThat(d.kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void aStoryAboutSomethingElseThatReportsAMurderInPassingIsAnIncident() {
        KindClassifier.Decision d = classify("""
                The national congress today approved the new labour law after a long debate, and the opposition \
                parties said they would ask the supreme court to review it.

                The president of the congress thanked the deputies for their work. The law sets new rules for the \
                working week and for the minimum wage.

                In a separate development, unidentified gunmen last night murdered a judge of the supreme court as \
                he left his home in the capital.""");
        assertThat(d.relevance()).isPositive();
        assertThat(d.kind()).isEqualTo(Kind.INCIDENT);
    }

    @Test
    void anAmbushOfAnArmyConvoyIsNotATerroristIncident() {
        KindClassifier.Decision d = classify("""
                Rebels ambushed an army convoy on the road to the northern garrison on Tuesday, killing four soldiers \
                and wounding six, the armed forces said.

                Troops pursued the attackers into the mountains, where fighting continued, the army command added.""");
        assertThat(d.relevance()).isNegative();
        assertThat(d.kind()).isEqualTo(Kind.OTHER);
    }
    @Test
    void aCyberAttackThatHitSomeoneIsAnIncidentButAVendorsWarningIsNot() {
        String report = """
                The attack was detected early on Sunday, when staff found that the patient record system and the \
                laboratory servers had been encrypted and a ransom note left on several workstations.

                Ambulances were diverted to other hospitals and dozens of operations postponed, a spokesperson said.""";
        assertThat(classify("Ransomware attack cripples Averly hospital group", report).kind())
                .isEqualTo(Kind.INCIDENT);
        assertThat(classify("Averly Health - Press release", """
                A cyberattack disrupted the control systems of the Averly district heating network on Sunday.

                """ + report).kind()).isEqualTo(Kind.INCIDENT);
        // the same words where nothing was hit: a question, a conditional, advice
        String advice = """
                Attackers encrypt servers and leave a ransom note, and staff find that records cannot be opened.

                Our managed backup service keeps your servers running. Book a free demo today.""";
        assertThat(classify("How a ransomware attack could cripple your clinic", advice).kind())
                .isEqualTo(Kind.OTHER);
        assertThat(classify("Is your clinic ready? Ransomware attack forces rethink of backups", advice).kind())
                .isEqualTo(Kind.OTHER);
        assertThat(classify("Ten ways to protect your clinic from ransomware", advice).kind())
                .isEqualTo(Kind.OTHER);
        // a product's purpose is no report: nothing was shut down
        assertThat(classify("Kestrel Labs launches AI 'threat hunter' for small firms", """
                Security firm Kestrel Labs today announced the launch of Harrier, a platform designed to help small \
                firms detect and shut down ransomware attacks before they spread.

                """ + advice).kind()).isEqualTo(Kind.OTHER);
        assertThat(classify("Stop ransomware before it strikes", """
                Every 11 seconds, somewhere in the world, an organisation is hit by a cyberattack.

                """ + advice).kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void anAgencyThatRaisesItsCyberThreatLevelWarnsWhateverSoftwaresWordsItUses() {
        String release = """
                MEDIA RELEASE
                Freedonian Cyber Security Agency

                The Freedonian Cyber Security Agency has raised its cyber threat advisory level for the banking \
                sector, and urges all banks to step up their cyber defences.

                The decision reflects a general increase in malicious cyber activity observed against the sector, \
                including denial-of-service attacks, ransomware and attempts to compromise service providers.

                The agency is not aware of any specific threat against a Freedonian bank at this time. However, it \
                assesses that local banks could be affected by attacks directed at the sector, or be targeted directly.

                The agency recommends that banks:

                - review and test incident response plans;
                - ensure denial-of-service mitigation services are in place;
                - patch internet-facing systems promptly, in particular VPNs and firewalls;
                - monitor closely the security of third-party vendors with access to their networks;
                - remind staff to be alert to phishing emails.

                Issued by the Freedonian Cyber Security Agency""";
        assertThat(classify("Agency raises cyber alert for banks", release).kind()).isEqualTo(Kind.THREAT);
        // the same words with no level raised are a vendor's
        assertThat(classify("Agency sets out cyber advice for banks",
                release.replace("has raised its cyber threat advisory level for", "has published advice for")).kind())
                .isEqualTo(Kind.OTHER);
    }

    @Test
    void anArsonWhoseClaimWarnsOfMoreFiresIsAnIncident() {
        KindClassifier.Decision d = classify("Arson attack on cable duct halts freight hub, left-wing group claims responsibility", """
                A fire set in a cable duct early on Tuesday cut power to a freight hub at Riverside airport, halting \
                operations for nine hours, police said. No one was injured. Investigators found the remains of two \
                incendiary devices under a bundle of power cables beside the perimeter road.

                A letter signed "Kommando Nordlicht" appeared online in the afternoon. It ended with a warning that \
                "this was not the last fire" and listed other logistics sites as legitimate targets. Police said they \
                had increased patrols at cable installations across the region.""");
        assertThat(d.kind()).isEqualTo(Kind.INCIDENT);
    }

    @Test
    void whatAnUltimatumThreatensIsNoEventHoweverOldAttacksTheStoryRecalls() {
        KindClassifier.Decision d = classify("Gang gives Northport haulier until Friday to pay or see its fleet burned", """
                A freight company in Northport has been told by men claiming to represent the Los Zorros gang that its \
                trucks will be set on fire unless it pays a monthly quota starting this Friday, police said.

                The threat is taken seriously because of what happened to another haulier last year. In August, after \
                refusing a similar demand, a transport firm lost nine trucks when gunmen doused them in petrol. Two \
                weeks later one of its drivers was shot dead on the highway.

                Police said patrols around the depot would be increased before Friday's deadline.""");
        assertThat(d.kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void explosivesSeizedInARaidFoilAPlotTheyDoNotCarryOneOut() {
        KindClassifier.Decision d = classify("Four held, explosives seized in Northport raids", """
                Counter-terrorism police arrested four men and seized explosives and two suicide vests in dawn raids \
                on houses in Northport on Tuesday, the interior ministry said.

                The men belonged to a cell that intended to attack St Mark's church during Sunday services, the \
                ministry said, and security around the city's churches has been reinforced.""");
        assertThat(d.kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void militantsWhoCameWithTheAimOfCommittingAnAttackAreAThreat() {
        KindClassifier.Decision d = classify("Counter-terrorist regime declared in Northport", """
                The anti-terrorism committee said a group of armed militants had arrived in Northport with the aim of \
                committing a terrorist act. Residents were asked not to leave their homes.

                In 2022 the group's gunmen killed a priest in the city, and the next day militants attacked a police \
                post in the capital.""");
        assertThat(d.kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void aVowToRetaliateForAKillingIsAThreat() {
        KindClassifier.Decision d = classify("Port Arden residents told to stay near shelters tonight", """
                Civil defence ordered residents of Port Arden to stay close to shelters on Saturday night after the \
                Northland Front said it would retaliate within hours for an air strike that killed one of its commanders.

                The strike on Friday killed the group's rocket chief and two guards. In a statement the group said \
                the killing "will not pass without a response" and that the response would come "in the coming hours".""");
        assertThat(d.kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void aMaritimeSecurityFlashOfAnAttackLikelyWithinHoursIsAWarning() {
        KindClassifier.Decision d = classify("MARITIME SECURITY FLASH: pirate group sighted east of Port Arden", """
                At 0400 UTC today a patrol aircraft observed a suspected pirate action group 200NM east of Port Arden, \
                with a mothership and two skiffs. The mothership is believed to be a dhow reported hijacked from \
                fishermen on 12 October.

                The group is assessed to be equipped and positioned for an attack on merchant shipping, and an attack \
                is likely within the next 24 to 48 hours. Vessels should report to the naval coordination centre.""");
        assertThat(d.kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void anAttackDatedToAPastYearIsWhatAWarningRecalls() {
        KindClassifier.Decision d = classify("Police warn of attack on Northport festival", """
                Police warned on Monday that the Northport Liberation Front could attack the harbour festival this \
                weekend.

                Six people were killed and twenty were wounded when the group bombed the same festival in 2019, and \
                in June 2023 its gunmen attacked a police post in the old town.""");
        assertThat(d.kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void hackersWhoThreatenToKnockSitesOfflineAreAThreatNotAnIncident() {
        String threat = """
                A hacktivist group has threatened to knock the Freedonian city councils' websites offline before the \
                local elections, prompting the cyber security agency to warn public bodies to prepare for \
                distributed denial-of-service (DDoS) attacks.

                The group listed the websites of four city councils as targets in a message posted on Wednesday.""";
        assertThat(classify("Hackers threaten cyberattacks on Freedonian councils ahead of elections", threat).kind())
                .isEqualTo(Kind.THREAT);
        assertThat(classify("Hackers knock Freedonian councils' websites offline ahead of elections",
                threat.replace("has threatened to knock", "knocked")).kind()).isEqualTo(Kind.INCIDENT);
        // a vendor's question is neither
        assertThat(classify("How could hackers threaten your council's website?", """
                Our managed DDoS protection keeps your servers online. Book a free demo today.""").kind())
                .isEqualTo(Kind.OTHER);        // a plan elsewhere in the headline is no plan of the attack's: "planned operations" are surgeries
        assertThat(classify("Ransomware attack paralyses records at Averly hospital; planned operations postponed", """
                A ransomware attack has disabled the electronic records of Averly General Hospital since Sunday, \
                forcing doctors back to paper, the health ministry said.""").kind()).isEqualTo(Kind.INCIDENT);
    }

    @Test
    void protectionAgainstAGroupThatNamedTargetsIsAWarning() {
        // few security words, and none of a speech or a combat: what makes it a threat is what police do about it
        KindClassifier.Decision d = classify("Police step up patrols at mosques after group names them as targets", """
                Police have stepped up patrols around three mosques in Averly after a far-right group posted their \
                addresses online and described the buildings as targets.

                The group shared photographs of the mosques and prayer times on its channel at the weekend.

                "We are treating this extremely seriously," a police spokesperson said. Detectives are investigating \
                the posts.""");
        assertThat(d.kind()).isEqualTo(Kind.THREAT);
    }

    @Test
    void aDomainWordMarksAnotherSenseExceptWhereItNamesThePeopleThreatenedOrAnAssault() {
        // "election" marks another sense of "threats" in "threats to cut the election budget", not where it names
        // the workers threatened
        java.util.function.Function<String, Boolean> security = sentence -> ArticleText.of(
                new Article("", null, null, null, null, null, sentence), CUES).sentences().getFirst().security();
        assertThat(security.apply("A militia group has posted threats against Cobb County election workers.")).isTrue();
        assertThat(security.apply("The mayor's threats to cut the election budget drew criticism.")).isFalse();
        // "to storm" a place is an assault, a storm on the coast is weather; an epidemic's or a swarm's threat is
        // medicine's or farming's
        assertThat(security.apply("The militia threatens to storm the oil field unless its demands are met.")).isTrue();
        assertThat(security.apply("A storm threatens the coast with flooding tonight.")).isFalse();
        assertThat(security.apply("A cholera outbreak poses a serious threat to displaced families.")).isFalse();
        assertThat(security.apply("Locusts attack crops across three districts.")).isFalse();
    }

    @Test
    void aThreatLevelRaisedLateInAFeatureThatReportsNoEventIsAWarning() {
        // few warning words, and all of them late: the model alone reads a feature on volunteers as other
        String title = "In a quiet suburb, a mosque's volunteers learn to watch the car park";
        String text = """
                On Friday afternoons, before the first worshippers arrive, a retired bus driver walks the edge of \
                the car park with a yellow vest and a notebook. "I write down cars I do not recognise," he says.

                The centre's board began the volunteer rota three years ago, after a course on safe places of \
                worship. Eleven people now take turns, and the centre was granted funding for two cameras.

                On Tuesday the security service raised the national terror threat level from moderate to high, \
                citing a general increase in radicalisation online. It said it had no information about a specific \
                planned attack. The board decided not to change much. "We will keep the door open," the chairman \
                says.""";
        assertThat(classify(title, text).kind()).isEqualTo(Kind.THREAT);
        // a level lowered is no warning
        assertThat(classify(title, text.replace("raised", "lowered").replace("from moderate to high",
                "from high to moderate")).kind()).isNotEqualTo(Kind.THREAT);
    }

    @Test
    void forcesOnHeightenedAlertHeadANoticeOfSecurityRaised() {
        KindClassifier.Decision d = classify("Border provinces: security forces on heightened alert for the holy month",
                """
                The regional command has ordered all units in the border provinces to increase their level of \
                alertness throughout the holy month, following an assessment that the risk of violent incidents is \
                higher during the period. "We have no report of any specific plan against any particular place," \
                the spokesman said. Patrols will be increased around markets and schools.""");
        assertThat(d.kind()).isEqualTo(Kind.THREAT);
    }
}
