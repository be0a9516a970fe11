package dev.meridian.assistant.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** An answer being written: its Markdown, the issues it cites, and the project it is about. */
final class Draft {

    private final StringBuilder text = new StringBuilder();
    private final LinkedHashSet<String> citations = new LinkedHashSet<>();
    private final String intent;
    private String project;

    Draft(String intent) {
        this.intent = intent;
    }

    Draft line(String line) {
        text.append(line).append('\n');
        return this;
    }

    Draft paragraph(String paragraph) {
        if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
            text.append('\n');
        }
        text.append(paragraph).append("\n\n");
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
