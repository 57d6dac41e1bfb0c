package dev.alertdigest.store;

import java.util.List;
import java.util.Map;

/**
 * One SNS message in the three forms subscribers get (SNS picks by protocol with MessageStructure=json),
 * plus the attributes subscription filter policies match on.
 *
 * @param subject       the email subject, under 100 characters
 * @param text          the default body (any protocol without its own form)
 * @param email         the plain-text email body
 * @param sms           one GSM-7 message of at most 160 characters
 * @param numbers       Number attributes (tierLevel, score)
 * @param strings       String attributes (type, kind, tier)
 * @param stringArrays  String.Array attributes (actors, places)
 */
public record AlertMessage(String subject, String text, String email, String sms, Map<String, Long> numbers,
                           Map<String, String> strings, Map<String, List<String>> stringArrays) {
    public AlertMessage {
        if (subject.length() >= 100) {
            throw new IllegalArgumentException("SNS email subjects must be under 100 characters: " + subject);
        }
        numbers = Map.copyOf(numbers);
        strings = Map.copyOf(strings);
        stringArrays = Map.copyOf(stringArrays);
    }
}
