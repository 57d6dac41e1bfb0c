package dev.alertdigest.extract;

/**
 * One run of text a reader sees as a unit: a paragraph, heading, list item, quote or table cell.
 *
 * @param text      the visible text, whitespace collapsed
 * @param linkChars how many of its characters are inside links (navigation is mostly links)
 * @param kind      what HTML made it
 * @param markDepth depth (in the block-element stack) of the innermost furniture element around it, or -1
 */
record TextBlock(String text, int linkChars, Kind kind, int markDepth) {

    enum Kind { TITLE, HEADING, PARAGRAPH, LIST_ITEM, QUOTE, PREFORMATTED, ROW }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    /** Ends like a sentence; short blocks that do are prose, short blocks that do not are usually labels. */
    boolean endsSentence() {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == '…' || last == ':'
                || last == '。' || last == ')';
    }
}
