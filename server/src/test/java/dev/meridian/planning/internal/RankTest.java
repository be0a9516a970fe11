package dev.meridian.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RankTest {

    @Test
    void findsTheShortestRankBetweenTwo() {
        assertThat(Rank.between("000001i", "000002i")).isEqualTo("000002");
        assertThat(Rank.between(null, "000001i")).isEqualTo("000001");
        assertThat(Rank.between("a", "b")).isEqualTo("ai");
        assertThat(Rank.between("a", "c")).isEqualTo("b");
    }

    @Test
    void alwaysFindsRoomBelowAndBetween() {
        var random = new Random(7);
        String lo = null;
        String hi = Rank.bottom(1);
        for (int i = 0; i < 2000; i++) {
            var mid = Rank.between(lo, hi);
            assertThat(mid).isGreaterThan(lo == null ? "" : lo).isLessThan(hi).doesNotEndWith("0");
            if (random.nextBoolean()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
    }

    @Test
    void stepsToTheNextBottomRank() {
        assertThat(Rank.bottom(1)).isEqualTo("000001i");
        assertThat(Rank.step("000001i")).isEqualTo("000002i");
        assertThat(Rank.step("00000z")).isEqualTo("00000zi");
        assertThat(Rank.step("00000zr")).isEqualTo("000010i");
        assertThat(Rank.step("0000zzr")).isEqualTo("000100i");
    }

    @Test
    void spreadsRanksInOrderWithinBounds() {
        var ranks = Rank.spread("000001i", "000002i", 100);

        assertThat(ranks).hasSize(100).isSorted().doesNotHaveDuplicates();
        assertThat(ranks.get(0)).isGreaterThan("000001i");
        assertThat(ranks.get(99)).isLessThan("000002i");
        assertThat(ranks).allMatch(r -> r.length() <= 10);
    }

    @Test
    void refusesBoundsOutOfOrder() {
        assertThatThrownBy(() -> Rank.between("b", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rank.between("a", "a")).isInstanceOf(IllegalArgumentException.class);
    }
}
