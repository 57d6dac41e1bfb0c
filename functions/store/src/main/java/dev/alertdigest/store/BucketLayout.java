package dev.alertdigest.store;

/**
 * Where things live in the bucket. The S3 event filters in template.yaml use these prefixes: parse
 * listens on {@link #INCOMING}, score on {@link #PARSED}; nothing listens on {@link #REJECTED}.
 */
public final class BucketLayout {

    /** Uploaders drop articles here. */
    public static final String INCOMING = "incoming/";
    /** The parse function's output: one JSON article per distinct upload content. */
    public static final String PARSED = "parsed/";
    /** One JSON record per upload that could not become an assessment, with the reason. */
    public static final String REJECTED = "rejected/";

    private BucketLayout() {
    }

    /** Parsed articles are keyed by content hash, so the same content uploaded twice is parsed once. */
    public static String parsedKey(String articleId) {
        return PARSED + articleId + ".json";
    }

    /** Rejections are keyed by the upload's own key, so two bad uploads never overwrite each other. */
    public static String rejectedKey(String objectKey) {
        String name = objectKey.startsWith(INCOMING) ? objectKey.substring(INCOMING.length()) : objectKey;
        return REJECTED + name + ".json";
    }
}
