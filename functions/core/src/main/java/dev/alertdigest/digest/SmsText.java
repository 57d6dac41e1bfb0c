package dev.alertdigest.digest;

import dev.alertdigest.text.Gsm7;

/**
 * One SMS of at most 160 GSM-7 septets whose fixed parts (tier and score first, "+N more" last) survive and
 * whose middle is cut to fit: a long headline must never push the tier out of the message.
 */
final class SmsText {

    /** Below this many septets for the middle the fixed parts are not worth keeping whole. */
    private static final int MIN_MIDDLE = 20;

    private SmsText() {
    }

    static String of(String head, String middle, String tail) {
        String fixedHead = Gsm7.normalise(head);
        String fixedTail = tail.isEmpty() ? "" : " " + Gsm7.normalise(tail);
        int budget = Gsm7.SINGLE_MESSAGE - Gsm7.septets(fixedHead) - Gsm7.septets(fixedTail) - 1;
        String sms = budget >= MIN_MIDDLE
                ? fixedHead + " " + Gsm7.fit(middle, budget) + fixedTail
                : Gsm7.fit(head + " " + middle + fixedTail, Gsm7.SINGLE_MESSAGE);
        sms = Gsm7.normalise(sms);
        // normalise again: an empty middle leaves a double space; fit guarantees the length either way
        return Gsm7.fitsOneMessage(sms) ? sms : Gsm7.fit(sms, Gsm7.SINGLE_MESSAGE);
    }
}
