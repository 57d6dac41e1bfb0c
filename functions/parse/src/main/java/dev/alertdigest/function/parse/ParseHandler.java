package dev.alertdigest.function.parse;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import dev.alertdigest.article.Article;
import dev.alertdigest.article.ContentHash;
import dev.alertdigest.extract.ArticleExtractor;
import dev.alertdigest.extract.RejectedInputException;
import dev.alertdigest.store.ArticleBucket;
import dev.alertdigest.store.AwsClients;
import dev.alertdigest.store.BucketLayout;
import dev.alertdigest.store.ParsedArticle;
import dev.alertdigest.store.Rejection;
import dev.alertdigest.store.StructuredLog;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3 ObjectCreated under incoming/ → the article, as JSON under parsed/&lt;sha256&gt;.json, or a rejection
 * record under rejected/. The output key is the content hash, so a replayed event or the same file uploaded
 * twice yields one parsed article. Transient AWS errors throw, so Lambda retries the event.
 *
 * <p>Environment: {@code MAX_UPLOAD_BYTES} (default 10 MiB), the largest upload accepted, compressed or not.
 */
public final class ParseHandler implements RequestHandler<S3Event, Void> {

    private final S3Client s3;
    private final ArticleExtractor extractor;

    /** Lambda's constructor: clients built once per container. */
    public ParseHandler() {
        this(AwsClients.s3(), maxUploadBytes(System.getenv("MAX_UPLOAD_BYTES")));
    }

    public ParseHandler(S3Client s3, int maxUploadBytes) {
        this.s3 = s3;
        this.extractor = new ArticleExtractor(maxUploadBytes);
    }

    public static int maxUploadBytes(String configured) {
        if (configured == null || configured.isBlank()) {
            return ArticleExtractor.DEFAULT_MAX_BYTES;
        }
        try {
            return Integer.parseInt(configured.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("MAX_UPLOAD_BYTES must be a whole number of bytes, got '" + configured + "'", e);
        }
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        StructuredLog log = new StructuredLog(context);
        for (S3EventNotificationRecord record : event.getRecords()) {
            String key = record.getS3().getObject().getUrlDecodedKey();
            String bucket = record.getS3().getBucket().getName();
            Long size = record.getS3().getObject().getSizeAsLong();
            parse(new ArticleBucket(s3, bucket), key, size == null ? 0 : size, log);
        }
        return null;
    }

    private void parse(ArticleBucket bucket, String key, long size, StructuredLog log) {
        if (!key.startsWith(BucketLayout.INCOMING)) {
            log.warn("ignored: not an upload").with("key", key).log();
            return;
        }
        if (size > extractor.maxBytes()) {
            reject(bucket, key, size, "TOO_LARGE", "the upload is " + size + " bytes, over the limit of "
                    + extractor.maxBytes() + " bytes (MAX_UPLOAD_BYTES): split or trim it and upload again", log);
            return;
        }
        Optional<byte[]> content = bucket.readUpload(key, extractor.maxBytes());
        if (content.isEmpty()) {
            reject(bucket, key, size, "GONE", "the upload was deleted before it could be parsed", log);
            return;
        }
        byte[] bytes = content.get();
        Article article;
        try {
            article = extractor.extract(bytes, key);
        } catch (RejectedInputException e) {
            reject(bucket, key, bytes.length, e.reason().name(), e.getMessage(), log);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            // a defect on this input: the same bytes would fail on every retry, so record it instead
            reject(bucket, key, bytes.length, "EXTRACTION_FAILED", "the extractor failed on this file ("
                    + e.getClass().getSimpleName() + "); report it with the file attached", log);
            return;
        }
        String articleId = ContentHash.sha256Hex(bytes);
        bucket.writeParsed(new ParsedArticle(articleId, key, article));
        log.info("parsed").with("key", key).with("articleId", articleId)
                .with("bytes", bytes.length).with("chars", article.text().length()).log();
    }

    private static void reject(ArticleBucket bucket, String key, long size, String reason, String message, StructuredLog log) {
        bucket.writeRejection(new Rejection(key, "parse", reason, message, size, Instant.now()));
        log.warn("rejected").with("key", key).with("reason", reason).with("bytes", size).log();
    }
}
