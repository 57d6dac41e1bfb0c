package dev.alertdigest.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The bucket's objects as the functions see them: uploads to read, parsed articles and rejections to write.
 * SDK exceptions other than a missing object propagate: they are transient, and Lambda's retry is the remedy.
 */
public final class ArticleBucket {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final S3Client s3;
    private final String bucket;

    public ArticleBucket(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    public String name() {
        return bucket;
    }

    /**
     * The object's bytes, at most {@code maxBytes + 1} of them (a range read, so a huge object never fills
     * the function's memory: one byte over the limit is enough to know it is too large), or empty when the
     * object no longer exists.
     */
    public Optional<byte[]> readUpload(String key, long maxBytes) {
        try {
            return Optional.of(s3.getObjectAsBytes(GetObjectRequest.builder()
                    .bucket(bucket).key(key).range("bytes=0-" + maxBytes).build()).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 416) {
                return Optional.of(new byte[0]); // S3 answers a range read of an empty object with 416
            }
            throw e;
        }
    }

    public void writeParsed(ParsedArticle parsed) {
        putJson(BucketLayout.parsedKey(parsed.articleId()), parsed.toJson());
    }

    /** The parsed article under {@code key}, or empty when it no longer exists. */
    public Optional<ParsedArticle> readParsed(String key) {
        try {
            byte[] bytes = s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(key).build()).asByteArray();
            return Optional.of(ParsedArticle.fromJson(MAPPER.readTree(bytes)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalArgumentException("parsed object " + key + " is not JSON: " + e.getMessage(), e);
        }
    }

    public void writeRejection(Rejection rejection) {
        putJson(BucketLayout.rejectedKey(rejection.objectKey()), rejection.toJson());
    }

    public Optional<Rejection> readRejection(String objectKey) {
        try {
            byte[] bytes = s3.getObjectAsBytes(GetObjectRequest.builder()
                    .bucket(bucket).key(BucketLayout.rejectedKey(objectKey)).build()).asByteArray();
            JsonNode node = MAPPER.readTree(bytes);
            return Optional.of(Rejection.fromJson(node));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("rejection record for " + objectKey + " is not JSON", e);
        }
    }

    private void putJson(String key, ObjectNode json) {
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType("application/json").build(),
                RequestBody.fromBytes(json.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
