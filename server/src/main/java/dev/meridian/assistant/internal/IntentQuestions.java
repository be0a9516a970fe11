package dev.meridian.assistant.internal;

import dev.meridian.assistant.internal.QuestionIntent.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Questions to train the question-intent model on, written from templates per intent with the project's own words
 * filled in (its statuses, types, priorities, labels, components, versions, people, issue keys). Each template is
 * either for training or held out, so the held-out score measures phrasings the model never saw.
 */
final class IntentQuestions {

    /** {@code heldOut}: from a template the model is not trained on; {@code rated}: asked by someone, answer rated up. */
    record Question(String text, Kind kind, boolean heldOut, boolean rated) {
    }

    static final int FILLS_PER_TEMPLATE = 6;
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private static final Map<Kind, List<String>> TEMPLATES = Map.ofEntries(
            Map.entry(Kind.COUNT, List.of("how many {status} issues are there", "how many {type}s in {project}",
                    "number of {priority} issues", "count the {status} {type}s", "how many issues does {person} have",
                    "total {type}s labelled {label}", "how many issues in {component} are {status}",
                    "count of {priority} {type}s fixed in {version}", "how many open issues are assigned to {person}",
                    "what is the number of {status} issues in {project}", "how many {type}s were created {time}",
                    "give me the count of issues with label {label}")),
            Map.entry(Kind.LIST, List.of("show me {status} {type}s", "list {priority} issues in {component}",
                    "{status} issues assigned to {person}", "which issues are labelled {label}", "open {type}s in {project}",
                    "issues fixed in {version}", "find {priority} {type}s created {time}", "what are the {status} issues of {person}",
                    "show unassigned {type}s", "{type}s in {component}", "give me the newest {status} issues",
                    "what is {person} working on", "bugs reported by {person}", "which issues were closed as {resolution}",
                    "{type}s resolved as {resolution} {time}", "which {type}s were fixed in {version}",
                    "issues closed as {resolution} in {component}")),
            Map.entry(Kind.GROUP, List.of("{type}s by {field}", "how many issues per {field}", "break down {status} issues by {field}",
                    "count of issues grouped by {field}", "{status} {type}s for each {field}", "distribution of issues by {field}",
                    "split the {priority} issues by {field}", "issues in {component} broken down by {field}")),
            Map.entry(Kind.WHO, List.of("who is working on {key}", "who reported {key}", "who has the most {status} issues",
                    "which person has the most {type}s", "who fixed {key}", "who owns {key}", "who reported the most {priority} bugs",
                    "which people have the fewest open issues", "who is assigned to {key}", "who closed {key}",
                    "who has the most issues in {component}", "who changed {key} last")),
            Map.entry(Kind.WHEN, List.of("when was {key} created", "when was {key} resolved", "when did {key} get fixed",
                    "when was the last {type} reported", "when was the first {priority} issue created", "what day was {key} closed",
                    "when was {key} last updated", "when was the most recent {status} issue filed",
                    "on what date was {key} opened", "when did the latest {type} in {component} get resolved")),
            Map.entry(Kind.STATUS, List.of("what is the status of {key}", "is {key} fixed", "where does {key} stand",
                    "tell me about {key}", "what's going on with {key}", "details of {key}", "is {key} done yet",
                    "what state is {key} in", "show {key}", "has {key} been resolved", "any progress on {key}")),
            Map.entry(Kind.CHANGES, List.of("what changed {time}", "what changed in {project} {time}", "recent changes in {component}",
                    "what happened {time}", "what's new in {project}", "recent activity on {status} issues",
                    "what has changed since {time}", "show me the changes {time}", "any updates {time}",
                    "what did people change in {project} {time}")),
            Map.entry(Kind.SIMILAR, List.of("issues similar to {key}", "find duplicates of {key}", "is {key} a duplicate",
                    "anything like {key}", "issues that look like \"{text}\"", "possible duplicates of {key}",
                    "are there issues like {key}", "similar to \"{text}\"", "what resembles {key}", "has \"{text}\" been reported before")),
            Map.entry(Kind.SUMMARIZE, List.of("summarize {key}", "give me a summary of {key}", "tl;dr of {key}", "recap {key}",
                    "sum up the discussion on {key}", "what is the gist of {key}", "short summary of {key} please",
                    "summarise the comments on {key}")),
            Map.entry(Kind.SPRINT, List.of("how is the current sprint going", "sprint status for {project}", "how's the sprint in {project}",
                    "where do our boards stand", "what is left in the active sprint", "board overview of {project}",
                    "how many days are left in the sprint", "status of the sprint", "is the sprint on track",
                    "how is the {project} board doing", "what's in the next sprint")),
            Map.entry(Kind.TRIAGE, List.of("suggest a priority for \"{text}\"", "triage this: {text}", "which component for \"{text}\"",
                    "what priority should \"{text}\" get", "suggest fields for: {text}", "who should I assign \"{text}\" to",
                    "recommend a type and priority for \"{text}\"", "how should I file \"{text}\"")));

