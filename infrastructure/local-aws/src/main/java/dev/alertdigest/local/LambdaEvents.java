package dev.alertdigest.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;

/** Event JSON into the event classes with the serializers Lambda's Java runtime itself uses. */
public final class LambdaEvents {

    private static final ClassLoader LOADER = LambdaEvents.class.getClassLoader();

    private LambdaEvents() {
    }

    public static S3Event s3Event(String json) {
        PojoSerializer<S3Event> serializer = LambdaEventSerializers.serializerFor(S3Event.class, LOADER);
        return serializer.fromJson(json);
    }

    public static ScheduledEvent scheduledEvent(String json) {
        PojoSerializer<ScheduledEvent> serializer = LambdaEventSerializers.serializerFor(ScheduledEvent.class, LOADER);
        return serializer.fromJson(json);
    }
}
