package dev.meridian.importing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The date shapes of Jira ("30/Sep/21 17:20") and Bugzilla ("2021-09-30 17:20:00") exports, read as UTC. */
final class SourceDates {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("dd/MMM/yy HH:mm").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("dd/MMM/yy h:mm a").toFormatter(Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private SourceDates() {
    }

    static Optional<Instant> parse(String text) {
        var instant = parseAny(text);
        if (instant.isPresent() && !dev.meridian.platform.SupportedDates.supports(instant.get())) {
            throw new IllegalArgumentException("'" + text + "' is outside the years 1 to 9999");
        }
        return instant;
    }

    private static Optional<Instant> parseAny(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var t = text.trim();
        for (var format : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(t, format).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException ignored) {
            // try a bare date
        }
        try {
            return Optional.of(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date like 30/Sep/21 17:20 or 2021-09-30 17:20:00");
        }
    }
}
