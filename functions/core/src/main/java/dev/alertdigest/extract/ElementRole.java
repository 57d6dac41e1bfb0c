package dev.alertdigest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an HTML element is to the article, judged from its tag, ARIA role, class and id alone
 * (no text yet): skipped entirely, page furniture (navigation, share bars, comments ...), a hint that
 * it holds the article, or nothing in particular. Class names are split into words ("article-comments"
 * gives "article" and "comments") so the rules read as vocabulary, not as per-site selectors.
 */
enum ElementRole {
    /** Never text a reader sees as the article: scripts, styles, form controls, media players. */
    SKIP,
    /** Furniture around the article; its text counts against any container that holds it. */
    BOILERPLATE,
    /** Names itself as the article or its body (schema.org articleBody, "entry-content", &lt;article&gt;). */
    ARTICLE_HINT,
    NEUTRAL;

    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "figcaption", "audio",
            "video", "head", "dialog", "link", "meta", "math", "map");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "menu", "form");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo",
            "dialog", "menu", "menubar", "search", "alert", "toolbar");
    /**
     * Words that name page furniture whatever else the class says. Not "hidden": utility CSS writes
     * "hidden md:block" for what desktops show, and CMSs write "label-hidden" on visible fields. Not "skip", "jump"
     * or "toc" either: they name the targets of a table of contents ("jump-section", "toc-para", id "toc_overview")
     * as often as the links to them, and skip links and tables of contents are link lists, which cost their length
     * anyway.
     */
    private static final Set<String> FURNITURE_WORDS = Set.of("comment", "comments", "commentlist", "share", "sharing",
            "sharebar", "social", "socials", "related", "relatedposts", "recommended", "recommendations", "newsletter",
            "subscribe", "subscription", "cookie", "cookies", "consent", "gdpr", "promo", "promotion", "advert",
            "advertisement", "advertising", "ad", "ads", "adslot", "adunit", "sponsor", "sponsored", "outbrain",
            "taboola", "disqus", "breadcrumb", "breadcrumbs", "popup", "modal", "overlay", "signup",
            "byline", "author", "authors", "bio", "dateline", "timestamp", "meta", "metadata", "tags", "tagcloud",
            "caption", "credit", "credits", "copyright", "disclaimer", "pagination", "pager", "trending", "popular",
            "toolbar", "print", "footer", "masthead", "login", "paywall", "follow", "rating", "reactions",
            "readmore", "more", "also", "teaser", "teasers", "newsletters", "sidebar",
            "menu", "nav", "navbar", "navigation", "banner", "header", "sronly", "visuallyhidden",
            "offscreen", "screenreader", "screenreadertext", "screenreaderonly");
    /** Furniture words that also occur in layout wrappers around the article ("content has-sidebar"). */
    private static final Set<String> WEAK_FURNITURE_WORDS = Set.of("sidebar", "menu", "nav",
            "navbar", "navigation", "banner", "more", "also", "print");
    /** Words that say the element is laid out next to furniture, not furniture itself. */
    private static final Set<String> LAYOUT_MODIFIERS = Set.of("has", "no", "with", "without", "show", "open", "is");
    private static final Set<String> ARTICLE_WORDS = Set.of("article", "articlebody", "content", "body", "story",
            "storybody", "entry", "entrycontent", "post", "postbody", "postcontent", "text", "main", "prose", "richtext");

    /** Names of accordion and tab widgets, which fold the article's own text. */
    private static final Pattern DISCLOSURE_WIDGET = Pattern.compile("accordion|collaps|tab-?pane|tabpanel");
    /** Names of containers whose hidden content is a folded part of the article. */
    private static final Pattern COLLAPSED_PANEL = Pattern.compile("accordion|collaps|tab-?pane|tabpanel|faq|expand|spoiler");

    /**
     * @param namesSeen roles of class-and-id strings already classified on this page (templates repeat them
     *                  thousands of times, and splitting them into words is the costly part)
     */
    static ElementRole of(Element element, Map<String, ElementRole> namesSeen) {
        String tag = element.normalName();
        if (SKIPPED_TAGS.contains(tag)) {
            return SKIP;
        }
        if (isHidden(element) && !isCollapsedContent(element)) {
            // Furniture, not skipped: streaming renderers park the real content in hidden containers until scripts
            // move it, so a hidden container still wins when the visible page holds nothing better.
            return BOILERPLATE;
        }
        if (tag.equals("body") || tag.equals("html")) {
            return NEUTRAL;
        }
        String itemprop = element.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) {
            return ARTICLE_HINT;
        }
        if (FURNITURE_TAGS.contains(tag)) {
            return BOILERPLATE;
        }
        String role = element.attr("role");
        if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return BOILERPLATE;
        }
        String names = element.attr("class") + " " + element.id();
        ElementRole byName = names.length() == 1 ? NEUTRAL : namesSeen.computeIfAbsent(names, ElementRole::fromNames);
        if (byName == BOILERPLATE && (tag.equals("article") || tag.equals("main"))) {
            // Blog engines put topic classes ("tag-security") on the article element itself.
            return ARTICLE_HINT;
        }
        if (byName == NEUTRAL && (tag.equals("article") || tag.equals("main"))) {
            return ARTICLE_HINT;
        }
        return byName;
    }

    /**
     * Accordions and tabs hide part of the article until the reader opens it; their hidden panels are content,
     * unlike hidden menus and pop-ups.
     */
    private static boolean isCollapsedContent(Element element) {
        String names = (element.className() + " " + element.id() + " "
                + (element.parent() == null ? "" : element.parent().className())).toLowerCase(Locale.ROOT);
        return COLLAPSED_PANEL.matcher(names).find();
    }

    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden")) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    /**
     * Furniture words that are unambiguous even inside a longer word, as in camel-case or run-together class
     * names ("newsCaption", "relatedarticles", "commentsection").
     */
    private static final List<String> FURNITURE_STEMS = List.of("caption", "comment", "related", "newsletter", "cookie",
            "advert", "sponsor", "outbrain", "taboola", "breadcrumb", "subscribe", "social", "byline", "share");

    /**
     * Classifies class and id words; furniture wins over article words unless only weakly so, or unless the names
     * say the element is part of an accordion or tabs ("kt-accordion-wrap kt-pane-header-alignment-left",
     * "accordion-header"): those widgets fold the article's own text, and their header is a question or a section
     * title, not the page header.
     */
    static ElementRole fromNames(String names) {
        ElementRole role = fromWords(names);
        if (role == BOILERPLATE && DISCLOSURE_WIDGET.matcher(names.toLowerCase(Locale.ROOT)).find()) {
            return NEUTRAL;
        }
        return role;
    }

    private static ElementRole fromWords(String names) {
        if (names.isBlank()) {
            return NEUTRAL;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        for (String stem : FURNITURE_STEMS) {
            if (lower.contains(stem)) {
                return BOILERPLATE;
            }
        }
        boolean furniture = false;
        boolean weakOnly = true;
        boolean article = false;
        boolean layout = false;
        for (String className : names.toLowerCase(Locale.ROOT).split(" ")) {
            if (className.isEmpty()) {
                continue;
            }
            // Whole-name forms catch "sr-only" and "visually-hidden" that the word split breaks apart.
            StringBuilder joined = new StringBuilder(className.length());
            int wordStart = -1;
            for (int i = 0; i <= className.length(); i++) {
                char c = i < className.length() ? className.charAt(i) : ' ';
                boolean wordChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
                if (wordChar) {
                    joined.append(c);
                    if (wordStart < 0) {
                        wordStart = i;
                    }
                } else if (wordStart >= 0) {
                    String word = className.substring(wordStart, i);
                    wordStart = -1;
                    if (FURNITURE_WORDS.contains(word)) {
                        furniture = true;
                        weakOnly &= WEAK_FURNITURE_WORDS.contains(word);
                    } else if (ARTICLE_WORDS.contains(word)) {
                        article = true;
                    } else if (LAYOUT_MODIFIERS.contains(word)) {
                        layout = true;
                    }
                }
            }
            String whole = joined.toString();
            if (FURNITURE_WORDS.contains(whole) && !WEAK_FURNITURE_WORDS.contains(whole)) {
                furniture = true;
                weakOnly = false;
            } else if (ARTICLE_WORDS.contains(whole)) {
                article = true;
            }
        }
        if (furniture && !(weakOnly && (article || layout))) {
            return BOILERPLATE;
        }
        return article ? ARTICLE_HINT : NEUTRAL;
    }
}
