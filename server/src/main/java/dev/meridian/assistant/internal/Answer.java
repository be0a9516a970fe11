package dev.meridian.assistant.internal;

import java.util.List;

/**
 * What a provider answered: Markdown text, the issue keys it used, who wrote it, what it understood the question
 * as ({@code intent}), the tool calls it made, the project it was about, and a note for the reader (a fallback).
 */
record Answer(String text, List<String> citations, ModelInfo model, String intent, List<ToolCall> tools, String projectKey,
        String note) {

    Answer withNote(String note) {
        return new Answer(text, citations, model, intent, tools, projectKey, note);
    }

    /** {@code provider}: local, openai; {@code name}: the model; {@code version}: its version or the registry's label. */
    record ModelInfo(String provider, String name, String version) {

        String label() {
            return provider + "/" + name + (version == null ? "" : "@" + version);
        }
    }

    /** One tool call: the tool, what it was asked ({@code input}, e.g. the JQL) and what came back, in a few words. */
    record ToolCall(String tool, String input, String outcome) {
    }
}
