package dev.alertdigest.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An SQS queue subscribed to an SNS topic on the local stack: how tests and the local run observe what a
 * subscriber (with its filter policy) would receive, since the emulator delivers no email or SMS.
 */
public final class TopicQueue {

    private final SqsClient sqs;
    private final String queueUrl;

    private TopicQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    /**
     * Creates the queue and subscribes it to the topic.
     *
     * @param filterPolicy an SNS filter policy on message attributes (JSON), or null for every message
     */
    public static TopicQueue subscribe(LocalAws aws, String topicArn, String queueName, String filterPolicy) {
        SqsClient sqs = aws.sqs();
        String queueUrl = sqs.createQueue(q -> q.queueName(queueName)).queueUrl();
        String queueArn = sqs.getQueueAttributes(a -> a.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        Map<String, String> attributes = new LinkedHashMap<>();
        if (filterPolicy != null) {
            attributes.put("FilterPolicy", filterPolicy);
            attributes.put("FilterPolicyScope", "MessageAttributes");
        }
        aws.sns().subscribe(s -> s.topicArn(topicArn).protocol("sqs").endpoint(queueArn).attributes(attributes));
        return new TopicQueue(sqs, queueUrl);
    }

    /** Every message delivered since the last call (SNS envelopes as JSON text), removed from the queue. */
    public List<String> drain() {
        List<String> bodies = new ArrayList<>();
        while (true) {
            List<Message> batch = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0))
                    .messages();
            if (batch.isEmpty()) {
                return bodies;
            }
            for (Message message : batch) {
                sqs.deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
                bodies.add(message.body());
            }
        }
    }
}
