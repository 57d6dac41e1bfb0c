package dev.alertdigest.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A team's subscription to the alert topic: a name, the protocol SNS would deliver with (email or sms), and
 * the SNS filter policy on message attributes. Subscriptions files are JSON arrays of these.
 */
public record Subscription(String name, String protocol, JsonNode filterPolicy) {

    public Subscription {
        if (name == null || !name.matches("[A-Za-z0-9_-]{1,60}")) {
            throw new IllegalArgumentException("a subscription name must be 1-60 letters, digits, - or _: " + name);
        }
        if (!protocol.equals("email") && !protocol.equals("sms")) {
            throw new IllegalArgumentException("subscription " + name + ": protocol must be email or sms, not " + protocol);
        }
    }

    public static List<Subscription> read(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        if (root == null || !root.isArray()) {
            throw new IOException("a subscriptions file is a JSON array of {name, protocol, filterPolicy}");
        }
        List<Subscription> subscriptions = new ArrayList<>();
        for (JsonNode node : root) {
            subscriptions.add(new Subscription(node.path("name").asText(null), node.path("protocol").asText(""),
                    node.get("filterPolicy")));
        }
        return subscriptions;
    }

    /** The subscriptions that ship: analysts' email for ELEVATED and above, the on-call phone for IMMINENT. */
    public static List<Subscription> defaults() {
        try (InputStream in = Subscription.class.getResourceAsStream("/subscriptions.json")) {
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled subscriptions.json is unreadable", e);
        }
    }
}
