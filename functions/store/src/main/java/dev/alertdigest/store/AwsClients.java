package dev.alertdigest.store;

import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * SDK clients as a Lambda function builds them, once per container: the URL-connection HTTP client (no
 * Netty or Apache client to load), credentials and region straight from the Lambda environment (no
 * provider chain to walk). Each method is only called by a function that uses that service, so a
 * function's jar carries just the service modules it declares.
 */
public final class AwsClients {

    private AwsClients() {
    }

    private static Region region() {
        String region = System.getenv("AWS_REGION");
        if (region == null || region.isBlank()) {
            throw new IllegalStateException("AWS_REGION is not set: Lambda sets it; set it when running elsewhere");
        }
        return Region.of(region);
    }

    public static S3Client s3() {
        return S3Client.builder()
                .region(region())
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public static DynamoDbClient dynamoDb() {
        return DynamoDbClient.builder()
                .region(region())
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public static SnsClient sns() {
        return SnsClient.builder()
                .region(region())
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
