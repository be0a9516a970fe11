package dev.meridian.assistant.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Time phrases to JQL date bounds: "last week" → {@code >= startOfWeek(-1)} and {@code < startOfWeek()}. */
final class TimeWords {

    /** {@code words}: how many tokens the phrase took; {@code lower}/{@code upper}: JQL operands, either may be null. */
    record Range(int words, String lower, String upper, boolean upperInclusive) {
    }

    private static final Map<String, String> UNITS = Map.of("day", "Day", "week", "Week", "month", "Month", "year", "Year");
    private static final Map<String, String> PERIOD = Map.of("day", "d", "week", "w", "month", "M", "year", "y", "hour", "h");
    private static final Map<String, Integer> NUMBERS = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "ten", 10, "thirty", 30);

    private TimeWords() {
    }

    static Optional<Range> at(List<String> t, int i) {
        var w = word(t, i);
        switch (w) {
            case "today":
                return Optional.of(new Range(1, "startOfDay()", "endOfDay()", true));
            case "yesterday":
                return Optional.of(new Range(1, "startOfDay(-1)", "startOfDay()", false));
            case "tomorrow":
                return Optional.of(new Range(1, "startOfDay(1)", "endOfDay(1)", true));
            case "recently":
                return Optional.of(new Range(1, "-7d", null, false));
            default:
                break;
        }
        var unit = UNITS.get(singular(word(t, i + 1)));
        if (unit != null) {
            switch (w) {
                case "this", "current":
                    return Optional.of(new Range(2, "startOf" + unit + "()", "endOf" + unit + "()", true));
                case "last", "previous", "past":
                    return Optional.of(new Range(2, "startOf" + unit + "(-1)", "startOf" + unit + "()", false));
                case "next", "coming":
                    return Optional.of(new Range(2, "startOf" + unit + "(1)", "endOf" + unit + "(1)", true));
                default:
                    break;
            }
        }
        // "last 3 days", "past two weeks", "in the last 10 days"
        int start = w.equals("in") && word(t, i + 1).equals("the") ? i + 2 : i;
        var lead = word(t, start);
        if (lead.equals("last") || lead.equals("past")) {
            var n = number(word(t, start + 1));
            var period = PERIOD.get(singular(word(t, start + 2)));
            if (n != null && period != null) {
                return Optional.of(new Range(start - i + 3, "-" + n + period, null, false));
            }
        }
        // "3 days ago"
        var n = number(w);
        var period = PERIOD.get(singular(word(t, i + 1)));
        if (n != null && period != null && word(t, i + 2).equals("ago")) {
            return Optional.of(new Range(3, "-" + n + period, null, false));
        }
        return Optional.empty();
    }

    private static Integer number(String w) {
        if (w.matches("\\d{1,4}")) {
            return Integer.parseInt(w);
        }
        return NUMBERS.get(w);
    }

    private static String singular(String w) {
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    static String word(List<String> t, int i) {
        return i >= 0 && i < t.size() ? t.get(i) : "";
    }
}
