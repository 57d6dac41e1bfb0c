package dev.alertdigest.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * S3 event notifications as S3 delivers them to Lambda (no emulator here emits them): the same JSON,
 * including the URL-encoded key ("+" for space) that handlers must decode.
 */
public final class S3EventNotifications {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AtomicLong SEQUENCER = new AtomicLong(0x0A1B2C3D4E5FL);

    private S3EventNotifications() {
    }

    /** One ObjectCreated:Put record, as the JSON string Lambda's runtime hands to the handler. */
    public static String objectCreated(String region, String bucket, String key, long size, String eTag, Instant time) {
        ObjectNode event = MAPPER.createObjectNode();
        ArrayNode records = event.putArray("Records");
        ObjectNode record = records.addObject();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", region);
        record.put("eventTime", time.toString());
        record.put("eventName", "ObjectCreated:Put");
        record.putObject("userIdentity").put("principalId", "AWS:AIDAALERTDIGESTLOCAL");
        record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        ObjectNode response = record.putObject("responseElements");
        response.put("x-amz-request-id", HexFormat.of().toHexDigits(SEQUENCER.get()).toUpperCase());
        response.put("x-amz-id-2", "alertdigest/local/" + SEQUENCER.get());
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", "alertdigest-local");
        ObjectNode bucketNode = s3.putObject("bucket");
        bucketNode.put("name", bucket);
        bucketNode.putObject("ownerIdentity").put("principalId", "A3ALERTDIGESTLOCAL");
        bucketNode.put("arn", "arn:aws:s3:::" + bucket);
        ObjectNode object = s3.putObject("object");
        object.put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"));
        object.put("size", size);
        object.put("eTag", eTag == null ? "" : eTag.replace("\"", ""));
        object.put("sequencer", Long.toHexString(SEQUENCER.getAndIncrement()).toUpperCase());
        return event.toString();
    }

    /** An EventBridge scheduled event, as a schedule rule delivers it to Lambda. */
    public static String scheduled(String region, String ruleName, Instant time) {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("version", "0");
        event.put("id", java.util.UUID.nameUUIDFromBytes((ruleName + time).getBytes(StandardCharsets.UTF_8)).toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", LocalAws.ACCOUNT_ID);
        event.put("time", time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        event.put("region", region);
        event.putArray("resources").add("arn:aws:events:" + region + ":" + LocalAws.ACCOUNT_ID + ":rule/" + ruleName);
        event.putObject("detail");
        return event.toString();
    }
}
