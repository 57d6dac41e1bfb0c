package dev.alertdigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small readers behind the article's fields: dates, datelines, bylines, headlines, chrome lines. */
class FieldParsingTest {

    @Test
    void publicationDatesBecomeIsoDates() {
        assertThat(PublicationDate.parse("2021-08-25T10:15:00-04:00")).isEqualTo("2021-08-25");
        assertThat(PublicationDate.parse("Aug. 25, 2021")).isEqualTo("2021-08-25");
        assertThat(PublicationDate.parse("25 August 2021")).isEqualTo("2021-08-25");
        assertThat(PublicationDate.parse("Wed, 25 Aug 2021 10:00:00 GMT")).isEqualTo("2021-08-25");
        assertThat(PublicationDate.parse("20210825")).isEqualTo("2021-08-25");
        assertThat(PublicationDate.parse("2021-02-30")).isNull();
        assertThat(PublicationDate.parse("yesterday")).isNull();
        assertThat(PublicationDate.fromUrl("https://news.example/2019/04/16/story")).isEqualTo("2019-04-16");
        assertThat(PublicationDate.fromUrl("https://news.example/story-2019")).isNull();
    }

    @Test
    void datelinesNamePlaceAndOutlet() {
        assertThat(Dateline.find("Kabul (Washington Insider Magazine) -U.S. officials are concerned"))
                .isEqualTo(new Dateline("Kabul", "Washington Insider Magazine", null));
        assertThat(Dateline.find("WASHINGTON (Reuters) - The Pentagon said")).isEqualTo(new Dateline("Washington", "Reuters", null));
        assertThat(Dateline.find("NEW YORK, Aug 25 (AP) — Police said")).isEqualTo(new Dateline("New York", "AP", null));
        assertThat(Dateline.find("LONDON — Police closed the station")).isEqualTo(new Dateline("London", null, null));
        assertThat(Dateline.find("WENDELSTADT, Germany (dpa) — Police said")).isEqualTo(
                new Dateline("Wendelstadt, Germany", "dpa", null));
        assertThat(Dateline.find("Paris (and) - more")).isNull();
        Dateline pti = Dateline.find("JAMMU, Aug 12 (PTI) Security has been stepped up");
        assertThat(pti.place()).isEqualTo("Jammu");
        assertThat(pti.source()).isEqualTo("PTI");
        assertThat(Dateline.find("Pune, Feb 6 (IANS) Police said").place()).isEqualTo("Pune");
        assertThat(Dateline.find("Paris (France) is a city")).isNull();
        assertThat(Dateline.find("However - the police said nothing")).isNull();
        assertThat(Dateline.find("ATTENTION: comments are moderated")).isNull();
        assertThat(Dateline.find("The minister (who spoke to reporters) - said little")).isNull();
    }

    @Test
    void bylinesLoseTheirCreditWords() {
        assertThat(Byline.clean("By Jane Doe | Aug 25, 2021")).isEqualTo("Jane Doe");
        assertThat(Byline.clean("Written by: John Roe")).isEqualTo("John Roe");
        assertThat(Byline.clean("https://example.com/authors/jane")).isNull();
        assertThat(Byline.clean("By")).isNull();
        assertThat(Byline.clean("Maria &amp; Katerina")).isEqualTo("Maria & Katerina");
        assertThat(Byline.join(List.of("Ann Lee", "Bo Chan", "Cy Diaz"))).isEqualTo("Ann Lee, Bo Chan and Cy Diaz");
    }

    @Test
    void headlinesLoseTheSiteName() {
        assertThat(Headline.withoutSiteName("Storm closes port | Harbour Times", null)).isEqualTo("Storm closes port");
        assertThat(Headline.withoutSiteName("Harbour Times - Storm closes port for the second day running", "Harbour Times"))
                .isEqualTo("Storm closes port for the second day running");
        assertThat(Headline.withoutSiteName("Harbour Times", "Harbour Times")).isNull();
        assertThat(Headline.withoutSiteName("Police warn of “credible threat” to stadium – officials", null))
                .isEqualTo("Police warn of “credible threat” to stadium – officials");
        assertThat(Headline.withoutSiteName("Storm closes port - harbourtimes.com", null))
                .isEqualTo("Storm closes port");
        assertThat(Headline.choose(List.of("Storm closes port"), List.of("Storm closes port | Harbour Times"), null))
                .isEqualTo("Storm closes port");
    }

