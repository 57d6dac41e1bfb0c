package dev.alertdigest.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.sns.model.CreateTopicRequest;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.SubscribeRequest;
import software.amazon.awssdk.services.sqs.model.CreateQueueRequest;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;

class LocalAwsTest {

    static LocalAws aws;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void s3RoundTripsAnObjectOverHttp() {
        var s3 = aws.s3();
        s3.createBucket(b -> b.bucket("probe"));
        s3.putObject(p -> p.bucket("probe").key("incoming/a b.txt"), RequestBody.fromString("hello"));
        assertThat(s3.getObjectAsBytes(g -> g.bucket("probe").key("incoming/a b.txt")).asUtf8String()).isEqualTo("hello");
        assertThat(aws.s3Endpoint().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void dynamoDbLocalAnswers() {
        assertThat(aws.dynamoDb().listTables(ListTablesRequest.builder().build()).tableNames()).isNotNull();
    }

    @Test
    void snsFansOutToASubscribedQueue() {
        var sns = aws.sns();
        var sqs = aws.sqs();
        String topicArn = sns.createTopic(CreateTopicRequest.builder().name("probe-topic").build()).topicArn();
        String queueUrl = sqs.createQueue(CreateQueueRequest.builder().queueName("probe-queue").build()).queueUrl();
        String queueArn = sqs.getQueueAttributes(a -> a.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        sns.subscribe(SubscribeRequest.builder().topicArn(topicArn).protocol("sqs").endpoint(queueArn).build());
        sns.publish(PublishRequest.builder().topicArn(topicArn).message("ping").build());
        var messages = sqs.receiveMessage(ReceiveMessageRequest.builder().queueUrl(queueUrl).waitTimeSeconds(2).build()).messages();
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).body()).contains("ping");
    }

    @Test
    void s3EventJsonDeserialisesLikeLambdaDeliversIt() {
        String json = S3EventNotifications.objectCreated("us-east-1", "bucket", "incoming/a b+c.html", 12, "\"abc\"", Instant.EPOCH);
        S3Event event = LambdaEvents.s3Event(json);
        var entity = event.getRecords().get(0).getS3();
        assertThat(entity.getObject().getKey()).isEqualTo("incoming/a+b%2Bc.html");
        assertThat(entity.getObject().getUrlDecodedKey()).isEqualTo("incoming/a b+c.html");
        assertThat(entity.getBucket().getName()).isEqualTo("bucket");
        assertThat(entity.getObject().getSizeAsLong()).isEqualTo(12L);
    }
}
