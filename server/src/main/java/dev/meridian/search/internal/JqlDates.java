package dev.meridian.search.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Pattern;

/** Dates as JQL writes them: absolute ("2024/01/31", "2024-01-31 14:00") or relative to now ("-7d", "4w 2d"); UTC. */
final class JqlDates {

    static final String FORMATS = "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', "
            + "or a period format e.g. '-5d', '4w 2d'.";

    private static final Pattern DATE = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})\\s+(\\d{1,2}):(\\d{2})");
    private static final Pattern PERIOD = Pattern.compile("([-+]?)\\s*((?:\\d+\\s*[yMwdhm]\\s*)+)");
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*([yMwdhm])");

    private JqlDates() {
    }

    static Optional<Instant> parse(String text, Instant now) {
        var value = text.trim();
        try {
            var m = DATE_TIME.matcher(value);
            if (m.matches()) {
                return Optional.of(LocalDateTime.of(num(m, 1), num(m, 2), num(m, 3), num(m, 4), num(m, 5)).toInstant(ZoneOffset.UTC));
            }
            m = DATE.matcher(value);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
        } catch (java.time.DateTimeException invalidDay) {
            return Optional.empty();
        }
        var p = PERIOD.matcher(value);
        if (p.matches()) {
            return period(p.group(2), p.group(1).equals("-")).map(shift -> shift.apply(now));
        }
        return Optional.empty();
    }

    /** A period such as "1w 2d" as a shift of an instant, forwards or backwards. */
    static Optional<java.util.function.UnaryOperator<Instant>> period(String text, boolean backwards) {
        var parts = PART.matcher(text);
        Period calendar = Period.ZERO;
        Duration clock = Duration.ZERO;
        try {
            while (parts.find()) {
                long n = Long.parseLong(parts.group(1));
                switch (parts.group(2)) {
                    case "y" -> calendar = calendar.plusYears(Math.toIntExact(n));
                    case "M" -> calendar = calendar.plusMonths(Math.toIntExact(n));
                    case "w" -> calendar = calendar.plusDays(Math.multiplyExact(Math.toIntExact(n), 7));
                    case "d" -> calendar = calendar.plusDays(Math.toIntExact(n));
                    case "h" -> clock = clock.plusHours(n);
                    default -> clock = clock.plusMinutes(n);
                }
            }
        } catch (ArithmeticException tooBig) {
            return Optional.empty();
        }
        var p = backwards ? calendar.negated() : calendar;
        var d = backwards ? clock.negated() : clock;
        return Optional.of(at -> {
            try {
                return at.atZone(ZoneOffset.UTC).plus(p).plus(d).toInstant();
            } catch (java.time.DateTimeException | ArithmeticException outOfRange) {
                return backwards ? Instant.parse("0001-01-01T00:00:00Z") : Instant.parse("9999-12-31T23:59:59Z");
            }
        });
    }

    /** startOfDay() … endOfYear(), with an optional offset: "-1" counts in the function's own unit, "+2d" in days. */
    static Optional<Instant> boundary(String function, String offset, Instant now) {
        try {
            return boundaryOrThrow(function, offset, now);
        } catch (java.time.DateTimeException | ArithmeticException outOfRange) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> boundaryOrThrow(String function, String offset, Instant now) {
        var unit = switch (function.replaceFirst("^(startOf|endOf)", "").toLowerCase(java.util.Locale.ROOT)) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
        var at = now.atZone(ZoneOffset.UTC);
        if (offset != null && !offset.isBlank()) {
            var shifted = shift(at, offset.trim(), unit);
            if (shifted.isEmpty()) {
                return Optional.empty();
            }
            at = shifted.get();
        }
        var start = switch (unit) {
            case DAYS -> at.truncatedTo(ChronoUnit.DAYS);
            case WEEKS -> at.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHS -> at.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            default -> at.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
        };
        boolean end = function.toLowerCase(java.util.Locale.ROOT).startsWith("endof");
        return Optional.of(end ? start.plus(1, unit).minusNanos(1_000).toInstant() : start.toInstant());
    }

    private static Optional<ZonedDateTime> shift(ZonedDateTime at, String offset, ChronoUnit unit) {
        var bare = Pattern.compile("([-+]?)(\\d{1,6})").matcher(offset);
        if (bare.matches()) {
            long n = Long.parseLong(bare.group(2));
            return Optional.of(at.plus(bare.group(1).equals("-") ? -n : n, unit));
        }
        var p = PERIOD.matcher(offset);
        if (!p.matches()) {
            return Optional.empty();
        }
        return period(p.group(2), p.group(1).equals("-")).map(s -> s.apply(at.toInstant()).atZone(ZoneOffset.UTC));
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static int num(java.util.regex.Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    static boolean isPeriod(String text) {
        return PERIOD.matcher(text.trim()).matches();
    }

}