    @Test
    void theSitesLogoHeadingIsNotTheHeadline() {
        assertThat(Headline.choose(List.of("Harbour Times", "Storm closes port"), List.of("Storm closes port | Harbour Times"),
                "Harbour Times")).isEqualTo("Storm closes port");
        assertThat(Headline.choose(List.of("Mara's Notebook", "Choosing a web framework"),
                Arrays.asList("Choosing a web framework", null, null, "Choosing a web framework - Mara's Notebook"), null))
                .isEqualTo("Choosing a web framework");
    }

    @Test
    void aHeadingPrintedWithTheSiteNameIsTheHeadlineWithout() {
        assertThat(Headline.choose(List.of("Storm closes port – Harbour Times"),
                List.of("Storm closes port – Harbour Times - Harbour Times"), "Harbour Times")).isEqualTo("Storm closes port");
        assertThat(Headline.repeats("Storm closes port – Harbour Times", "Storm closes port", "Harbour Times")).isTrue();
        assertThat(Headline.repeats("Storm closes port", "Storm closes port", null)).isTrue();
        assertThat(Headline.repeats("Why the port closed", "Storm closes port", "Harbour Times")).isFalse();
    }

    @Test
    void chromeLinesMatchOnlyWhole() {
        assertThat(JunkLine.matches("Hi, what are you looking for?")).isTrue();
        assertThat(JunkLine.matches("READ MORE")).isTrue();
        assertThat(JunkLine.matches("We use cookies to improve your experience. By continuing, you agree to our Cookie "
                + "Policy. Accept")).isTrue();
        assertThat(JunkLine.matches("Cookie settings: We and our partners use cookies. Manage preferences")).isTrue();
        assertThat(JunkLine.matches("The bakery sold 4,000 cookies on Saturday, its owner said.")).isFalse();
        assertThat(JunkLine.matches("Read more about the attack in our earlier report.")).isFalse();
        assertThat(JunkLine.matches("Table of Contents")).isTrue();
        assertThat(JunkLine.matches("In this article:")).isTrue();
        assertThat(JunkLine.matches("The table of contents of the report was leaked.")).isFalse();
        assertThat(JunkLine.matches("Advert")).isTrue();
        // menus and breadcrumbs: three or more short items between separators, however long the line
        assertThat(JunkLine.matches("Home | Netherlands | World | Politics | Business | Sport | Opinion | Podcasts"))
                .isTrue();
        assertThat(JunkLine.matches("Home › World › Africa")).isTrue();
        assertThat(JunkLine.matches("Kabul attack | Live updates")).isFalse();
        assertThat(JunkLine.matches("Blasts hit Kabul airport as crowds wait | World | News")).isFalse();
        assertThat(JunkLine.matches("This slideshow requires JavaScript.")).isTrue();
        assertThat(JunkLine.matches("7 min read")).isTrue();
        assertThat(JunkLine.matches("3 days ago")).isTrue();
        assertThat(JunkLine.matches("The attack happened 3 days ago.")).isFalse();
    }

    @Test
    void classNamesAreReadAsWords() {
        assertThat(ElementRole.fromNames("article-comments")).isEqualTo(ElementRole.BOILERPLATE);
        assertThat(ElementRole.fromNames("share-bar")).isEqualTo(ElementRole.BOILERPLATE);
        assertThat(ElementRole.fromNames("content has-sidebar")).isEqualTo(ElementRole.ARTICLE_HINT);
        assertThat(ElementRole.fromNames("entry-content")).isEqualTo(ElementRole.ARTICLE_HINT);
        assertThat(ElementRole.fromNames("sr-only")).isEqualTo(ElementRole.BOILERPLATE);
        assertThat(ElementRole.fromNames("layout grid")).isEqualTo(ElementRole.NEUTRAL);
        assertThat(ElementRole.fromNames("site-header")).isEqualTo(ElementRole.BOILERPLATE);
        assertThat(ElementRole.fromNames("accordion-header")).isEqualTo(ElementRole.NEUTRAL);
        assertThat(ElementRole.fromNames("tab-pane social-links")).isEqualTo(ElementRole.NEUTRAL);
    }
}
