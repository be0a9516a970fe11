package dev.meridian.planning.internal;

import dev.meridian.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Moves an issue before or after another. A move writes one rank, the shortest between the new neighbours; when that
 * rank would grow past {@link #MAX_LENGTH} characters, the issues around the gap get evenly spread ranks instead
 * (a window that doubles until the ranks fit in {@link #SPREAD_LENGTH}).
 */
public final class Ranking {

    static final int MAX_LENGTH = 24;
    static final int SPREAD_LENGTH = 12;

    /** What a move wrote: the moved issue's new rank and how many ranks changed (more than one after a rebalance). */
    public record Moved(String key, String rank, int rowsWritten) {
    }

    private final RankedIssues issues;

    public Ranking(RankedIssues issues) {
        this.issues = issues;
    }

    public Moved move(RankedIssues.Ranked moved, RankedIssues.Ranked target, boolean before) {
        if (moved.id() == target.id()) {
            throw new InvalidInputException(before ? "before" : "after", "an issue cannot be ranked relative to itself");
        }
        var neighbour = issues.next(target, before).orElse(null);
        if (neighbour != null && neighbour.id() == moved.id()) {
            return new Moved(moved.key(), moved.rank(), 0);
        }
        String lo = before ? rankOf(neighbour) : target.rank();
        String hi = before ? target.rank() : neighbour == null ? Rank.step(target.rank()) : neighbour.rank();
        var rank = lo != null && lo.compareTo(hi) >= 0 ? null : Rank.between(lo, hi);
        if (rank != null && rank.length() <= MAX_LENGTH) {
            issues.rank(moved.id(), rank);
            return new Moved(moved.key(), rank, 1);
        }
        return rebalance(moved, target, before);
    }

    private Moved rebalance(RankedIssues.Ranked moved, RankedIssues.Ranked target, boolean before) {
        for (int each = 8; ; each *= 4) {
            var below = without(issues.run(target, true, each + 2), moved);
            var above = without(issues.run(target, false, each + 2), moved);
            boolean atStart = below.size() <= each;
            boolean atEnd = above.size() <= each;
            var order = new ArrayList<RankedIssues.Ranked>();
            below.stream().limit(each).forEach(r -> order.add(0, r));
            order.add(target);
            order.addAll(above.stream().limit(each).toList());
            order.add(order.indexOf(target) + (before ? 0 : 1), moved);
            String lo = atStart ? null : below.get(each).rank();
            String last = order.stream().map(RankedIssues.Ranked::rank).max(String::compareTo).orElseThrow();
            String hi = atEnd ? Rank.step(last) : above.get(each).rank();
            var ranks = lo != null && lo.compareTo(hi) >= 0 ? List.<String>of() : Rank.spread(lo, hi, order.size());
            boolean fits = !ranks.isEmpty() && ranks.stream().allMatch(r -> r.length() <= SPREAD_LENGTH);
            if (fits || (atStart && atEnd && !ranks.isEmpty())) {
                var written = new LinkedHashMap<Long, String>();
                for (int i = 0; i < order.size(); i++) {
                    written.put(order.get(i).id(), ranks.get(i));
                }
                issues.rankAll(written);
                return new Moved(moved.key(), written.get(moved.id()), written.size());
            }
        }
    }

    private static List<RankedIssues.Ranked> without(List<RankedIssues.Ranked> run, RankedIssues.Ranked moved) {
        return run.stream().filter(r -> r.id() != moved.id()).toList();
    }

    private static String rankOf(RankedIssues.Ranked r) {
        return r == null ? null : r.rank();
    }
}
