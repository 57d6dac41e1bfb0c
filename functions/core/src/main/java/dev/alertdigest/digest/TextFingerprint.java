package dev.alertdigest.digest;

import dev.alertdigest.article.Article;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * A MinHash signature of an article's word 3-shingles: 64 minima, of which each keeps its low 16 bits (b-bit
 * minwise hashing), whose share of equal positions estimates the Jaccard similarity of two texts' shingle sets. Two
 * different minima agree in their low 16 bits once in 65,536 times, which moves no estimate that matters, and the
 * signature is half the size: stories store one per article, so this halves most of a story item. Syndicated copies of one wire story score near 1 even with
 * different page furniture around them; two outlets' own write-ups of one event score near 0, which is why
 * {@link StoryGrouper} also matches on actor and place.
 *
 * <p>Computed once at score time and stored as {@link #encode()} (174 ASCII bytes), so the digest never needs the
 * article text again.
 */
public final class TextFingerprint {

    /** Hash functions in the signature. */
    public static final int SIZE = 64;
    /**
     * Rows per LSH band. 21 bands of 3 (the 64th hash unused) make a pair at Jaccard 0.5 a candidate with
     * probability 0.94, at 0.6 with 0.994, at 0.7 with 0.9999, while unrelated texts (Jaccard ~0.01) almost never
     * collide; bands of 2 would catch a little more at 0.5 for half again as many lookups per article.
     */
    static final int BAND_ROWS = 3;
    static final int BANDS = SIZE / BAND_ROWS;

    private static final String PREFIX = "m2:";
    /** The first format: the same minima with all 32 bits; read by keeping their low 16. */
    private static final String PREFIX_32_BITS = "m1:";
    private static final int KEPT_BITS_MASK = 0xFFFF;
    private static final int SHINGLE = 3;
    private static final TextFingerprint EMPTY = new TextFingerprint(new int[0]);

    /** Empty (length 0) when the text has no words: such a fingerprint is similar to nothing. */
    private final int[] minima;
    /** Computed on first use: the grouper asks for them twice per article. Racy but idempotent. */
    private long[] bandKeys;

    private TextFingerprint(int[] minima) {
        this.minima = minima;
    }

    public static TextFingerprint empty() {
        return EMPTY;
    }

    /** The fingerprint of the article's title and body: what the score function computes and stores. */
    public static TextFingerprint of(Article article) {
        return of(article.title() + "\n" + article.text());
    }

    public static TextFingerprint of(String text) {
        long[] tokens = tokenHashes(text == null ? "" : text);
        if (tokens.length == 0) {
            return EMPTY;
        }
        int[] minima = new int[SIZE];
        Arrays.fill(minima, Integer.MAX_VALUE);
        // Texts shorter than one shingle are fingerprinted by their words, so a two-word text still matches itself.
        int width = Math.min(SHINGLE, tokens.length);
        for (int start = 0; start + width <= tokens.length; start++) {
            long shingle = 0;
            for (int k = 0; k < width; k++) {
                shingle = mix(shingle * 31 + tokens[start + k]);
            }
            for (int i = 0; i < SIZE; i++) {
                int h = (int) (mix(shingle + (i + 1) * 0x9E3779B97F4A7C15L) >>> 32);
                if (h < minima[i]) {
                    minima[i] = h;
                }
            }
        }
        for (int i = 0; i < SIZE; i++) {
            minima[i] &= KEPT_BITS_MASK; // the minimum over all 32 bits, then its low bits: b-bit minwise hashing
        }
        return new TextFingerprint(minima);
    }

    public boolean isEmpty() {
        return minima.length == 0;
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets, 0 to 1; 0 when either is empty. */
    public double similarity(TextFingerprint other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < SIZE; i++) {
            if (minima[i] == other.minima[i]) {
                equal++;
            }
        }
        return equal / (double) SIZE;
    }

    /**
     * One key per LSH band (band index folded in): two fingerprints sharing a key are candidates for a
     * similarity check, so grouping never compares every article with every other.
     */
    long[] bandKeys() {
        if (bandKeys == null) {
            bandKeys = computeBandKeys();
        }
        return bandKeys;
    }

    private long[] computeBandKeys() {
        if (isEmpty()) {
            return new long[0];
        }
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long key = band;
            for (int row = 0; row < BAND_ROWS; row++) {
                key = mix(key * 0x100000001B3L + minima[band * BAND_ROWS + row]);
            }
            keys[band] = key;
        }
        return keys;
    }

    /** "m2:" and the 64 16-bit minima big-endian in URL-safe Base64 without padding; "m2:" alone when empty. */
    public String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(minima.length * Short.BYTES);
        for (int m : minima) {
            bytes.putShort((short) m);
        }
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    public static TextFingerprint decode(String encoded) {
        boolean wide = encoded != null && encoded.startsWith(PREFIX_32_BITS);
        if (encoded == null || !wide && !encoded.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a text fingerprint: " + encoded);
        }
        byte[] bytes = Base64.getUrlDecoder().decode(encoded.substring(PREFIX.length()));
        if (bytes.length == 0) {
            return EMPTY;
        }
        int width = wide ? Integer.BYTES : Short.BYTES;
        if (bytes.length != SIZE * width) {
            throw new IllegalArgumentException("text fingerprint has " + bytes.length + " bytes, expected "
                    + SIZE * width);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int[] minima = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            minima[i] = (wide ? buffer.getInt() : buffer.getShort()) & KEPT_BITS_MASK;
        }
        return new TextFingerprint(minima);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextFingerprint other && Arrays.equals(minima, other.minima);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(minima);
    }

    @Override
    public String toString() {
        return isEmpty() ? "TextFingerprint[empty]" : "TextFingerprint[" + encode().substring(0, 15) + "...]";
    }

    /** Lower-cased words (letters and digits) as 64-bit FNV-1a hashes, defined here so stored fingerprints stay comparable across JVMs and releases. */
    private static long[] tokenHashes(String text) {
        long[] hashes = new long[16];
        int count = 0;
        long hash = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    hash = 0xcbf29ce484222325L;
                    inWord = true;
                }
                hash = (hash ^ Character.toLowerCase(c)) * 0x100000001b3L;
            } else if (inWord) {
                if (count == hashes.length) {
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = hash;
                inWord = false;
            }
        }
        if (inWord) {
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count + 1);
            }
            hashes[count++] = hash;
        }
        return Arrays.copyOf(hashes, count);
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
