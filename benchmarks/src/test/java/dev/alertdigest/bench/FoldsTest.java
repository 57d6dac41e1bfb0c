package dev.alertdigest.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The cross-validation partitions: every story in one fold, folds of equal size, a random deal repeatable. */
class FoldsTest {

    private static int[] sizes(KindModelFit.Folds folds, int count) {
        int[] sizes = new int[count];
        for (int fold : folds.foldOf()) {
            sizes[fold]++;
        }
        return sizes;
    }

    @Test
    void eachPartitionDealsEveryStoryIntoTenFoldsOfEqualSize() {
        int[] tens = new int[10];
        Arrays.fill(tens, 130);
        assertArrayEquals(tens, sizes(KindModelFit.Folds.interleaved(1300, 10), 10));
        assertArrayEquals(tens, sizes(KindModelFit.Folds.blocks(1300, 10), 10));
        assertArrayEquals(tens, sizes(KindModelFit.Folds.shuffled(1300, 10, 1), 10));
    }

    @Test
    void interleavedFoldsAlternateAndBlocksFollowTheOrder() {
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2, 0}, KindModelFit.Folds.interleaved(7, 3).foldOf());
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 2, 2}, KindModelFit.Folds.blocks(7, 3).foldOf());
    }

    @Test
    void aRandomDealIsRepeatableFromItsSeedAndDiffersBetweenSeeds() {
        int[] one = KindModelFit.Folds.shuffled(200, 10, 1).foldOf();
        assertArrayEquals(one, KindModelFit.Folds.shuffled(200, 10, 1).foldOf());
        assertFalse(Arrays.equals(one, KindModelFit.Folds.shuffled(200, 10, 2).foldOf()));
        assertFalse(Arrays.equals(one, KindModelFit.Folds.interleaved(200, 10).foldOf()));
        assertEquals("random 1", KindModelFit.Folds.shuffled(200, 10, 1).name());
    }
}
