package dev.alertdigest.digest;

import java.util.Arrays;

/**
 * LSH band keys to the values filed under them, without boxing: a grouping of ten thousand articles files and
 * looks up two hundred thousand band keys, and a {@code HashMap<Long, List<...>>} spent half the grouping time
 * chasing pointers to boxed keys. Keys sit in one open-addressed {@code long[]} (they are already well mixed
 * hashes); each slot heads a chain of values threaded through {@code int[]} links, newest first.
 *
 * <p>Walk a key's values with {@code for (int i = first(key); i >= 0; i = next(i)) value(i)}.
 *
 * @param <V> what is filed under a key
 */
final class BandTable<V> {

    private static final int NONE = -1;

    private long[] slotKeys;
    /** per slot: index of the newest value under its key, or NONE when the slot is empty */
    private int[] slotFirst;
    private int usedSlots;
    private int[] links = new int[16];
    private Object[] values = new Object[16];
    private int size;

    BandTable(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2) - 1) << 1;
        slotKeys = new long[capacity];
        slotFirst = new int[capacity];
        Arrays.fill(slotFirst, NONE);
    }

    void add(long key, V value) {
        if ((usedSlots + 1) * 2 > slotKeys.length) {
            rehash(slotKeys.length * 2);
        }
        int slot = slotOf(key, slotKeys, slotFirst);
        if (slotFirst[slot] == NONE) {
            slotKeys[slot] = key;
            usedSlots++;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            links = Arrays.copyOf(links, size * 2);
        }
        values[size] = value;
        links[size] = slotFirst[slot];
        slotFirst[slot] = size++;
    }

    /** Index of the newest value filed under the key, or -1 when there is none. */
    int first(long key) {
        return slotFirst[slotOf(key, slotKeys, slotFirst)];
    }

    /** Index of the value filed before {@code index} under the same key, or -1. */
    int next(int index) {
        return links[index];
    }

    @SuppressWarnings("unchecked")
    V value(int index) {
        return (V) values[index];
    }

    /** The key's slot, or the empty slot where it would go (linear probing). */
    private static int slotOf(long key, long[] keys, int[] first) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (first[slot] != NONE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash(int capacity) {
        long[] keys = new long[capacity];
        int[] first = new int[capacity];
        Arrays.fill(first, NONE);
        for (int slot = 0; slot < slotKeys.length; slot++) {
            if (slotFirst[slot] != NONE) {
                int to = slotOf(slotKeys[slot], keys, first);
                keys[to] = slotKeys[slot];
                first[to] = slotFirst[slot];
            }
        }
        slotKeys = keys;
        slotFirst = first;
    }
}
