package dev.alertdigest.store;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One JSON object per log line, with the function, the request id and the object key, so CloudWatch
 * Logs Insights can filter on them. Only identifiers and figures go in: never article text or phone numbers.
 */
public final class StructuredLog {

    private final LambdaLogger logger;
    private final String function;
    private final String requestId;

    public StructuredLog(Context context) {
        this.logger = context.getLogger();
        this.function = context.getFunctionName();
        this.requestId = context.getAwsRequestId();
    }

    /** Starts an entry; add fields with {@link Entry#with} and finish with {@link Entry#log()}. */
    public Entry info(String message) {
        return new Entry("INFO", message);
    }

    public Entry warn(String message) {
        return new Entry("WARN", message);
    }

    public Entry error(String message) {
        return new Entry("ERROR", message);
    }

    public final class Entry {
        private final ObjectNode node = JsonNodeFactory.instance.objectNode();

        private Entry(String level, String message) {
            node.put("level", level);
            node.put("message", message);
            node.put("function", function);
            node.put("requestId", requestId);
        }

        public Entry with(String field, String value) {
            node.put(field, value);
            return this;
        }

        public Entry with(String field, long value) {
            node.put(field, value);
            return this;
        }

        /** Each phase's milliseconds as a field of its own (readMs, saveMs, ...). */
        public Entry with(PhaseTimes times) {
            times.addTo(this);
            return this;
        }

        public void log() {
            logger.log(node.toString() + "\n");
        }
    }
}
