package dev.alertdigest.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/** The SNS topic digests and flash alerts go to; subscribers filter on the message attributes. */
public final class AlertTopic {

    /** SNS allows at most 10 message attributes; String.Array values are capped to keep policies cheap. */
    private static final int MAX_ARRAY_VALUES = 10;

    private final SnsClient sns;
    private final String topicArn;

    public AlertTopic(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    /** Publishes with MessageStructure=json (default, email, sms bodies); returns the SNS message id. */
    public String publish(AlertMessage message) {
        ObjectNode bodies = JsonNodeFactory.instance.objectNode();
        bodies.put("default", message.text());
        bodies.put("email", message.email());
        bodies.put("email-json", message.email());
        bodies.put("sms", message.sms());
        return sns.publish(PublishRequest.builder()
                .topicArn(topicArn)
                .subject(message.subject())
                .messageStructure("json")
                .message(bodies.toString())
                .messageAttributes(attributes(message))
                .build()).messageId();
    }

    static Map<String, MessageAttributeValue> attributes(AlertMessage message) {
        Map<String, MessageAttributeValue> attributes = new HashMap<>();
        message.numbers().forEach((name, value) -> attributes.put(name,
                MessageAttributeValue.builder().dataType("Number").stringValue(Long.toString(value)).build()));
        message.strings().forEach((name, value) -> attributes.put(name,
                MessageAttributeValue.builder().dataType("String").stringValue(value).build()));
        message.stringArrays().forEach((name, values) -> attributes.put(name,
                MessageAttributeValue.builder().dataType("String.Array").stringValue(jsonArray(values)).build()));
        return attributes;
    }

    private static String jsonArray(List<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.stream().limit(MAX_ARRAY_VALUES).forEach(array::add);
        return array.toString();
    }
}
