package dev.alertdigest.digest;

/**
 * The immediate alert for one story that reached the flash tier, sent outside the digest schedule.
 *
 * @param subject email subject, under 100 characters, one line
 * @param body    plain text
 * @param sms     one message of at most 160 GSM-7 septets, pure GSM-7
 */
public record FlashAlert(String storyId, String subject, String body, String sms) {
}
