package dev.alertdigest.stack;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Lambda's Java runtime, as much of it as {@link FunctionJarsTest} needs, run as the main class of a JVM of its own.
 * Its class path holds this class, aws-lambda-java-core and aws-lambda-java-serialization (what the runtime brings)
 * and then one function jar: the function's classes can come from nowhere else, which is why this class uses
 * nothing of the project. Like the runtime, it builds the handler with its no-arg constructor, reads the event
 * type off {@code RequestHandler<I, O>}, turns the event JSON into that type with Lambda's own serializers and
 * invokes the handler once. The result goes to stdout after {@value #RESULT}, logs to stderr; a failure exits
 * non-zero with its stack trace.
 *
 * <p>Usage: {@code LambdaRuntimeDriver HANDLER_CLASS EVENT_JSON_FILE}
 */
final class LambdaRuntimeDriver {

    static final String RESULT = "RESULT ";

    private LambdaRuntimeDriver() {
    }

    public static void main(String[] args) throws Exception {
        ClassLoader loader = LambdaRuntimeDriver.class.getClassLoader();
        Class<?> handlerClass = Class.forName(args[0], true, loader);
        @SuppressWarnings("unchecked")
        RequestHandler<Object, Object> handler = (RequestHandler<Object, Object>) handlerClass.getConstructor().newInstance();
        @SuppressWarnings("unchecked")
        PojoSerializer<Object> serializer = (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(eventType(handlerClass), loader);
        Object event;
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            event = serializer.fromJson(in);
        }
        Object result = handler.handleRequest(event, context(handlerClass.getSimpleName()));
        System.out.println(RESULT + result);
    }

    /** I of the handler's {@code RequestHandler<I, O>}: what the runtime deserializes the event into. */
    private static Class<?> eventType(Class<?> handlerClass) {
        for (Type type : handlerClass.getGenericInterfaces()) {
            if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == RequestHandler.class) {
                return (Class<?>) parameterized.getActualTypeArguments()[0];
            }
        }
        throw new IllegalArgumentException(handlerClass + " does not implement RequestHandler<I, O> directly");
    }

    private static Context context(String functionName) {
        String requestId = UUID.randomUUID().toString();
        long deadline = System.currentTimeMillis() + 30_000;
        LambdaLogger logger = new LambdaLogger() {
            @Override
            public void log(String message) {
                System.err.println(message);
            }

            @Override
            public void log(byte[] message) {
                System.err.println(new String(message, StandardCharsets.UTF_8));
            }
        };
        return new Context() {
            @Override
            public String getAwsRequestId() {
                return requestId;
            }

            @Override
            public String getLogGroupName() {
                return "/aws/lambda/" + functionName;
            }

            @Override
            public String getLogStreamName() {
                return "function-jar-test";
            }

            @Override
            public String getFunctionName() {
                return functionName;
            }

            @Override
            public String getFunctionVersion() {
                return "$LATEST";
            }

            @Override
            public String getInvokedFunctionArn() {
                return "arn:aws:lambda:us-east-1:000000000000:function:" + functionName;
            }

            @Override
            public CognitoIdentity getIdentity() {
                return null;
            }

            @Override
            public ClientContext getClientContext() {
                return null;
            }

            @Override
            public int getRemainingTimeInMillis() {
                return (int) Math.max(0, deadline - System.currentTimeMillis());
            }

            @Override
            public int getMemoryLimitInMB() {
                return 1024;
            }

            @Override
            public LambdaLogger getLogger() {
                return logger;
            }
        };
    }
}
