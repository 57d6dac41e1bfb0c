package dev.alertdigest.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alertdigest.local.LocalAws;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

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

    private final SqsClient sqs;
    private final Map<Subscription, String> queues = new LinkedHashMap<>();
    private final String archiveQueue;

    public Deliveries(LocalAws aws, String topicArn, List<Subscription> subscriptions) {
        this.sqs = aws.sqs();
        SnsClient sns = aws.sns();
        for (Subscription subscription : subscriptions) {
            String queueUrl = subscribe(sns, topicArn, "sub-" + subscription.name(), subscription.filterPolicy());
            queues.put(subscription, queueUrl);
        }
        this.archiveQueue = subscribe(sns, topicArn, "archive", null);
    }

    private String subscribe(SnsClient sns, String topicArn, String queueName, JsonNode filterPolicy) {
        String queueUrl = sqs.createQueue(q -> q.queueName(queueName)).queueUrl();
        String queueArn = sqs.getQueueAttributes(a -> a.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        Map<String, String> attributes = new LinkedHashMap<>();
        if (filterPolicy != null && !filterPolicy.isNull()) {
            attributes.put("FilterPolicy", filterPolicy.toString());
            attributes.put("FilterPolicyScope", "MessageAttributes");
        }
        sns.subscribe(s -> s.topicArn(topicArn).protocol("sqs").endpoint(queueArn).attributes(attributes));
        return queueUrl;
    }

    /** Everything each subscriber received since the last call, subscriber by subscriber. */
    public List<Delivery> drainSubscribers() {
        List<Delivery> deliveries = new ArrayList<>();
        queues.forEach((subscription, queueUrl) -> {
            for (Message message : drain(queueUrl)) {
                deliveries.add(asReceived(subscription.name(), subscription.protocol(), message));
            }
        });
        return deliveries;
    }

    /** Every message published since the last call, unfiltered: each with its default (JSON) body. */
    public List<Delivery> drainArchive() {
        return drain(archiveQueue).stream().map(m -> asReceived("archive", "default", m)).toList();
    }

    private List<Message> drain(String queueUrl) {
        List<Message> all = new ArrayList<>();
        while (true) {
            List<Message> batch = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0)).messages();
            if (batch.isEmpty()) {
                return all;
            }
            for (Message message : batch) {
                sqs.deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            }
            all.addAll(batch);
        }
    }

    private static Delivery asReceived(String subscriber, String protocol, Message message) {
        try {
            JsonNode envelope = MAPPER.readTree(message.body());
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
