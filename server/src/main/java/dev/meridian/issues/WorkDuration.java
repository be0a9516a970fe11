package dev.meridian.issues;

import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Jira's time-tracking durations: "3w 2d 4h 30m" with Jira's defaults (1d = 8h, 1w = 5d); a bare number is minutes, as
 * in Jira. Stored and compared in seconds.
 */
public final class WorkDuration {

    /** What to say next to a refused duration. */
    public static final String HINT = "Use 3w 2d 4h 30m (1d = 8h, 1w = 5d)";

    static final long MINUTE = 60;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 8 * HOUR;
    static final long WEEK = 5 * DAY;
    private static final long MAX = 10_000 * WEEK;
    private static final Pattern WHOLE = Pattern.compile("\\s*(\\d+(\\.\\d+)?\\s*[wdhm]\\s*)+|\\s*\\d+\\s*");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([wdhm])?");

    private WorkDuration() {
    }

    /** The seconds the text stands for, or empty when it is not Jira's syntax (or absurdly long). */
    public static OptionalLong parse(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        var lower = text.toLowerCase(java.util.Locale.ROOT);
        if (!WHOLE.matcher(lower).matches()) {
            return OptionalLong.empty();
        }
        var total = BigDecimal.ZERO;
        var seen = new StringBuilder();
        var part = PART.matcher(lower);
        while (part.find()) {
            var unit = part.group(2) == null ? "m" : part.group(2);
            if (seen.indexOf(unit) >= 0) {
                return OptionalLong.empty();
            }
            seen.append(unit);
            total = total.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(seconds(unit))));
            if (total.compareTo(BigDecimal.valueOf(MAX)) > 0) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(total.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }

    /** The refusal of text that is not a duration, in words. */
    public static String notADuration(String text) {
        return "'" + text.strip() + "' is not a duration. " + HINT;
    }

    /** As Jira writes it: "3w 2d 4h 30m", largest unit first, empty units left out; "0m" for nothing. */
    public static String format(long seconds) {
        var out = new StringBuilder();
        long left = seconds;
        for (var unit : new String[] {"w", "d", "h", "m"}) {
            long n = left / seconds(unit);
            left -= n * seconds(unit);
            if (n > 0) {
                out.append(out.isEmpty() ? "" : " ").append(n).append(unit);
            }
        }
        return out.isEmpty() ? "0m" : out.toString();
    }

    /** Null stays null: an estimate that is not set. */
    public static String formatOrNull(Long seconds) {
        return seconds == null ? null : format(seconds);
    }

    private static long seconds(String unit) {
        return switch (unit) {
            case "w" -> WEEK;
            case "d" -> DAY;
            case "h" -> HOUR;
            default -> MINUTE;
        };
    }
}
