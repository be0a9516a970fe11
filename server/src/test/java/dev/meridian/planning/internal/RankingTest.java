package dev.meridian.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void movesAnIssueBeforeAnotherByWritingOneRank() {
        var ranks = InMemoryRanks.withBottomRanks(5);

        var moved = new Ranking(ranks).move(ranks.get(5), ranks.get(2), true);

        assertThat(ranks.order()).containsExactly(1L, 5L, 2L, 3L, 4L);
        assertThat(moved.rowsWritten()).isEqualTo(1);
        assertThat(ranks.writes).isEqualTo(1);
    }

    @Test
    void movesAnIssueAfterTheLastOneStayingBelowTheNextNewIssue() {
        var ranks = InMemoryRanks.withBottomRanks(5);

        var moved = new Ranking(ranks).move(ranks.get(1), ranks.get(5), false);

        assertThat(ranks.order()).containsExactly(2L, 3L, 4L, 5L, 1L);
        assertThat(moved.rank()).isLessThan(Rank.bottom(6));
    }

    @Test
    void leavesAnIssueThatIsAlreadyInPlace() {
        var ranks = InMemoryRanks.withBottomRanks(3);

        var moved = new Ranking(ranks).move(ranks.get(1), ranks.get(2), true);

        assertThat(moved.rowsWritten()).isZero();
        assertThat(ranks.order()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void refusesToRankAnIssueRelativeToItself() {
        var ranks = InMemoryRanks.withBottomRanks(3);

        assertThatThrownBy(() -> new Ranking(ranks).move(ranks.get(2), ranks.get(2), true)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rebalancesWhenTheSameGapIsSplitOverAndOver() {
        var ranks = InMemoryRanks.withBottomRanks(50);
        var ranking = new Ranking(ranks);
        int rebalances = 0;
        for (int i = 0; i < 1000; i++) {
            var first = ranks.order().get(0);
            var last = ranks.order().get(49);
            if (ranking.move(ranks.get(last), ranks.get(first), true).rowsWritten() > 1) {
                rebalances++;
            }
        }
        assertThat(rebalances).isPositive();
        assertThat(ranks.ranks()).allMatch(r -> r.length() <= Ranking.MAX_LENGTH);
    }

    @Test
    void keepsTheOrderOfAListThroughThousandsOfRandomMoves() {
        var random = new Random(42);
        int n = 300;
        var ranks = InMemoryRanks.withBottomRanks(n);
        var ranking = new Ranking(ranks);
        var expected = new ArrayList<>(LongStream.rangeClosed(1, n).boxed().toList());
        int rowsWritten = 0;
        for (int i = 0; i < 5000; i++) {
            long moved = expected.get(skewed(random, n));
            long target = expected.get(skewed(random, n));
            boolean before = random.nextBoolean();
            if (moved == target) {
                continue;
            }
            rowsWritten += ranking.move(ranks.get(moved), ranks.get(target), before).rowsWritten();
            expected.remove(moved);
            expected.add(expected.indexOf(target) + (before ? 0 : 1), moved);
            assertThat(ranks.order()).as("after move %d", i).isEqualTo(expected);
        }
        assertThat(ranks.ranks()).allMatch(r -> r.length() <= Ranking.MAX_LENGTH && !r.endsWith("0"));
        assertThat(ranks.ranks().get(n - 1)).isLessThan(Rank.bottom(n + 1));
        assertThat(rowsWritten).as("most moves write one row").isLessThan(5000 * 3);
    }

    /** Moves cluster at the top of a backlog, as people rank: half of them among the first ten issues. */
    private static int skewed(Random random, int n) {
        return random.nextBoolean() ? random.nextInt(10) : random.nextInt(n);
    }

    @Test
    void keepsNewIssuesAtTheBottomAfterMovesToTheEnd() {
        var ranks = InMemoryRanks.withBottomRanks(3);
        var ranking = new Ranking(ranks);
        for (int i = 0; i < 200; i++) {
            var order = ranks.order();
            ranking.move(ranks.get(order.get(0)), ranks.get(order.get(2)), false);
        }
        assertThat(List.copyOf(ranks.ranks())).allMatch(r -> r.compareTo(Rank.bottom(4)) < 0);
    }
}
