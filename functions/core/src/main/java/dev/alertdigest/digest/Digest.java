package dev.alertdigest.digest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alertdigest.assess.Tier;

/**
 * One composed digest, ready to publish.
 *
 * @param subject     email subject, under 100 characters, one line
 * @param emailBody   plain text
 * @param sms         one message of at most 160 GSM-7 septets, pure GSM-7
 * @param json        the machine-readable digest (a copy is handed out: the record stays immutable)
 * @param highestTier the highest tier among the listed stories, or null when there is none
 * @param storyCount  open stories in the digest (listed or not), threats over not counted
 * @param closedCount stories reported over in this window
 */
public record Digest(String subject, String emailBody, String sms, ObjectNode json, Tier highestTier,
                     int storyCount, int closedCount) {

    public Digest {
        json = json.deepCopy();
    }

    @Override
    public ObjectNode json() {
        return json.deepCopy();
    }

    /** Nothing to say: no open story and no threat over in the window. */
    public boolean isEmpty() {
        return storyCount == 0 && closedCount == 0;
    }
}
