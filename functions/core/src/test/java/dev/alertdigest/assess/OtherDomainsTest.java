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

    /** Kind other, by the other-domain rule that names {@code domain}. */
    private static void assertReadsAs(ThreatAssessment a, String domain) {
        assertThat(a.kind()).isEqualTo(Kind.OTHER);
        assertThat(a.rules()).anySatisfy(r -> assertThat(r).startsWith("reads as " + domain));
    }

    @Test
    void aVolcanosThreatIsNatures() {
        ThreatAssessment a = assess("Volcano \"threat\" keeps Lakeside on yellow alert as tourists flock to the crater", """
                The Mount Arvel volcano remained under a yellow alert on Friday after the geology service reported a \
                rise in seismic activity and small explosions inside the crater.

                Volcanologists said the lava lake had risen and could produce a larger eruption within weeks, but \
                that the threat of a major eruption in the short term remained low. Tremor and earthquake counts \
                are published daily.

                "The threat is real but manageable," the mayor said. An exclusion zone around the crater stays in \
                place, and the alert is reviewed after each eruption or rise in tremor; magma has not reached the \
                surface.""");
        assertReadsAs(a, "weather");
    }

    @Test
    void aSambaSchoolsParadeThatAttacksTheAvenueIsEntertainment() {
        ThreatAssessment a = assess("Unidos da Lagoa launch all-out attack on the avenue as judges come under fire", """
                It was, in its carnival director's words, "a frontal assault". The samba school entered the \
                sambadrome at 2 a.m. with 3,000 members, six floats and 250 drummers, determined to bombard the \
                judges with everything it had.

                The opening wing, in mirrored costumes, charged down the avenue while the flag-bearer and the master \
                of ceremonies fired off a routine the commentators called lethal. The last float detonated a cloud \
                of confetti over the boxes.

                "We came to attack," the choreographer said. The dancers, the drummers and the rhythm section kept \
                the assault going to the end of the samba, and rival schools said the floats had hit their target.""");
        assertReadsAs(a, "entertainment");
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
        assertReadsAs(a, "business");
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

    @Test
    void electionWordsBesideAThreatDoNotMakeAnotherSenseOfItInAStoryOfTheSecurityWorld() {
        // "election" and "voters" colour the weak words of most sentences ("threats, attacks and killings of
        // candidates"), but troops, police, suspects, killings and kidnapping place the story in the security world
        ThreatAssessment a = assess("Security cabinet warns of heightened violence nationwide ahead of March vote", """
                SAN ISIDRO - The federal security cabinet said on Tuesday that the risk of violence linked to \
                organised crime would remain elevated across the country in the run-up to the general election on \
                3 March, urging candidates, election officials and voters to take precautions.

                The security secretary said criminal groups seek to influence local elections to control territory, \
                and that the weeks before a vote historically see a rise in threats, attacks and killings of \
                candidates.

                The government said 212 candidates had asked for federal protection, and that the national guard \
                would deploy 9,000 additional troops. "We have no specific threat to report today, but the general \
                environment is one of high risk," the secretary said.

                Rights groups have recorded the killing of 19 candidates since the campaign began, and police have \
                arrested suspects in six of the cases. Electoral authorities have warned that polling stations in \
                some rural areas may not open if local officials cannot guarantee security.

                The travel advisory for the country already urges visitors to avoid several provinces because of \
                crime and kidnapping.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(a.tier()).isEqualTo(Tier.ELEVATED);
    }

    @Test
    void aDebateWithNoStrongCueIsPoliticsAndAnAttackOnACandidateIsNot() {
        String debate = """
                Governor Ellwood and her challenger traded attacks on Tuesday night in the last televised debate before \
                the vote.

                Ramsey attacked the governor's budget as a ticking time bomb and said her tax reform targets the middle \
                class. Ellwood shot back that his campaign had no policy on spending at all.

                The candidates clashed again over the coalition's bill on school funding, which the opposition has \
                vowed to kill in committee.

                Polls show the race within two points. Voters go to the ballot on November 4, and both campaigns \
                expect turnout to decide it.""";
        ThreatAssessment politics = assess("Ellwood and Ramsey trade attacks in final debate", debate);
        assertReadsAs(politics, "politics");
        // the same campaign words beside a bomb are the security world's: politics is a quiet domain
        ThreatAssessment bombed = assess("Bomb found at Ramsey campaign office before final debate", debate + """


                Police said a pipe bomb was found outside Ramsey's campaign office on Tuesday morning and made safe by \
                the bomb squad.""");
        assertThat(bombed.kind()).isNotEqualTo(Kind.OTHER);
    }

    @Test
    void aCricketReportIsSportThroughItsOwnWords() {
        // "destroyed", "shot out", "killed off", "blown away", "bombing": an incident to the relevance model
        ThreatAssessment a = assess("Malik strikes twice as Northport's pace attack destroys Eastfield", """
                Northport's pace attack destroyed Eastfield on the first morning of the Test match, Malik striking \
                twice in his opening spell as the visitors were shot out before lunch.

                The attack was brutal. Eastfield were all out for 162 shortly after tea, their captain killed off by \
                a bouncer and the last four wickets blown away for nine runs.

                Only Rahimi resisted, bombing the boundary with four sixes in a defiant half-century before he was \
                bowled by a yorker.

                At stumps Northport were 41 without loss, their openers untroubled by the spinner.""");
        assertReadsAs(a, "sport");
    }

    @Test
    void aThreatThePolicePursueIsTheSecurityWorldsWhateverFansOrElectionsStandBesideIt() {
        // every sentence that reports the threat also names fans, a final or an election, which mark other senses
        // of "threatened"; the police in the same sentences say whose world it is
        ThreatAssessment a = assess("Police search for man who threatened to drive into fans at Sunday's league "
                + "final", """
                Police in Carlow issued an urgent appeal on Thursday to find a man who threatened to drive a lorry \
                into supporters at the league final in Ardmore Park on Sunday.

                Detectives said the man, 44, had posted that he would "run down" fans on their way to the match, \
                and that he had threatened election staff at the county hall last spring.

                "We are treating this as a credible threat," a police spokeswoman said. Barriers will be placed on \
                the approach roads and officers will be on duty at every gate.""");
        assertThat(a.kind()).isEqualTo(Kind.THREAT);
        assertThat(a.tier()).isNotEqualTo(Tier.BACKGROUND);
        // "a man who threatened" is someone, if no group: ACTOR 1
        assertThat(TierRules.value(a.dimensions(), Dimension.ACTOR)).isEqualTo(1);
    }

    @Test
    void thePoliceBesideAMatchsCrowdAreNoThreat() {
        // the agent's own word is no cue: "police" beside "fans" stays the match's
        ThreatAssessment a = assess("Rovers edge derby in front of record crowd", """
                Rovers beat City 2-1 in front of a record crowd of 41,000 fans at Millfield on Saturday, a late \
                strike from their captain settling the derby.

                Police said the fans of both clubs had been in good voice and the day passed without arrests.

                The win lifts Rovers to third in the table, two points behind the leaders with a game in hand.""");
        assertThat(a.kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void aGigOrAGameTheirOwnWordsReportAreEntertainment() {
        // no sentence holds a word that marks another sense of "bomb", "exploded", "attacks" or "shooting"; the
        // band's and the game's own words throughout show what the text is about
        ThreatAssessment gig = assess("Glasshouse tear the roof off the Corn Exchange", """
                For twenty minutes it looked as if Glasshouse might bomb at the Corn Exchange on Thursday: the sound \
                was muddy and the singer's microphone cut out twice.

                Then the four-piece tore into their debut single and the room exploded. The drummer attacks his kit \
                as though it owes him money, the bassist holds it together, and the guitarist fires off riffs like \
                a fuse being lit.

                The encore brought a mass singalong and a mosh pit that swallowed the band's tour manager; the singer \
                said their first gig had "bombed in front of eleven people". Nobody was shooting for politeness.""");
        assertThat(gig.kind()).isEqualTo(Kind.OTHER);

        ThreatAssessment game = assess("Defusing the bomb is the thrill of Harbour Siege", """
                In every round of Harbour Siege the attackers plant the bomb and one defender crawls through a vent \
                with a defuse kit and seconds to spare.

                The tactical shooter pits five against five: one team attacks one of two target sites, the other \
                defends. Respawns are off, and a headshot is still the quickest way to win a firefight.

                The biggest threat to your enjoyment is the matchmaking, which pairs newcomers with veterans in \
                single-player drills and co-op alike. The developer promises more maps for console players \
                once the gameplay settles.""");
        assertThat(game.kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void aDockStrikeWhoseUnionThreatensAShutdownIsLabourNotAThreat() {
        // "a bomb thrown in our lap" and "hold the workers hostage" are a union leader's metaphors; the text's words
        // are a pay dispute's
        ThreatAssessment a = assess("Harbour dock workers extend strike; union threatens total shutdown", """
                The strike of dock workers at the port of Lakeside entered its fifth day on Tuesday, after the \
                union rejected the employers' latest pay offer and threatened a total shutdown of the terminals.

                The union president said the offer of a 3% wage readjustment was "a bomb thrown in our lap". "They \
                want to hold the workers hostage to their profits. Our target is real wage gains," he said.

                The employers said the stoppage was costing millions a day and that the union's threat would have \
                explosive consequences for exports. The labour court called both sides to a conciliation hearing \
                on Thursday and warned that minimum services must be kept. Negotiations resume on Friday, with \
                overtime and salaries on the table.""");
        assertReadsAs(a, "labour");
    }

    @Test
    void aDebatesHostagesAndBombsAreFiguresButAMurderIsNot() {
        String debate = """
                The opposition launched a blistering attack on the finance minister after a leaked memo warned \
                that the government's tax package would miss its revenue targets.

                The opposition spokesperson used question time to accuse him of holding the public hostage to \
                fantasy numbers. "I'm not going to be bombed into changing course by an old draft," the minister \
                told parliament, insisting the budget targets were achievable.

                A coalition partner threatened to withhold its vote on the tax bill unless the figures are \
                published, and the opposition said it would table a motion on the budget in the next debate. \
                Voters will judge the policy at the polls, the minister said.""";
        ThreatAssessment figures = assess("Opposition targets minister as memo fuels attack on budget", debate);
        assertReadsAs(figures, "politics");
        // a murder is no figure: a speech on candidates after one stays the security world's
        ThreatAssessment murder = assess("Opposition targets minister as memo fuels attack on budget",
                debate.replace("holding the public hostage to fantasy numbers",
                        "failing the candidate who was murdered last week"));
        assertThat(murder.rules()).noneSatisfy(r -> assertThat(r).startsWith("reads as politics"));
    }

    @Test
    void aPoliticalExplosionIsAFigureToo() {
        ThreatAssessment a = assess("The chancellor's budget is a political own goal", """
                There is a kind of political explosion that does more damage to the person lighting the fuse than \
                to the opposition. The chancellor's surprise tax raid on pensions this week was exactly that.

                The government has made itself hostage to its own promises. Having vowed during the election \
                campaign not to raise taxes, it now argues that pensioners are fair game, while half its own \
                backbenchers represent constituencies full of retired voters. The budget vote next month will test \
                the coalition, and the opposition will table a motion on the policy.""");
        assertThat(a.kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void threeFiguresInADebateAreStillFigures() {
        ThreatAssessment a = assess("Opposition launches all-out attack on budget, threatens to topple cabinet", """
                The main opposition party launched a blistering attack on the government's draft budget, calling it \
                a time bomb under the economy and threatening a censure motion in parliament.

                The opposition leader accused the governing coalition of holding pensioners hostage to pay for the \
                state. The finance minister said the opposition's numbers would blow the deficit target, and \
                analysts warned the row could become explosive if a coalition partner defected before the vote.""");
        assertThat(a.kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void aDerbyReportDenseWithExplosionsIsStillSport() {
        // the strong cues are many ("detonated", "massacre", "hostage", "exploded"), the sport words only half as
        // many again: a report that borrows the words this densely is still a match report
        ThreatAssessment a = assess("Rovers' blitz detonates the derby as City's defence is blown apart", """
                It was not a derby, it was a massacre. Rovers bombarded City from the first whistle and took a 4-1 \
                win that left the visitors' title hopes in the rubble.

                Their winger fired a missile into the top corner after eleven minutes, and City's midfield was held \
                hostage by the pressing for the rest of the half.

                A substitute detonated the stands with a third goal, and a penalty in stoppage time completed the \
                rout. "Tonight the plan exploded in the best way," the coach said.

                City's keeper was left to survey the wreckage: "We were shot down by our own mistakes." The result \
                lifts Rovers two points clear at the top of the league, and City have conceded nine goals in three \
                away matches.""");
        assertReadsAs(a, "sport");
    }

    @Test
    void fiveFiguresInADebateAreStillFigures() {
        ThreatAssessment a = assess("The budget war has taken the whole country hostage", """
                The Treasurer lobbed a grenade into the Senate with a package of cuts the crossbench would never \
                accept, and the Opposition went straight for the kill in parliament.

                Independent senators are now held hostage to a negotiation in which every concession is a \
                surrender. This week's leaked cabinet memo blew up in the Treasurer's face, and the opposition \
                leader called the budget a political explosion waiting to happen.

                Both parties say the vote will go ahead before the election, and the minister will table the bill \
                on Tuesday.""");
        assertReadsAs(a, "politics");
    }

    @Test
    void aSenateDebatesTimeBombsAndExplosionsAreFigures() {
        ThreatAssessment a = assess("Senators trade fire over 'time bomb' subsidy plan", """
                Opposition senators warned that the plan to scrap the subsidy would detonate in rural communities, \
                and one called it a time bomb planted under the rural economy that holds farmers hostage to lenders.

                The Senate leader replied that the subsidy had been a bomb that exploded years ago, and accused the \
                opposition of an ambush on the bill. The vote was referred to a committee, which analysts said \
                defused a political explosion that could have split the ruling party before the election. The \
                finance minister said the budget would go to a vote in parliament next week, and the coalition's \
                whips began counting the votes of the opposition lawmakers.""");
        assertReadsAs(a, "politics");
    }

    @Test
    void aCameraLaunchThatBorrowsTheWordsIsTechnology() {
        ThreatAssessment a = assess("Halden launches the K-7 Falcon, a camera built to strike first", """
                Halden Imaging today unveiled the K-7 Falcon, an explosive new flagship mirrorless camera for sports \
                and wildlife photographers who need to shoot fast and hit every target.

                Its 45-megapixel sensor fires bursts of 50 frames a second, and the autofocus locks on to birds and \
                athletes and stays on target when the action turns chaotic. "The Falcon attacks the moment," said a \
                product manager. "It is a weapon for photographers who get one chance."

                The body is sealed against rain and described as bomb-proof; the shutter is rated for 500,000 frames. \
                A 100-400mm lens follows in August, and the camera goes on sale in June.""");
        assertReadsAs(a, "technology");
    }

    @Test
    void aSecurityVendorsWebinarIsTechnology() {
        ThreatAssessment a = assess("Live webinar: the threat landscape, and how to shrink your attack surface "
                + "before attackers find it", """
                Attackers are not breaking in any more: they are logging in. In 2025, identity-based attacks were \
                behind most of the breaches our incident response team investigated. Join our threat intelligence experts \
                for a session on where attackers are targeting organisations now, and see a live demo of the new \
                release.

                Who should attend: CISOs, security architects and SOC managers. Our speakers include a guest CISO \
                from a retailer. All registrants will receive the on-demand recording, and attendees earn a \
                training credit. Start a free trial of the SaaS edition or contact sales. Register now: seats are \
                limited for this webinar on zero trust.""");
        assertReadsAs(a, "technology");
    }

    @Test
    void aMarathonWonByAnAttackOnTheHillsIsSport() {
        ThreatAssessment a = assess("Adhiambo's ruthless attack on the hills blows the Riverside field apart", """
                The plan, she said afterwards, was simple: wait, and then strike.

                Grace Adhiambo sat in the lead pack for 30 kilometres before launching a brutal attack on the hills \
                that nobody could answer, and ran down the final avenue to win the Riverside Marathon in a course \
                record. "I had one target today, and it was the tape," she said.

                The defending champion faded to fifth. "She killed the race," she admitted. "I had no ammunition left." \
                In the men's race an outsider fired a killer sprint to snipe victory by three seconds, as thousands of \
                runners crossed the finish line behind them.""");
        assertReadsAs(a, "sport");
    }

    @Test
    void aChessGameWonByAKingsideAttackIsSport() {
        ThreatAssessment a = assess("Teenager's kingside attack topples top seed in Northport", """
                Fifteen-year-old Anna Lind sacrificed a knight and then a rook to checkmate the top seed in 31 moves \
                at the Northport Open on Friday, an assassination of the Sicilian that commentators called brutal.

                "My attack came first," said Lind, who needs one more point for a grandmaster norm. "The threat of \
                mate was too strong." Her opponent, a grandmaster rated 200 points higher, resigned after declining \
                the rook. Interest in the chess tournament, with a prize fund of 40,000 euros, has exploded.""");
        assertReadsAs(a, "sport");
    }

    @Test
    void aNavalExerciseWithAMockAssaultIsNoAttack() {
        ThreatAssessment a = assess("Northland and Southland navies end joint drills with live-fire display", """
                PORT ARDEN, Egypt -- Egyptian and Southland naval forces concluded a ten-day joint exercise in the Red \
                Sea on Thursday with a live-fire demonstration in which frigates fired surface-to-air missiles at \
                target drones and special forces carried out a mock assault on a "hostile" vessel, the defence \
                ministries said.

                The exercise involved about 20 warships, submarines and helicopters, as well as marine and commando \
                units. It is the fifth edition of the drills.

                Footage showed a corvette engaging an aerial target, and naval commandos rappelling from a helicopter \
                onto the deck of a cargo ship playing the role of a captured vessel. "The exercise aims to raise \
                combat readiness and secure vital sea lanes," the navy commander told reporters.

                The drills come after Houthi rebels in Yemen attacked more than 100 merchant ships with missiles and \
                drones, killing several seafarers and sinking two vessels. Observers from six countries watched the \
                manoeuvres.""");
        assertReadsAs(a, "exercises");
    }

    @Test
    void aHealthCampaignsTimeBombIsMedicine() {
        ThreatAssessment a = assess("'A time bomb in every home': Northland doctors sound alarm on blood pressure", """
                One adult in three in Northland has high blood pressure, the national society of cardiology warned on \
                Monday as it launched a screening campaign in pharmacies.

                "Hypertension is a time bomb," its president said. "It gives no warning, and then it strikes: a heart \
                attack, a stroke, kidney failure." The campaign targets men over 40. Physicians urged patients to take \
                their medication, cut salt and watch their cholesterol, since diabetes and obesity raise the risk.""");
        assertReadsAs(a, "medicine");
    }
}
