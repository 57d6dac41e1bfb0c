package dev.alertdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TextFingerprintTest {

    private static final String WIRE = "Port officials in Averly said on Tuesday that the Red Lantern Front had "
            + "threatened to attack the ferry terminal before the harbour festival. Police closed the north pier "
            + "and asked travellers to keep away from the terminal until further notice. A spokesman said the "
            + "warning was specific and that the group was believed to have the means to carry it out.";

    @Test
    void syndicatedCopyWithOtherPageFurnitureIsNearDuplicate() {
        String copy = "Share this story | Subscribe\n" + WIRE.replace("Tuesday", "Tuesday,") + "\nRead more: weather";
        double similarity = TextFingerprint.of(WIRE).similarity(TextFingerprint.of(copy));
        assertThat(similarity).isGreaterThan(0.6);
    }

    @Test
    void differentTextsAreNotSimilar() {
        String other = "The city council approved a new budget for road repairs and school lunches on Monday, "
                + "after a long debate about the cost of the tram extension and parking fees downtown.";
        assertThat(TextFingerprint.of(WIRE).similarity(TextFingerprint.of(other))).isLessThan(0.1);
    }

    @Test
    void identicalTextIsFullySimilarAndCaseAndPunctuationDoNotMatter() {
        assertThat(TextFingerprint.of(WIRE).similarity(TextFingerprint.of(WIRE.toUpperCase().replace(",", ""))))
                .isEqualTo(1.0);
    }

    @Test
    void encodingRoundTripsAndStaysUnder400Bytes() {
        TextFingerprint fingerprint = TextFingerprint.of(WIRE);
        String encoded = fingerprint.encode();
        assertThat(encoded).startsWith("m2:").hasSize(174);
        assertThat(encoded.getBytes(StandardCharsets.UTF_8).length).isLessThan(400);
        assertThat(TextFingerprint.decode(encoded)).isEqualTo(fingerprint);
        assertThat(TextFingerprint.decode(encoded).similarity(fingerprint)).isEqualTo(1.0);
    }

    @Test
    void theFirst32BitFormatReadsAsTheSameFingerprint() {
        TextFingerprint fingerprint = TextFingerprint.of(WIRE);
        ByteBuffer shorts = ByteBuffer.wrap(
                Base64.getUrlDecoder().decode(fingerprint.encode().substring(3)));
        ByteBuffer ints = ByteBuffer.allocate(TextFingerprint.SIZE * Integer.BYTES);
        for (int i = 0; i < TextFingerprint.SIZE; i++) {
            ints.putInt(0x5A5A0000 | (shorts.getShort() & 0xFFFF)); // high bits the old format kept, now ignored
        }
        String old = "m1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(ints.array());

        assertThat(TextFingerprint.decode(old)).isEqualTo(fingerprint);
    }

    @Test
    void emptyTextIsSimilarToNothingAndRoundTrips() {
        TextFingerprint empty = TextFingerprint.of("  -- ");
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.similarity(empty)).isZero();
        assertThat(TextFingerprint.decode(empty.encode()).isEmpty()).isTrue();
    }

    @Test
    void shortTextStillMatchesItself() {
        assertThat(TextFingerprint.of("Bomb threat").similarity(TextFingerprint.of("bomb THREAT!"))).isEqualTo(1.0);
    }

    @Test
    void decodeRejectsGarbage() {
        assertThatThrownBy(() -> TextFingerprint.decode("x1:abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextFingerprint.decode("m1:AAAA")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameTextSharesEveryBandKey() {
        assertThat(TextFingerprint.of(WIRE).bandKeys()).containsExactly(TextFingerprint.of(WIRE).bandKeys());
        assertThat(TextFingerprint.of(WIRE).bandKeys()).hasSize(TextFingerprint.BANDS);
    }
}
