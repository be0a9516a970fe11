package dev.meridian.assistant.internal;

import dev.meridian.platform.ReaderZone;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * An answer being written: its Markdown, the issues it cites, and the project it is about. Each part goes to
 * {@code written} as soon as it is added (all but trailing whitespace), so what was sent is always the start of
 * {@link #text()} and, at the end, all of it.
 */
final class Draft {

    private final StringBuilder text = new StringBuilder();
    private final LinkedHashSet<String> citations = new LinkedHashSet<>();
    private final String intent;
    private final Consumer<String> written;
    private final ZoneId zone;
    private int sent;
    private String project;

    Draft(String intent) {
        this(intent, part -> { }, ReaderZone.DEFAULT);
    }

    /** {@code zone}: the reader's, in which the answer writes times. */
    Draft(String intent, Consumer<String> written, ZoneId zone) {
        this.intent = intent;
        this.written = written;
        this.zone = zone;
    }

    /** A time as the reader reads it: in their zone, which it names. */
    String when(Instant at) {
        return Markdown.when(at, zone);
    }

    Draft line(String line) {
        text.append(line).append('\n');
        return send();
    }

    Draft paragraph(String paragraph) {
        if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
            text.append('\n');
        }
        text.append(paragraph).append("\n\n");
        return send();
    }

    private Draft send() {
        int end = text.length();
        while (end > sent && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > sent) {
            var part = text.substring(sent, end);
            sent = end;
            written.accept(part);
        }
        return this;
    }

    Draft cite(String key) {
        citations.add(key);
        if (project == null) {
            project = key.substring(0, key.lastIndexOf('-'));
        }
        return this;
    }

    Draft about(String projectKey) {
        if (projectKey != null) {
            project = projectKey;
        }
        return this;
    }

    String intent() {
        return intent;
    }

    String text() {
        return text.toString().strip();
    }

    List<String> citations() {
        return new ArrayList<>(citations);
    }

    String project() {
        return project;
    }
}
