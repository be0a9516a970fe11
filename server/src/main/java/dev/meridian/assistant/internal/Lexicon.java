package dev.meridian.assistant.internal;

import java.util.List;

/**
 * The words of the caller's projects: what their statuses, types, priorities (highest first), resolutions,
 * components, versions, labels, people and projects are called.
 */
record Lexicon(List<Project> projects, List<Named> statuses, List<String> types, List<String> priorities,
        List<String> resolutions, List<String> components, List<String> versions, List<String> labels, List<Person> people) {

    record Project(String key, String name) {
    }

    /** {@code category}: new, indeterminate or done. */
    record Named(String name, String category) {
    }

    record Person(String email, String displayName) {
    }
}
