package dev.meridian.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The dates Meridian stores: years 1 to 9999, which PostgreSQL and every client can hold. */
public final class SupportedDates {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private SupportedDates() {
    }

    public static LocalDate require(String field, LocalDate date) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
            throw new InvalidInputException(field, "must be a date between 0001-01-01 and 9999-12-31 (was " + date + ")");
        }
        return date;
    }

    public static boolean supports(Instant instant) {
        var date = instant.atOffset(ZoneOffset.UTC).toLocalDate();
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
