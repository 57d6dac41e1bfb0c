package dev.alertdigest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article body in a page and returns its blocks of text.
 *
 * <p>One walk over the DOM (iterative, so 100k nested elements cannot overflow the stack) cuts the page into
 * {@link TextBlock}s and, at the same time, gives every block-level element a value: the sum of what its blocks
 * are worth. Prose (long, sentence-like, few links) is worth its length; link lists cost their length, short
 * linked labels a third of it, short unlinked labels (table rows, list items) nothing; anything inside page furniture ({@link ElementRole#BOILERPLATE}) costs its full length to every
 * element around that furniture. The article body is the element of highest value: big enough to hold all the
 * prose, small enough to leave out menus, teasers and comments. Its blocks, minus furniture and link lists,
 * are the article.
 */
final class MainContent {

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "tfoot", "thead", "tr", "ul", "menu", "html");
    private static final Set<String> CODE_TAGS = Set.of("pre", "code");
    /** Prose this long is a paragraph whatever its punctuation. */
    private static final int PROSE_LENGTH = 60;
    /** Shorter blocks count as prose only when they end like a sentence. */
    private static final int SHORT_PROSE_LENGTH = 30;
    private static final double LINK_LIST_DENSITY = 0.5;
    /** How much a container that names itself the article (or its body) is preferred. */
    private static final double ARTICLE_HINT_BONUS = 1.15;
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)\\b(subscribe|newsletter|sign up|follow (us|@|him|her|them|me)"
            + "|share (it|this)|your inbox|have a tip|like this (story|article)|email [^.]{1,60}@|join (our|the) [^.]{0,40}"
            + "(forum|community)|support [^.]{1,40} (journalism|work)|all rights reserved)\\b");
    private static final int CALL_TO_ACTION_MAX_LENGTH = 300;
    /** Shorter lines ending in a colon are labels ("Tags:", "Share:"), not sentences introducing a list. */
    private static final int LIST_INTRO_MIN_LENGTH = 20;
    private static final Pattern TEASER_INTRO = Pattern.compile("(?i)also like|more on|related|read more|learn more|see also");
    /** Share of the text after which a teaser heading ends the article. */
    private static final double TAIL_START = 0.5;
    private static final int MAX_TRAILING_CALLS = 3;
    private static final int LINK_TITLE_MAX_LENGTH = 200;
    private static final int TEASER_MIN_TITLES = 3;
    /** Below this much prose per linked title a list is teasers; results are flat from 150 to 300. */
    private static final double TEASER_PROSE_PER_TITLE = 200;
    /** A parent holding this many times the prose of the chosen container is the article (see widen). */
    private static final double WIDEN_PROSE_RATIO = 1.5;
    /** How much less a container inside furniture is worth (a long comment thread is not the article). */
    private static final double INSIDE_FURNITURE_FACTOR = 0.3;
    /** Repeats of blocks this long are copies; shorter ones ("Pros", "Cons", "Step 1") legitimately recur. */
    private static final int REPEAT_MIN_LENGTH = 40;

    private MainContent() {
    }

    /**
     * The article's blocks in reading order.
     *
     * @param body    the page body (or any root)
     * @param isTitle tells whether a heading repeats the headline, which the body then leaves out
     */
    static List<TextBlock> find(Element body, Predicate<String> isTitle) {
        Walker walker = new Walker();
        NodeTraversor.filter(walker, body);
        walker.flush();
        List<TextBlock> blocks = walker.blocks;
        List<TextBlock> article = new ArrayList<>();
        if (walker.best == null) {
            return article;
        }
        Frame best = widen(walker.best);
        boolean[] inTeaserList = teaserBlocks(walker.teaserLists, best);
        Set<String> seen = new HashSet<>();
        boolean introducedList = false;
        for (int i = best.firstBlock; i < best.endBlock; i++) {
            TextBlock block = blocks.get(i);
            if (block.kind() != TextBlock.Kind.LIST_ITEM) {
                introducedList = introducesList(block);
            }
            // A list the article announces in its own words ("Here are the courses Google offers:") is the
            // article's, even when every item is a link.
            boolean linkList = block.linkDensity() > LINK_LIST_DENSITY
                    && !(introducedList && block.kind() == TextBlock.Kind.LIST_ITEM);
            if (block.markDepth() > best.depth || inTeaserList[i - best.firstBlock] || linkList) {
                continue;
            }
            if ((block.kind() == TextBlock.Kind.TITLE || block.kind() == TextBlock.Kind.HEADING) && isTitle.test(block.text())) {
                continue;
            }
            if (JunkLine.matches(block.text()) || isMarkup(block.text())) {
                continue;
            }
            // Responsive templates print some text twice (a desktop and a mobile copy, one hidden by a style sheet
            // we do not read); a paragraph is read once.
            if (block.text().length() >= REPEAT_MIN_LENGTH && !seen.add(block.text())) {
                continue;
            }
            article.add(block);
        }
        return withoutTail(article);
    }

    /** A sentence of the article's own that ends in a colon, unless it announces other stories ("More on this:"). */
    private static boolean introducesList(TextBlock block) {
        String text = block.text();
        return text.length() >= LIST_INTRO_MIN_LENGTH && text.endsWith(":") && block.linkDensity() <= LINK_LIST_DENSITY
                && !TEASER_INTRO.matcher(text).find();
    }

    /**
     * Which blocks of the container lie in a teaser list inside it; a running count over range starts and ends
     * keeps this linear however deeply teaser lists nest.
     */
    private static boolean[] teaserBlocks(List<Frame> teaserLists, Frame container) {
        int size = container.endBlock - container.firstBlock;
        int[] opened = new int[size + 1];
        for (Frame list : teaserLists) {
            if (list.depth > container.depth && list.firstBlock >= container.firstBlock && list.endBlock <= container.endBlock) {
                opened[list.firstBlock - container.firstBlock]++;
                opened[list.endBlock - container.firstBlock]--;
            }
        }
        boolean[] inside = new boolean[size];
        int open = 0;
        for (int i = 0; i < size; i++) {
            open += opened[i];
            inside[i] = open > 0;
        }
        return inside;
    }

    /**
     * Articles end where the outlet's own material starts: a teaser heading ("You May Also Like", "Want more
     * stories like this?") or a call to action ("Subscribe to our newsletter", "Follow us on X", "Have a tip?").
     * A teaser heading is looked for only in the last part of the text, so an early "Related" aside cannot cut
     * the story short.
     */
    private static List<TextBlock> withoutTail(List<TextBlock> blocks) {
        int total = 0;
        for (TextBlock block : blocks) {
            total += block.text().length();
        }
        List<TextBlock> article = blocks;
        int seen = 0;
        for (int i = 1; i < blocks.size(); i++) {
            seen += blocks.get(i - 1).text().length();
            if (seen >= TAIL_START * total && JunkLine.isTeaserHeading(blocks.get(i).text())) {
                article = new ArrayList<>(blocks.subList(0, i));
                break;
            }
        }
        // Calls to action are cut only from the very end: "sign up" or "follow" also occur in the story itself.
        for (int trimmed = 0; trimmed < MAX_TRAILING_CALLS && article.size() > 1; trimmed++) {
            String last = article.get(article.size() - 1).text();
            if (last.length() > CALL_TO_ACTION_MAX_LENGTH || !CALL_TO_ACTION.matcher(last).find()) {
                break;
            }
            article.remove(article.size() - 1);
        }
        return article;
    }

    /**
     * The element of highest value can be one section of a long article whose other sections sit beside link-heavy
     * material (product cards, ranking tables) that costs more than they add. Output leaves link lists and
     * furniture out anyway, so the container widens to the outermost ancestor that holds clearly more prose than
     * the container chosen so far.
     */
    private static Frame widen(Frame best) {
        Frame current = best;
        for (Frame ancestor = current.parent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor.prose >= WIDEN_PROSE_RATIO * current.prose) {
                current = ancestor;
            }
        }
        return current;
    }

    /**
     * A list of other stories: several linked titles, each with at most a line or two of unlinked summary. The
     * summaries read like prose, so without this they would pull the container past the article. Inside an
     * element that names itself the article such a list is the article's own (a listicle, a list of resources).
     */
    private static boolean isTeaserList(Frame frame) {
        return frame.linkTitles >= TEASER_MIN_TITLES && frame.prose < TEASER_PROSE_PER_TITLE * frame.linkTitles
                && !frame.insideArticleHint;
    }

    /** Escaped HTML shown as text (a &lt;noscript&gt; tracking pixel the parser kept as text) is not article text. */
    private static boolean isMarkup(String text) {
        return text.startsWith("<") && text.indexOf('>') > 0 && text.indexOf('=') > 0;
    }

    /** What a block adds to (or takes from) the value of the elements around it. */
    static double worth(TextBlock block) {
        int length = block.text().length();
        double linkDensity = block.linkDensity();
        if (linkDensity > LINK_LIST_DENSITY) {
            return -length;
        }
        if (block.kind() == TextBlock.Kind.HEADING || block.kind() == TextBlock.Kind.TITLE) {
            return 0;
        }
        if (length >= PROSE_LENGTH || (length >= SHORT_PROSE_LENGTH && block.endsSentence())) {
            return length * (1 - linkDensity);
        }
        return block.linkChars() == 0 ? 0 : -0.3 * length;
    }

    /** An open block-level element while the walk is inside it. */
    private static final class Frame {
        final Element element;
        final Frame parent;
        final int depth;
        final ElementRole role;
        final int firstBlock;
        final boolean insideFurniture;
        final boolean insideArticleHint;
        /** What its blocks are worth, furniture inside it counted at minus its length. */
        double value;
        /** The worth of its prose blocks alone, furniture inside it left out. */
        double prose;
        int length;
        /** Short linked blocks inside it: story titles in a teaser list, items of a menu. */
        int linkTitles;
        int endBlock;
        double score;

        Frame(Element element, Frame parent, int depth, ElementRole role, int firstBlock, boolean insideFurniture) {
            this.element = element;
            this.parent = parent;
            this.depth = depth;
            this.role = role;
            this.firstBlock = firstBlock;
            this.insideFurniture = insideFurniture;
            this.insideArticleHint = parent != null && (parent.insideArticleHint || parent.role == ElementRole.ARTICLE_HINT);
        }
    }

    private static final class Walker implements NodeFilter {
        final List<TextBlock> blocks = new ArrayList<>();
        final Map<String, ElementRole> namesSeen = new HashMap<>();
        final List<Frame> frames = new ArrayList<>();
        /** Frames found to be teaser lists (see isTeaserList); their blocks leave any container around them. */
        final List<Frame> teaserLists = new ArrayList<>();
        /** Stack depths of the open furniture frames, innermost last. */
        final List<Integer> furniture = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int linkChars;
        int linkDepth;
        /** How many code elements (pre, code) the walk is inside. */
        int codeDepth;
        Frame best;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                append(textNode.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            ElementRole role = ElementRole.of(element, namesSeen);
            if (role == ElementRole.SKIP) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = element.normalName();
            if (codeDepth > 0 && role == ElementRole.BOILERPLATE) {
                // Inside code, class names are a syntax highlighter's tokens ("hljs-comment", "token tag"), not
                // page furniture.
                role = ElementRole.NEUTRAL;
            }
            if (CODE_TAGS.contains(tag)) {
                codeDepth++;
            }
            if (tag.equals("br")) {
                flush();
            } else if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("img") || tag.equals("td") || tag.equals("th")) {
                // A table row is one block, its cells kept apart by a space; an image between words likewise.
                appendSpace();
            }
            if (BLOCK_TAGS.contains(tag) || role == ElementRole.BOILERPLATE) {
                flush();
                if (role == ElementRole.BOILERPLATE) {
                    furniture.add(frames.size());
                }
                Frame parent = frames.isEmpty() ? null : frames.get(frames.size() - 1);
                frames.add(new Frame(element, parent, frames.size(), role, blocks.size(),
                        furniture.size() > (role == ElementRole.BOILERPLATE ? 1 : 0)));
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            if (element.normalName().equals("a")) {
                linkDepth = Math.max(0, linkDepth - 1);
            } else if (CODE_TAGS.contains(element.normalName())) {
                codeDepth = Math.max(0, codeDepth - 1);
            }
            if (!frames.isEmpty() && frames.get(frames.size() - 1).element == element) {
                flush();
                close(frames.remove(frames.size() - 1));
            }
            return FilterResult.CONTINUE;
        }

        private void close(Frame frame) {
            boolean isFurniture = frame.role == ElementRole.BOILERPLATE;
            if (isFurniture) {
                furniture.remove(furniture.size() - 1);
            } else if (isTeaserList(frame)) {
                // Found furniture by its shape rather than its name: its blocks leave any container around it.
                isFurniture = true;
                teaserLists.add(frame);
            }
            double score = frame.value;
            if (frame.role == ElementRole.ARTICLE_HINT) {
                score *= ARTICLE_HINT_BONUS;
            }
            if (isFurniture || frame.insideFurniture) {
                score *= INSIDE_FURNITURE_FACTOR;
            }
            frame.score = score;
            frame.endBlock = blocks.size();
            if (score > 0 && (best == null || score > best.score)) {
                best = frame;
            }
            if (frame.parent != null) {
                frame.parent.value += isFurniture ? -frame.length : frame.value;
                frame.parent.prose += isFurniture ? 0 : frame.prose;
                frame.parent.length += frame.length;
                frame.parent.linkTitles += isFurniture ? 0 : frame.linkTitles;
            }
        }

        private void append(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0' || Character.isSpaceChar(c)) {
                    appendSpace();
                } else {
                    text.append(c);
                    if (linkDepth > 0) {
                        linkChars++;
                    }
                }
            }
        }

        private void appendSpace() {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
        }

        /** Ends the current block: the walk reached a block boundary. */
        void flush() {
            int end = text.length();
            if (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (end > 0) {
                String content = text.substring(0, end);
                int markDepth = furniture.isEmpty() ? -1 : furniture.get(furniture.size() - 1);
                TextBlock block = new TextBlock(content, Math.min(linkChars, content.length()), kindOfOpenBlock(), markDepth);
                blocks.add(block);
                if (!frames.isEmpty()) {
                    Frame owner = frames.get(frames.size() - 1);
                    if (block.linkDensity() > LINK_LIST_DENSITY && content.length() <= LINK_TITLE_MAX_LENGTH) {
                        owner.linkTitles++;
                    }
                    double worth = worth(block);
                    owner.value += worth;
                    owner.prose += Math.max(0, worth);
                    owner.length += content.length();
                }
            }
            text.setLength(0);
            linkChars = 0;
        }

        private TextBlock.Kind kindOfOpenBlock() {
            if (frames.isEmpty()) {
                return TextBlock.Kind.PARAGRAPH;
            }
            return switch (frames.get(frames.size() - 1).element.normalName()) {
                case "h1" -> TextBlock.Kind.TITLE;
                case "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
                case "li", "dd", "dt" -> TextBlock.Kind.LIST_ITEM;
                case "blockquote" -> TextBlock.Kind.QUOTE;
                case "pre" -> TextBlock.Kind.PREFORMATTED;
                case "tr" -> TextBlock.Kind.ROW;
                default -> TextBlock.Kind.PARAGRAPH;
            };
        }
    }
}
