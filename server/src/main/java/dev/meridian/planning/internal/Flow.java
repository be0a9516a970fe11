package dev.meridian.planning.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports over a board's issues by day, week or month of a timeframe (days of the reader's time zone), replayed from
 * their status history. Plain Java.
 */
public final class Flow {

    /** Issues in each status at the end of each point's last day; statuses in board order. */
    public record CumulativeFlow(Timeframe timeframe, List<LocalDate> days, Map<String, List<Integer>> statuses) {
    }

    /**
     * Created and resolved (moved into a done status, or arrived done: see {@link Timeline#resolvedOnArrival}) per
     * point, and both running totals over the timeframe.
     */
    public record CreatedResolved(Timeframe timeframe, List<LocalDate> days, List<Integer> created, List<Integer> resolved,
            List<Integer> createdTotal, List<Integer> resolvedTotal) {
    }

    /**
     * Days from start to done of the issues done within the timeframe, in buckets: {@code upTo} is the bucket's upper
     * bound in days (exclusive; null: open). {@code issues}: all of them, each in lead time; {@code withoutStart}: those
     * left out of cycle time because nothing tells when work on them started (imported done, with no status history).
     */
    public record Histogram(Timeframe timeframe, List<Bucket> cycle, List<Bucket> lead, int issues, int withoutStart,
            Spread cycleDays, Spread leadDays) {
    }

    /** The median and 85th percentile of a time in days (interpolated between ranks); null when nothing was measured. */
    public record Spread(Double median, Double percentile85) {

        static Spread of(List<Double> days) {
            if (days.isEmpty()) {
                return new Spread(null, null);
            }
            var sorted = days.stream().sorted().toList();
            return new Spread(percentile(sorted, 0.5), percentile(sorted, 0.85));
        }

        private static double percentile(List<Double> sorted, double p) {
            double rank = p * (sorted.size() - 1);
            int below = (int) Math.floor(rank);
            int above = Math.min(below + 1, sorted.size() - 1);
            return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
        }
    }

    public record Bucket(String label, Integer upTo, int count) {
    }

    static final int[] BOUNDS = {1, 2, 3, 5, 8, 13, 21};

    private Flow() {
    }

    public static CumulativeFlow cumulative(List<Timeline> issues, List<String> statusOrder, Timeframe timeframe) {
        var days = timeframe.starts();
        var series = new LinkedHashMap<String, List<Integer>>();
        statusOrder.forEach(s -> series.put(s, new ArrayList<>()));
        for (var day : days) {
            var end = timeframe.endOf(timeframe.lastDay(day));
            var counts = new LinkedHashMap<String, Integer>();
            statusOrder.forEach(s -> counts.put(s, 0));
            for (var t : issues) {
                var s = t.at(end, false);
                if (s.exists()) {
                    counts.merge(s.status(), 1, Integer::sum);
                }
            }
            counts.forEach((status, n) -> series.computeIfAbsent(status, k -> new ArrayList<>(java.util.Collections.nCopies(days.indexOf(day), 0))).add(n));
        }
        return new CumulativeFlow(timeframe, days, series);
    }

    public static CreatedResolved createdResolved(List<Timeline> issues, Timeframe timeframe) {
        var days = timeframe.starts();
        var created = new int[days.size()];
        var resolved = new int[days.size()];
        for (var t : issues) {
            count(created, timeframe, t.createdAt());
            t.resolvedOnArrival().ifPresent(at -> count(resolved, timeframe, at));
            boolean done = t.at(t.createdAt(), true).done();
            for (var change : t.changes()) {
                if (change.field() == Timeline.Field.STATUS) {
                    if (change.done() && !done) {
                        count(resolved, timeframe, change.at());
                    }
                    done = change.done();
                }
            }
        }
        return new CreatedResolved(timeframe, days, list(created), list(resolved), runningTotal(created), runningTotal(resolved));
    }

    private static void count(int[] counts, Timeframe timeframe, Instant at) {
        var day = timeframe.day(at);
        if (timeframe.contains(day)) {
            counts[timeframe.index(day)]++;
        }
    }

    private static List<Integer> list(int[] counts) {
        return java.util.Arrays.stream(counts).boxed().toList();
    }

    private static List<Integer> runningTotal(int[] counts) {
        var out = new ArrayList<Integer>();
        int total = 0;
        for (int n : counts) {
            total += n;
            out.add(total);
        }
        return out;
    }

    /**
     * Issues done now whose last move into done was within the timeframe: lead time from creation, cycle time from the
     * first status change, to that move. An issue that arrived done, with no status history, has a lead time from its
     * creation to its resolution date and no cycle time: when work on it started is unknown.
     */
    public static Histogram times(List<Timeline> issues, Timeframe timeframe) {
        int[] cycle = new int[BOUNDS.length + 1];
        int[] lead = new int[BOUNDS.length + 1];
        var cycleDays = new ArrayList<Double>();
        var leadDays = new ArrayList<Double>();
        for (var t : issues) {
            var span = t.resolvedOnArrival().map(at -> new Span(null, at)).orElseGet(() -> lastDone(t));
            if (span == null || !timeframe.contains(timeframe.day(span.done()))) {
                continue;
            }
            measure(days(Duration.between(t.createdAt(), span.done())), lead, leadDays);
            if (span.started() != null) {
                measure(days(Duration.between(span.started(), span.done())), cycle, cycleDays);
            }
        }
        return new Histogram(timeframe, buckets(cycle), buckets(lead), leadDays.size(), leadDays.size() - cycleDays.size(),
                Spread.of(cycleDays), Spread.of(leadDays));
    }

    /** {@code started}: null when unknown. */
    private record Span(Instant started, Instant done) {
    }

    /** From the first status change to the last move into done, or null while the issue is not done. */
    private static Span lastDone(Timeline t) {
        Instant started = null;
        Instant doneAt = null;
        boolean done = t.done();
        for (var c : t.changes()) {
            if (c.field() != Timeline.Field.STATUS) {
                continue;
            }
            if (started == null) {
                started = c.at();
            }
            doneAt = c.done() ? (done ? doneAt : c.at()) : null;
            done = c.done();
        }
        return done && doneAt != null ? new Span(started, doneAt) : null;
    }

    private static void measure(double days, int[] buckets, List<Double> all) {
        buckets[bucket(days)]++;
        all.add(days);
    }

    private static double days(Duration d) {
        return d.toMillis() / 86_400_000.0;
    }

    private static int bucket(double days) {
        for (int i = 0; i < BOUNDS.length; i++) {
            if (days < BOUNDS[i]) {
                return i;
            }
        }
        return BOUNDS.length;
    }

    private static List<Bucket> buckets(int[] counts) {
        var out = new ArrayList<Bucket>();
        for (int i = 0; i < counts.length; i++) {
            int lower = i == 0 ? 0 : BOUNDS[i - 1];
            var label = i < BOUNDS.length ? lower + "–" + BOUNDS[i] + " d" : lower + "+ d";
            out.add(new Bucket(label, i < BOUNDS.length ? BOUNDS[i] : null, counts[i]));
        }
        return out;
    }
}
