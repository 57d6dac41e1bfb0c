package dev.alertdigest.digest;

import java.util.Arrays;
import java.util.Locale;

/** Near-duplicate signature of a text. (Interim: the digest domain work replaces this.) */
public record TextFingerprint(int[] minHashes) {
    private static final int SIZE = 32;

    public static TextFingerprint of(String text) {
        int[] mins = new int[SIZE];
        Arrays.fill(mins, Integer.MAX_VALUE);
        String[] words = text.toLowerCase(Locale.ROOT).split("\\W+");
        for (int i = 0; i + 2 < words.length; i++) {
            int h = (words[i] + " " + words[i + 1] + " " + words[i + 2]).hashCode();
            for (int k = 0; k < SIZE; k++) {
                int v = (h ^ (k * 0x9E3779B9)) * 0x85EBCA6B;
                v ^= v >>> 13;
                mins[k] = Math.min(mins[k], v);
            }
        }
        return new TextFingerprint(mins);
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets: the share of equal minimum hashes. */
    public double similarity(TextFingerprint other) {
        int n = Math.min(minHashes.length, other.minHashes.length);
        int equal = 0;
        for (int i = 0; i < n; i++) {
            if (minHashes[i] == other.minHashes[i] && minHashes[i] != Integer.MAX_VALUE) {
                equal++;
            }
        }
        return n == 0 ? 0 : (double) equal / n;
    }

    public String encode() {
        StringBuilder out = new StringBuilder();
        for (int v : minHashes) {
            out.append(out.isEmpty() ? "" : ".").append(Integer.toHexString(v));
        }
        return out.toString();
    }

    public static TextFingerprint decode(String encoded) {
        String[] parts = encoded.split("\\.");
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Integer.parseUnsignedInt(parts[i], 16);
        }
        return new TextFingerprint(values);
    }
}
