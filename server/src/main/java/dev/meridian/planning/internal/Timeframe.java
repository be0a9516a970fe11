package dev.meridian.planning.internal;

import dev.meridian.platform.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The days a board report covers (both ends included), as calendar days of the reader's time zone {@code zone}, and the
 * step of its series: a point a day up to a year, a week up to five years, a month beyond, so that "All time" of an old
 * project stays a chart, not thousands of points.
 */
public record Timeframe(LocalDate from, LocalDate to, Step step, ZoneId zone) {

    public enum Step { DAY, WEEK, MONTH }

    static final int MAX_YEARS = 30;

    /** Jira's default for flow, created vs resolved and cycle time. */
    public static final String DEFAULT_PERIOD = "3m";

    private static final Map<String, java.time.Period> PRESETS = Map.of("7d", java.time.Period.ofDays(7), "2w",
            java.time.Period.ofWeeks(2), "1m", java.time.Period.ofMonths(1), "3m", java.time.Period.ofMonths(3), "6m",
            java.time.Period.ofMonths(6));

    /**
     * A named period ({@code 7d}, {@code 2w}, {@code 1m}, {@code 3m}, {@code 6m} ending today, or {@code all} from the
     * first issue's creation) or the days from {@code from} to {@code to}: a missing {@code to} is today, a missing
     * {@code from} three months before {@code to}. Neither: the last three months. {@code today} and {@code firstCreated}
     * are days of {@code zone}.
     */
    public static Timeframe of(String period, LocalDate from, LocalDate to, LocalDate today, LocalDate firstCreated,
            ZoneId zone) {
        boolean named = period != null && !period.isBlank();
        if (named && (from != null || to != null)) {
            throw new InvalidInputException("period", "choose a period or a from–to range, not both");
        }
        if (named || from == null && to == null) {
            return preset(named ? period.trim() : DEFAULT_PERIOD, today, firstCreated, zone);
        }
        var end = to != null ? to : today;
        return between(from != null ? from : end.minusMonths(3).plusDays(1), end, zone);
    }

    static Timeframe between(LocalDate from, LocalDate to, ZoneId zone) {
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "from (" + from + ") must be on or before to (" + to + ")");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new InvalidInputException("from", "a period can be at most " + MAX_YEARS + " years long: pick a later start");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        var step = days <= 366 ? Step.DAY : from.plusYears(5).isAfter(to) ? Step.WEEK : Step.MONTH;
        return new Timeframe(from, to, step, zone);
    }

    private static Timeframe preset(String period, LocalDate today, LocalDate firstCreated, ZoneId zone) {
        if (period.equals("all")) {
            var first = firstCreated == null || firstCreated.isAfter(today) ? today : firstCreated;
            return between(first.isBefore(today.minusYears(MAX_YEARS)) ? today.minusYears(MAX_YEARS) : first, today, zone);
        }
        var length = PRESETS.get(period);
        if (length == null) {
            throw new InvalidInputException("period", "must be one of 7d, 2w, 1m, 3m, 6m or all (was '" + period + "')");
        }
        return between(today.minus(length).plusDays(1), today, zone);
    }

    /** The first day of each point of the series. */
    public List<LocalDate> starts() {
        var out = new ArrayList<LocalDate>();
        for (var d = from; !d.isAfter(to); d = next(d)) {
            out.add(d);
        }
        return out;
    }

    /** The last day of the point starting at {@code start}. */
    public LocalDate lastDay(LocalDate start) {
        var end = next(start).minusDays(1);
        return end.isAfter(to) ? to : end;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The reader's day at an instant: 5 pm on the 9th in Los Angeles is the 10th in UTC, and the 9th here. */
    public LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** The instant a day ends in the reader's zone (the next day's start: 23 or 25 hours on a daylight-saving change). */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The point a day of the timeframe falls in. */
    int index(LocalDate day) {
        return switch (step) {
            case DAY -> (int) ChronoUnit.DAYS.between(from, day);
            case WEEK -> (int) (ChronoUnit.DAYS.between(from, day) / 7);
            case MONTH -> (int) ChronoUnit.MONTHS.between(from.withDayOfMonth(1), day.withDayOfMonth(1));
        };
    }

    private LocalDate next(LocalDate start) {
        return switch (step) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.withDayOfMonth(1).plusMonths(1);
        };
    }
}
