package dev.alertdigest.digest;

/** An article the grouper neither added to a story nor made a story of, and why. */
public record SkippedArticle(String articleId, Reason reason) {

    public enum Reason {
        /** A story already holds it: the batch was retried or the article uploaded twice. */
        ALREADY_GROUPED,
        /** Kind OTHER at BACKGROUND: not about a threat, so it neither starts nor joins a story. */
        NOT_A_THREAT,
        /** It declares a threat over, but no open story matches it. */
        ALL_CLEAR_WITHOUT_STORY
    }
}
