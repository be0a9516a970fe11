package dev.meridian.planning.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reports over a board's issues by day (UTC), replayed from their status history. Plain Java. */
public final class Flow {

    /** Issues in each status at the end of each day; statuses in board order. */
    public record CumulativeFlow(List<LocalDate> days, Map<String, List<Integer>> statuses) {
    }

    /** Created and resolved (moved into a done status) per day, and both running totals. */
    public record CreatedResolved(List<LocalDate> days, List<Integer> created, List<Integer> resolved,
            List<Integer> createdTotal, List<Integer> resolvedTotal) {
    }

    /** Days from start to done, in buckets: {@code upTo} is the bucket's upper bound in days (exclusive; null: open). */
    public record Histogram(List<Bucket> cycle, List<Bucket> lead, int issues) {
    }

    public record Bucket(String label, Integer upTo, int count) {
    }

    static final int[] BOUNDS = {1, 2, 3, 5, 8, 13, 21};

    private Flow() {
    }

    public static CumulativeFlow cumulative(List<Timeline> issues, List<String> statusOrder, LocalDate from, LocalDate to) {
        var days = days(from, to);
        var series = new LinkedHashMap<String, List<Integer>>();
        statusOrder.forEach(s -> series.put(s, new ArrayList<>()));
        for (var day : days) {
            var end = endOf(day);
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
        return new CumulativeFlow(days, series);
    }

    public static CreatedResolved createdResolved(List<Timeline> issues, LocalDate from, LocalDate to) {
        var days = days(from, to);
        var created = new ArrayList<Integer>();
        var resolved = new ArrayList<Integer>();
        var createdTotal = new ArrayList<Integer>();
        var resolvedTotal = new ArrayList<Integer>();
        int ct = 0;
        int rt = 0;
        for (var day : days) {
            int c = 0;
            int r = 0;
            for (var t : issues) {
                if (day(t.createdAt()).equals(day)) {
                    c++;
                }
                boolean done = t.at(t.createdAt(), true).done();
                for (var change : t.changes()) {
                    if (change.field() == Timeline.Field.STATUS) {
                        if (change.done() && !done && day(change.at()).equals(day)) {
                            r++;
                        }
                        done = change.done();
                    }
                }
            }
            ct += c;
            rt += r;
            created.add(c);
            resolved.add(r);
            createdTotal.add(ct);
            resolvedTotal.add(rt);
        }
        return new CreatedResolved(days, created, resolved, createdTotal, resolvedTotal);
    }

    /** Issues done now: lead time from creation, cycle time from the first status change, to the last move into done. */
    public static Histogram times(List<Timeline> issues) {
        int[] cycle = new int[BOUNDS.length + 1];
        int[] lead = new int[BOUNDS.length + 1];
        int n = 0;
        for (var t : issues) {
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
            if (!done || doneAt == null) {
                continue;
            }
            n++;
            lead[bucket(Duration.between(t.createdAt(), doneAt))]++;
            cycle[bucket(Duration.between(started, doneAt))]++;
        }
        return new Histogram(buckets(cycle), buckets(lead), n);
    }

    private static int bucket(Duration d) {
        double days = d.toMillis() / 86_400_000.0;
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

    static List<LocalDate> days(LocalDate from, LocalDate to) {
        var out = new ArrayList<LocalDate>();
        for (var d = from; !d.isAfter(to) && out.size() < 366; d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
