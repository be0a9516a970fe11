package dev.meridian.notifications.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mentions in Markdown, written {@code @[Ada Lovelace](ada@example.com)} (what the editors insert): the name is what
 * readers see, the email is whom it means.
 */
final class Mentions {

    private static final Pattern MENTION = Pattern.compile("@\\[([^\\]\\n]{1,200})\\]\\(([^()\\s]+@[^()\\s]+)\\)");
    private static final int EXCERPT = 200;

    private Mentions() {
    }

    /** The emails mentioned, lower-cased, in order of first mention. */
    static Set<String> in(String text) {
        var emails = new LinkedHashSet<String>();
        if (text != null) {
            var matcher = MENTION.matcher(text);
            while (matcher.find()) {
                emails.add(matcher.group(2).toLowerCase(Locale.ROOT));
            }
        }
        return emails;
    }

    /** The start of a text on one line, each mention shown as {@code @Name}. */
    static String excerpt(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var plain = MENTION.matcher(text).replaceAll(m -> "@" + m.group(1).replace("\\", "\\\\").replace("$", "\\$"))
                .replaceAll("\\s+", " ").strip();
        return plain.length() <= EXCERPT ? plain : plain.substring(0, EXCERPT - 1).stripTrailing() + "…";
    }
}
