package dev.alertdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BandTableTest {

    private static <V> List<V> valuesOf(BandTable<V> table, long key) {
        List<V> found = new ArrayList<>();
        for (int i = table.first(key); i >= 0; i = table.next(i)) {
            found.add(table.value(i));
        }
        return found;
    }

    @Test
    void findsEveryValueFiledUnderAKeyNewestFirstAndNothingUnderOthers() {
        BandTable<String> table = new BandTable<>(4);
        table.add(42L, "a");
        table.add(7L, "b");
        table.add(42L, "c");

        assertThat(valuesOf(table, 42L)).containsExactly("c", "a");
        assertThat(valuesOf(table, 7L)).containsExactly("b");
        assertThat(valuesOf(table, 8L)).isEmpty();
    }

    @Test
    void agreesWithAHashMapThroughCollisionsAndGrowth() {
        BandTable<Integer> table = new BandTable<>(2); // far too small: it must grow many times
        Map<Long, List<Integer>> expected = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            // keys that share their low bits collide in the slot array; a few keys repeat
            long key = i % 7 == 0 ? random.nextInt(50) : (long) random.nextInt(1 << 20) << 32;
            table.add(key, i);
            expected.computeIfAbsent(key, k -> new ArrayList<>()).addFirst(i);
        }
        expected.forEach((key, values) -> assertThat(valuesOf(table, key)).containsExactlyElementsOf(values));
        assertThat(valuesOf(table, -1L)).isEmpty();
    }
}
