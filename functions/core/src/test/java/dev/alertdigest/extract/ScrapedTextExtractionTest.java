package dev.alertdigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alertdigest.article.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Scraped page text: the two seeds of the product (read from the shared directory) and a fictional page. */
class ScrapedTextExtractionTest {

    private static final Path SEEDS = Path.of(System.getProperty("alertdigest.shared", "../../../shared"), "corpus/seeds");

    /** The article the extractor takes from {@code text} uploaded as the file {@code name}. */
    private static Article scraped(String text, String name) throws RejectedInputException {
        return new ArticleExtractor().extract(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), name);
    }

    private static Article seed(String name) throws IOException, RejectedInputException {
        return new ArticleExtractor().extract(Files.readAllBytes(SEEDS.resolve(name)), name);
    }

    @Test
    void seedZeroKeepsTheArticleAndReadsItsDateline() throws Exception {
        Article article = seed("000_922f6c582b33c752.txt");
        assertThat(article.title()).isEqualTo("US concerned over ‘very specific threat’ from ISIS-K against civilians outside Kabul airport");
        assertThat(article.source()).isEqualTo("Washington Insider Magazine");
        assertThat(article.dateline()).isEqualTo("Kabul");
        assertThat(article.paragraphs().get(0)).startsWith("Kabul (Washington Insider Magazine) -U.S. officials are concerned");
        assertThat(article.paragraphs().get(article.paragraphs().size() - 1))
                .startsWith("He also added that a strike could boost").endsWith("main base for a global caliphate.");
        assertThat(article.paragraphs()).hasSize(13);
        assertThat(article.text()).doesNotContain("Connect with us", "Hi, what are you looking for?", "Security & Defense",
                "Transatlantic Today", "You May Also Like", "Society", "Capitol Hill Politics", "Sed ut perspiciatis",
                "Is watching bestiality illegal");
    }

    @Test
    void seedOneKeepsSubheadingsAndDropsTheCaptionAndCredit() throws Exception {
        Article article = seed("001_c888c2d213108913.txt");
        assertThat(article.title()).isEqualTo("ISIS Khorasan Targeting Kabul Airport? US Assessing Security Threat");
        assertThat(article.paragraphs().get(0)).startsWith("As the ISIS security threat is emerging at Kabul's international airport");
        assertThat(article.paragraphs().get(article.paragraphs().size() - 1))
                .startsWith("Various media reports say").endsWith("entered Kabul over the weekend.");
        assertThat(article.paragraphs()).contains("What is ISIS-K?", "What About Other Terrorist Groups?",
                "Biden Mentioned ISIS-K During His Remarks on Friday",
                "The US Embassy in Afghanistan Advised Citizens to Avoid Traveling to the Kabul Airport");
        assertThat(article.paragraphs()).doesNotContain("Kabul Airport", "Twitter", "READ MORE");
        assertThat(article.text()).doesNotContain("READ MORE", "\nTwitter\n");
        assertThat(article.dateline()).isNull();
    }

    @Test
    void fictionalPageFollowsTheSameRules() throws Exception {
        Article article;
        try (InputStream in = getClass().getResourceAsStream("/extract/scraped-article.txt")) {
            article = new ArticleExtractor().extract(in.readAllBytes(), "scraped-article.txt");
        }
        assertThat(article.title()).isEqualTo("Flood defences breached in river town, thousands evacuated");
        assertThat(article.byline()).isEqualTo("Petra Holm");
        assertThat(article.published()).isEqualTo("2024-03-03");
        assertThat(article.dateline()).isEqualTo("Merrow");
        assertThat(article.source()).isEqualTo("Valley Ledger");
        assertThat(article.paragraphs()).containsExactly(
                "Merrow (Valley Ledger) - Emergency crews evacuated more than four thousand residents of Merrow on Sunday"
                        + " after the river broke through two sections of the town's flood wall.",
                "The regional fire service said the water rose faster than forecast after three days of heavy rain upstream.",
                "How the wall failed",
                "Engineers said the older section of the wall, built in 1962, gave way first. A second breach followed about"
                        + " an hour later near the railway station.",
                "Residents were told to stay with relatives or at the sports hall on the hill until the water recedes.");
    }

    @Test
    void repeatedTitleSuffixNamesTheOutletWhenThereIsNoDateline() throws Exception {
        String text = "News\n\nPower cut hits the northern district\n\nPower cut hits the northern district | Metro Wire\n\n"
                + "About twelve thousand homes lost power on Friday evening after a substation fire, the utility said.\n";
        Article article = scraped(text, "t.txt");
        assertThat(article.title()).isEqualTo("Power cut hits the northern district");
        assertThat(article.source()).isEqualTo("Metro Wire");
        assertThat(article.dateline()).isNull();
        assertThat(article.paragraphs()).hasSize(1);
    }

    @Test
    void aHeadlineEndingInAQuotationIsTheTitleNotProse() throws Exception {
        String text = "Opposition attacks immigration bill as \"cruel and unworkable\"\n\n"
                + "LONDON (Reuters) - Opposition lawmakers attacked the bill on Tuesday, calling it \"cruel.\"\n\n"
                + "The minister said the bill would pass, and that critics had misread it.\n";
        Article article = scraped(text, "q.txt");
        assertThat(article.title()).isEqualTo("Opposition attacks immigration bill as \"cruel and unworkable\"");
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void aMenuFieldOrBannerLineIsNoHeadlineHoweverManyWordsItHas() throws Exception {
        for (String menu : java.util.List.of("Home | World | Politics | Business | Sport | Opinion | Culture | Podcasts",
                "[Home] [News] [World] [Business] [Sport] [Culture]   Search   Subscribe",
                "Platform ▾   Solutions ▾   Resources ▾   Partners   Pricing",
                "Location: Cabo Delgado Province, Mozambique, including the N380 road and three districts",
                "Posted Mar 14, 6:42 PM EDT | Last updated Mar 14, 9:15 PM EDT",
                "An official website of the United States government",
                "Summary | Safety and security | Terrorism | Local laws and customs | Entry requirements | Health")) {
            String text = menu + "\n\nSecurity tightened at embassy after threat\n\n"
                    + "Security around the embassy was tightened on Wednesday after officials received a threat, the "
                    + "ministry said.\n";
            Article article = scraped(text, "m.txt");
            assertThat(article.title()).as(menu).isEqualTo("Security tightened at embassy after threat");
        }
        // a headline of two or three parts is no menu, however short they are
        String twoParts = "Kabul airport threat | Live updates\n\nSecurity was tightened on Wednesday after officials "
                + "received a threat, the ministry said.\n";
        assertThat(new ArticleExtractor().extract(twoParts.getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.txt")
                .title()).isEqualTo("Kabul airport threat | Live updates");
    }

    @Test
    void aPressReleasesDatedHeaderLineIsNoHeadline() throws Exception {
        String text = "Police reinforce protection of Riverside sawmill after group threatens sabotage\n\n"
                + "Riverside Police – Press Office – Press release (translation) – Port Amber, Tuesday 16 December 2025\n\n"
                + "The police inform the public that security measures have been reinforced at the Riverside sawmill "
                + "after a radical group threatened to sabotage it.\n";
        Article article = scraped(text, "p.txt");
        assertThat(article.title()).isEqualTo("Police reinforce protection of Riverside sawmill after group threatens sabotage");
        // a headline of three parts without a date is still a headline
        String parts = "Kabul airport threat – US warns citizens – live updates\n\n"
                + "Security was tightened on Wednesday after officials received a threat, the ministry said.\n";
        assertThat(new ArticleExtractor().extract(parts.getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.txt")
                .title()).isEqualTo("Kabul airport threat – US warns citizens – live updates");
    }

    @Test
    void theLineThePageTitleRepeatsIsTheHeadlineOverAWordierLine() throws Exception {
        String text = "Power cut hits the northern district | Metro Wire\n\n"
                + "Menu: news, sport, weather, traffic, jobs, homes, cars, dating, puzzles, obituaries, notices\n\n"
                + "Power cut hits the northern district\n\n"
                + "About twelve thousand homes lost power on Friday evening after a substation fire, the utility said.\n";
        Article article = scraped(text, "r.txt");
        assertThat(article.title()).isEqualTo("Power cut hits the northern district");
        assertThat(article.source()).isEqualTo("Metro Wire");
    }

    @Test
    void theDashesBetweenALetterheadsPartsAreNoWords() throws Exception {
        // of two lines of eight words, the first is the headline, though the other has ten tokens with its dashes
        String dashes = "Police warn of online threats against hospital staff\n\n"
                + "Riverton Police - Press Office - Statement of the day\n\n"
                + "The police are aware of messages on a fringe forum that encourage violence against staff of the "
                + "city's two hospitals.\n";
        assertThat(scraped(dashes, "dashes.txt").title()).isEqualTo("Police warn of online threats against hospital staff");
    }

    @Test
    void aBulletinsTwoWordTitleIsTheHeadlineWhenNoWordierLineStandsAboveTheBody() throws Exception {
        String text = "Worldwide Caution\n\n"
                + "Office of the Spokesperson, Department of State - Issued December 7, 2026\n\n"
                + "The Department is issuing this caution to remind citizens that terrorist groups continue to plot"
                + " attacks against travellers abroad.\n";
        Article article = scraped(text, "caution.txt");
        assertThat(article.title()).isEqualTo("Worldwide Caution");
        assertThat(article.published()).isEqualTo("2026-12-07");
    }

    @Test
    void aTwoWordLineIsNoHeadlineBesideAWordierOne() throws Exception {
        String text = "Kabul Airport\n\n"
                + "Officials assess a threat to the airport\n\n"
                + "Officials said on Friday they were assessing reports of a threat to crowds outside the airport.\n";
        Article article = scraped(text, "short.txt");
        assertThat(article.title()).isEqualTo("Officials assess a threat to the airport");
    }

    @Test
    void aLineThatIntroducesACommuniquesPointsIsNoHeadline() throws Exception {
        String text = "Army warns of plan to attack police station within 48 hours\n\n"
                + "PRESS COMMUNIQUE No. 112\n\n"
                + "The command of the Eighteenth Brigade informs the public of the department of the following:\n\n"
                + "1. Military intelligence indicates that a rebel front is preparing an attack on the police station"
                + " in the town centre.\n";
        Article article = scraped(text, "communique.txt");
        assertThat(article.title()).isEqualTo("Army warns of plan to attack police station within 48 hours");
    }
}
