package dev.meridian.assistant.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Since when" in a question: "since yesterday", "in the last 2 hours", "this week", "since 2023-06-01 14:00". Gives
 * the JQL bound, the instant it stands for (UTC, weeks start on Monday, as JQL's) and the question without it.
 */
record SinceTime(String jql, Instant at, String phrase, String rest) {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-@':]*");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[ t](\\d{1,2}):(\\d{2}))?");
    private static final Pattern MINUTES = Pattern.compile("(?:in the )?(?:last|past) (\\d{1,4}|a|one|two|three|five|ten|fifteen|thirty) min(?:ute)?s?"
            + "|(\\d{1,4}|a|one|two|three|five|ten|fifteen|thirty) min(?:ute)?s? ago");
    private static final Pattern RELATIVE = Pattern.compile("-(\\d+)([yMwdhm])");
    private static final Pattern START_OF = Pattern.compile("startOf(Day|Week|Month|Year)\\((-?\\d*)\\)");
    private static final List<String> LEADS = List.of("since", "in", "during", "after", "from", "over", "within");

    static Optional<SinceTime> find(String question, Instant now) {
        var q = question.toLowerCase(Locale.ROOT);
        var minutes = MINUTES.matcher(q);
        if (minutes.find()) {
            var n = number(minutes.group(1) != null ? minutes.group(1) : minutes.group(2));
            return Optional.of(new SinceTime("-" + n + "m", now.minus(n, ChronoUnit.MINUTES), minutes.group().strip(),
                    without(q, minutes.start(), minutes.end())));
        }
        var iso = ISO.matcher(q);
        if (iso.find()) {
            var date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            var at = iso.group(4) == null ? date.atStartOfDay()
                    : LocalDateTime.of(date, java.time.LocalTime.of(Integer.parseInt(iso.group(4)), Integer.parseInt(iso.group(5))));
            var jql = "\"" + iso.group(1) + "-" + iso.group(2) + "-" + iso.group(3)
                    + (iso.group(4) == null ? "" : " " + String.format(Locale.ROOT, "%02d:%s", Integer.parseInt(iso.group(4)), iso.group(5))) + "\"";
            int start = iso.start();
            var before = q.substring(0, start).stripTrailing();
            for (var lead : LEADS) {
                if (before.endsWith(" " + lead) || before.equals(lead)) {
                    start = before.length() - lead.length();
                }
            }
            return Optional.of(new SinceTime(jql, at.toInstant(ZoneOffset.UTC), q.substring(start, iso.end()).strip(), without(q, start, iso.end())));
        }
        var tokens = new ArrayList<String>();
        var m = TOKEN.matcher(q);
        while (m.find()) {
            tokens.add(m.group().replaceAll("[.':]+$", ""));
        }
        for (int i = 0; i < tokens.size(); i++) {
            var range = TimeWords.at(tokens, i);
            if (range.isPresent() && range.get().lower() != null) {
                int from = i > 0 && LEADS.contains(tokens.get(i - 1)) && !tokens.get(i).equals("in") ? i - 1 : i;
                int to = i + range.get().words();
                var rest = new ArrayList<>(tokens.subList(0, from));
                rest.addAll(tokens.subList(to, tokens.size()));
                return Optional.of(new SinceTime(range.get().lower(), instant(range.get().lower(), now),
                        String.join(" ", tokens.subList(from, to)), String.join(" ", rest)));
            }
        }
        return Optional.empty();
    }

    /** The instant of a JQL bound that {@link TimeWords} writes: {@code -3d}, {@code startOfWeek(-1)}. */
    static Instant instant(String jql, Instant now) {
        var relative = RELATIVE.matcher(jql);
        if (relative.matches()) {
            var n = Long.parseLong(relative.group(1));
            var t = ZonedDateTime.ofInstant(now, ZoneOffset.UTC);
            return switch (relative.group(2)) {
                case "y" -> t.minusYears(n).toInstant();
                case "M" -> t.minusMonths(n).toInstant();
                case "w" -> t.minusWeeks(n).toInstant();
                case "d" -> t.minusDays(n).toInstant();
                case "h" -> t.minusHours(n).toInstant();
                default -> t.minusMinutes(n).toInstant();
            };
        }
        var start = START_OF.matcher(jql);
        if (start.matches()) {
            int n = start.group(2).isEmpty() ? 0 : Integer.parseInt(start.group(2));
            var day = LocalDate.ofInstant(now, ZoneOffset.UTC);
            var first = switch (start.group(1)) {
                case "Day" -> day.plusDays(n);
                case "Week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(n);
                case "Month" -> day.withDayOfMonth(1).plusMonths(n);
                default -> day.withDayOfYear(1).plusYears(n);
            };
            return first.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("not a time bound TimeWords writes: " + jql);
    }

    private static int number(String w) {
        return switch (w) {
            case "a", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "five" -> 5;
            case "ten" -> 10;
            case "fifteen" -> 15;
            case "thirty" -> 30;
            default -> Integer.parseInt(w);
        };
    }

    private static String without(String q, int start, int end) {
        return (q.substring(0, start) + " " + q.substring(end)).replaceAll("\\s+", " ").strip();
    }
}
