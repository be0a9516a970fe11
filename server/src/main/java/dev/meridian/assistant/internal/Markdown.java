package dev.meridian.assistant.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How answers quote what users wrote: as text, never as Markdown that could add links, images or formatting. */
final class Markdown {

    /** The zone as its short name ("UTC", "CET", "PST"), so that a time read later, or by someone else, says its zone. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    private Markdown() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        for (char c : text.replaceAll("[\\r\\n\\t]+", " ").toCharArray()) {
            if ("\\`*_[]<>!|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }

    static String when(Instant at, ZoneId zone) {
        return WHEN.withZone(zone).format(at);
    }

    /** At most {@code max} characters, cut at a word. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
