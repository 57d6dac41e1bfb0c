package dev.alertdigest.function.digest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alertdigest.assess.Tier;
import java.util.List;

/** One digest in every form it is published in, plus what subscribers filter on. */
record ComposedDigest(String subject, String email, String sms, ObjectNode json, int storyCount, Tier highestTier,
                      int highestScore, List<String> actors, List<String> places) {
}