    private static final List<String> FIELDS = List.of("status", "priority", "type", "assignee", "reporter", "component",
            "label", "fix version", "resolution");
    private static final List<String> TIMES = List.of("since yesterday", "last week", "today", "in the last 2 hours",
            "this month", "since 2024-01-31", "in the past 3 days", "this week");
    private static final List<String> TEXTS = List.of("NameNode crashes on restart", "upload fails with timeout",
            "typo in the docs", "memory leak in the scheduler", "login page is slow", "NPE when the config is empty");

    private IntentQuestions() {
    }

    static List<Kind> kinds() {
        return TEMPLATES.keySet().stream().sorted().toList();
    }

    /** Every template filled {@link #FILLS_PER_TEMPLATE} times; every fourth template of a kind is held out. */
    static List<Question> of(Lexicon lexicon, String projectKey, long seed) {
        var random = new Random(seed);
        var slots = Map.<String, Function<Random, String>>ofEntries(
                Map.entry("project", r -> r.nextBoolean() ? projectKey : "project " + projectKey),
                Map.entry("status", r -> pick(r, lexicon.statuses().stream().map(Lexicon.Named::name).toList(), "open").toLowerCase()),
                Map.entry("type", r -> pick(r, lexicon.types(), "bug").toLowerCase()),
                Map.entry("priority", r -> pick(r, lexicon.priorities(), "major").toLowerCase()),
                Map.entry("label", r -> pick(r, lexicon.labels(), "performance")),
                Map.entry("component", r -> pick(r, lexicon.components(), "core")),
                Map.entry("version", r -> pick(r, lexicon.versions(), "1.0")),
                Map.entry("resolution", r -> pick(r, lexicon.resolutions(), "fixed").toLowerCase()),
                Map.entry("person", r -> pick(r, lexicon.people().stream().map(Lexicon.Person::displayName).toList(), "Ana")),
                Map.entry("key", r -> projectKey + "-" + (1 + r.nextInt(3000))),
                Map.entry("time", r -> pick(r, TIMES, "today")),
                Map.entry("text", r -> pick(r, TEXTS, "it crashes")),
                Map.entry("field", r -> pick(r, FIELDS, "status")));
        var out = new ArrayList<Question>();
        for (var kind : kinds()) {
            var templates = TEMPLATES.get(kind);
            for (int t = 0; t < templates.size(); t++) {
                for (int n = 0; n < FILLS_PER_TEMPLATE; n++) {
                    var m = SLOT.matcher(templates.get(t));
                    var text = m.replaceAll(r -> java.util.regex.Matcher.quoteReplacement(slots.get(r.group(1)).apply(random)));
                    out.add(new Question(text, kind, t % 4 == 3, false));
                }
            }
        }
        return out;
    }

    private static String pick(Random random, List<String> values, String otherwise) {
        return values.isEmpty() ? otherwise : values.get(random.nextInt(Math.min(values.size(), 200)));
    }
}
