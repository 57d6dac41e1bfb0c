package dev.alertdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DigestWindowTest {

    private static final Instant START = Instant.parse("2026-03-02T06:00:00Z");
    private static final Instant END = Instant.parse("2026-03-02T18:30:00Z");

    @Test
    void idIsDerivedFromStartAndEnd() {
        DigestWindow window = DigestWindow.of(START, END);
        assertThat(window.id()).isEqualTo("20260302T060000Z-20260302T183000Z");
        assertThat(DigestWindow.of(START, END)).isEqualTo(window);
    }

    @Test
    void containsItsStartButNotItsEnd() {
        DigestWindow window = DigestWindow.of(START, END);
        assertThat(window.contains(START)).isTrue();
        assertThat(window.contains(END.minusNanos(1))).isTrue();
        assertThat(window.contains(END)).isFalse();
        assertThat(window.contains(START.minusSeconds(1))).isFalse();
    }

    @Test
    void rejectsEmptyWindowsAndForeignIds() {
        assertThatThrownBy(() -> DigestWindow.of(END, START)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DigestWindow.of(START, START)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DigestWindow(START, END, "daily")).isInstanceOf(IllegalArgumentException.class);
    }
}
