package dev.alertdigest.local;

import java.net.SocketException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * S3, DynamoDB, SNS and SQS on loopback, all real emulators over real HTTP: s3proxy and DynamoDB Local in
 * this JVM, fauxqs as a child Node process. Tests and the command line's local stack run on this.
 */
public final class LocalAws implements AutoCloseable {

    public static final String ACCESS_KEY = "test";
    public static final String SECRET_KEY = "test";
    public static final Region REGION = Region.US_EAST_1;
    public static final String ACCOUNT_ID = "000000000000";

    private final S3ProxyServer s3;
    private final DynamoDbLocalServer dynamoDb;
    private final FauxqsProcess fauxqs;
    private final List<AutoCloseable> clients = new ArrayList<>();

    private LocalAws(S3ProxyServer s3, DynamoDbLocalServer dynamoDb, FauxqsProcess fauxqs) {
        this.s3 = s3;
        this.dynamoDb = dynamoDb;
        this.fauxqs = fauxqs;
    }

    /** Starts all three emulators (in parallel: together they take about a second). */
    public static LocalAws start() {
        return start(null);
    }

    /** @param s3Directory where S3 objects are kept, or null for memory */
    public static LocalAws start(Path s3Directory) {
        CompletableFuture<FauxqsProcess> fauxqs = CompletableFuture.supplyAsync(FauxqsProcess::start);
        CompletableFuture<DynamoDbLocalServer> dynamo = CompletableFuture.supplyAsync(DynamoDbLocalServer::start);
        S3ProxyServer s3 = S3ProxyServer.start(s3Directory);
        try {
            return new LocalAws(s3, dynamo.join(), fauxqs.join());
        } catch (RuntimeException e) {
            closeQuietly(s3);
            fauxqs.thenAccept(LocalAws::closeQuietly);
            dynamo.thenAccept(LocalAws::closeQuietly);
            throw e;
        }
    }

    public URI s3Endpoint() {
        return s3.endpoint();
    }

    public URI dynamoDbEndpoint() {
        return dynamoDb.endpoint();
    }

    /** fauxqs serves SNS and SQS on one endpoint. */
    public URI snsEndpoint() {
        return fauxqs.endpoint();
    }

    public URI sqsEndpoint() {
        return fauxqs.endpoint();
    }

    /**
     * The S3 client for s3proxy. Two settings keep it reliable there: no "Expect: 100-continue" (with the
     * URL-connection client, a PUT right after a zero-byte PUT sometimes reads a connection s3proxy already
     * closed, aws/aws-sdk-java-v2#6670), and a retry when a request still meets such a socket.
     */
    public S3Client s3() {
        return track(S3Client.builder()
                .endpointOverride(s3Endpoint())
                .forcePathStyle(true)
                .region(REGION)
                .credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o
                        .addExecutionInterceptor(new ExecutionInterceptor() {
                            @Override
                            public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context,
                                                                    ExecutionAttributes attributes) {
                                return context.httpRequest().toBuilder().removeHeader("Expect").build();
                            }
                        })
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .retryOnExceptionOrCauseInstanceOf(SocketException.class)
                                .maxAttempts(5)
                                .build()))
                .build());
    }

    public DynamoDbClient dynamoDb() {
        return track(DynamoDbClient.builder()
                .endpointOverride(dynamoDbEndpoint())
                .region(REGION)
                .credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build());
    }

    public SnsClient sns() {
        return track(SnsClient.builder()
                .endpointOverride(snsEndpoint())
                .region(REGION)
                .credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build());
    }

    public SqsClient sqs() {
        return track(SqsClient.builder()
                .endpointOverride(sqsEndpoint())
                .region(REGION)
                .credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build());
    }

    public static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    private synchronized <T extends AutoCloseable> T track(T client) {
        clients.add(client);
        return client;
    }

    @Override
    public void close() {
        synchronized (this) {
            clients.forEach(LocalAws::closeQuietly);
            clients.clear();
        }
        closeQuietly(fauxqs);
        closeQuietly(dynamoDb);
        closeQuietly(s3);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // shutting down: nothing useful to do with a failure to stop an emulator
        }
    }
}
