package dev.alertdigest.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alertdigest.local.LocalAws;
import dev.alertdigest.local.TopicQueue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stands in for email and SMS endpoints: each subscription gets an SQS queue subscribed to the topic with its
 * filter policy (so the SNS emulator decides who receives what), and each received message is turned into
 * what that protocol's subscriber would read: SNS picks the protocol's body from a MessageStructure=json
 * message, which this emulator leaves to the subscriber.
 */
public final class Deliveries {

    /** One message as a subscriber receives it. */
    public record Delivery(String subscriber, String protocol, String type, String subject, String body,
                           Map<String, String> forms) {
        /** The body a subscriber of {@code protocol} would get (SNS's choice for MessageStructure=json). */
        public String formFor(String protocol) {
            return forms.getOrDefault(protocol, body);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<Subscription, TopicQueue> queues = new LinkedHashMap<>();
    private final TopicQueue archiveQueue;

    public Deliveries(LocalAws aws, String topicArn, List<Subscription> subscriptions) {
        for (Subscription subscription : subscriptions) {
            JsonNode policy = subscription.filterPolicy();
            queues.put(subscription, TopicQueue.subscribe(aws, topicArn, "sub-" + subscription.name(),
                    policy == null || policy.isNull() ? null : policy.toString()));
        }
        this.archiveQueue = TopicQueue.subscribe(aws, topicArn, "archive", null);
    }

    /** Everything each subscriber received since the last call, subscriber by subscriber. */
    public List<Delivery> drainSubscribers() {
        List<Delivery> deliveries = new ArrayList<>();
        queues.forEach((subscription, queue) -> {
            for (String message : queue.drain()) {
                deliveries.add(asReceived(subscription.name(), subscription.protocol(), message));
            }
        });
        return deliveries;
    }

    /** Every message published since the last call, unfiltered: each with its default (JSON) body. */
    public List<Delivery> drainArchive() {
        return archiveQueue.drain().stream().map(m -> asReceived("archive", "default", m)).toList();
    }

    private static Delivery asReceived(String subscriber, String protocol, String message) {
        try {
            JsonNode envelope = MAPPER.readTree(message);
            String type = envelope.path("MessageAttributes").path("type").path("Value").asText("");
            String subject = envelope.path("Subject").asText("");
            String raw = envelope.path("Message").asText();
            Map<String, String> forms = new LinkedHashMap<>();
            JsonNode structured = raw.startsWith("{") ? MAPPER.readTree(raw) : null;
            if (structured != null && structured.has("default")) {
                structured.fields().forEachRemaining(f -> forms.put(f.getKey(), f.getValue().asText()));
            } else {
                forms.put("default", raw);
            }
            String body = forms.getOrDefault(protocol, forms.get("default"));
            return new Delivery(subscriber, protocol, type, subject, body, forms);
        } catch (IOException e) {
            throw new UncheckedIOException("an SNS delivery to " + subscriber + " is not an SNS envelope", e);
        }
    }

}
