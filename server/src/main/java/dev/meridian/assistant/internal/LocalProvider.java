package dev.meridian.assistant.internal;

import static dev.meridian.assistant.internal.Markdown.code;
import static dev.meridian.assistant.internal.Markdown.escape;

import dev.meridian.assistant.internal.Answer.ModelInfo;
import dev.meridian.assistant.internal.ChatTools.Trace;
import dev.meridian.assistant.internal.QuestionIntent.Kind;
import dev.meridian.assistant.internal.SearchAnswers.Query;
import dev.meridian.identity.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The default provider, offline: reads the question with the project's own lexicon ({@link NaturalSearch}) and its
 * question words ({@link QuestionIntent}), runs the tools as the asking user, and writes what they returned. Every
 * number, name and date in an answer comes from a tool; when it understands nothing it says so and what it tried.
 * Issue text is only ever quoted, escaped, never read as instructions.
 */
@Component
class LocalProvider implements ChatProvider {

    static final ModelInfo MODEL = new ModelInfo("local", "meridian-lexicon", "1");
    private static final int CHUNK_WORDS = 4;
    /** Below this probability the question-intent model defers to the cue words. */
    static final double CONFIDENT = 0.7;

    private final LexiconReader lexicons;
    private final ChatTools tools;
    private final IssueAnswers issueAnswers;
    private final SearchAnswers searchAnswers;
    private final ProjectAnswers projectAnswers;
    private final QuestionIntentModel intents;
    private final Clock clock;

    LocalProvider(LexiconReader lexicons, ChatTools tools, IssueAnswers issueAnswers, SearchAnswers searchAnswers,
            ProjectAnswers projectAnswers, QuestionIntentModel intents, Clock clock) {
        this.intents = intents;
        this.lexicons = lexicons;
        this.tools = tools;
        this.issueAnswers = issueAnswers;
        this.searchAnswers = searchAnswers;
        this.projectAnswers = projectAnswers;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Answer answer(Ask ask, Consumer<String> chunks) {
        return compose(ask, written -> stream(written, chunks));
    }

    Answer compose(Ask ask) {
        return compose(ask, written -> { });
    }

    /** {@code written}: each part of the answer as soon as it is written, so the reader sees the first before the last tool ran. */
    private Answer compose(Ask ask, Consumer<String> written) {
        var trace = new Trace();
        var intent = intent(ask, trace);
        var d = new Draft(intent.kind().name().toLowerCase(java.util.Locale.ROOT), written, ask.zone());
        d.about(ask.projectKey());
        if (intent.kind() == Kind.SPRINT || intent.kind() == Kind.TRIAGE) {
            aboutAProject(d, intent, ask, trace);
        } else if (!intent.keys().isEmpty() && intent.kind() != Kind.CHANGES && intent.kind().ordinal() <= Kind.STATUS.ordinal()) {
            aboutAnIssue(d, intent, ask.user(), trace);
        } else {
            aboutIssues(d, intent, ask, trace);
        }
        return new Answer(d.text(), d.citations(), MODEL, d.intent(), trace.calls(), d.project(), null);
    }

    /**
     * The cue words' reading, unless they found no intent (and so would list issues): then the trained question-intent
     * model's, when the project has one, it is sure, and the question has what that intent needs (e.g. an issue key).
     * What the model read and whether it was used is written in the trace.
     */
    QuestionIntent intent(Ask ask, Trace trace) {
        var cue = QuestionIntent.read(ask.text());
        if (intents == null) {
            return cue;
        }
        var keys = QuestionIntent.keys(ask.text());
        var project = ask.projectKey() != null ? ask.projectKey()
                : !keys.isEmpty() ? keys.get(0).substring(0, keys.get(0).lastIndexOf('-')) : project(ask, lexicons.read(ask.user()));
        var prediction = intents.predict(project, ask.text());
        if (prediction.isEmpty()) {
            return cue;
        }
        var p = prediction.get();
        var said = name(p.kind()) + String.format(java.util.Locale.ROOT, " %.2f", p.confidence()) + " (model " + p.version() + ")";
        if (p.kind() == cue.kind()) {
            trace.add("question intent", said, "agrees with the cue words");
            return cue;
        }
        // Cue words that found an intent are precise; the model reads what they could only list.
        var read = cue.kind() == Kind.LIST && p.confidence() >= CONFIDENT ? QuestionIntent.as(p.kind(), ask.text())
                : java.util.Optional.<QuestionIntent>empty();
        trace.add("question intent", said, read.isPresent() ? "used (cue words said " + name(cue.kind()) + ")"
                : "not used: cue words said " + name(cue.kind()));
        return read.orElse(cue);
    }

    private static String name(Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void aboutAnIssue(Draft d, QuestionIntent intent, CurrentUser user, Trace trace) {
        var key = intent.keys().get(0);
        var found = tools.issue(key, user, trace);
        if (found.isEmpty()) {
            d.paragraph("I cannot find **" + escape(key) + "**: it does not exist, or you do not have access to it.");
            return;
        }
        var issue = found.get();
        d.about(issue.projectKey());
        switch (intent.kind()) {
            case SUMMARIZE -> issueAnswers.summarize(d, issue, user, trace);
            case SIMILAR -> issueAnswers.similar(d, issue, user, trace);
            case WHO -> issueAnswers.who(d, issue, intent.field(), user, trace);
            case WHEN -> issueAnswers.whenOf(d, issue, intent.field());
            default -> issueAnswers.status(d, issue);
        }
    }

    private void aboutIssues(Draft d, QuestionIntent intent, Ask ask, Trace trace) {
        var user = ask.user();
        var lexicon = lexicons.read(user);
        var rest = intent.rest();
        SinceTime since = null;
        if (intent.kind() == Kind.CHANGES) {
            since = SinceTime.find(rest, now()).orElse(null);
            if (since != null) {
                rest = since.rest();
            } else {
                since = new SinceTime("-7d", SinceTime.instant("-7d", now()), "in the last 7 days", rest);
            }
        }
        if (intent.kind() == Kind.SIMILAR) {
            similarToText(d, intent.rest(), ask, lexicon, trace);
            return;
        }
        var reading = NaturalSearch.read(rest.isBlank() ? "" : rest, lexicon, ask.projectKey());
        boolean understood = reading.jql() != null;
        boolean onlyFiller = reading.unmatched().isEmpty();
        if (!understood && !(onlyFiller && intent.kind() != Kind.LIST)) {
            cannotTell(d, ask.text(), reading.unmatched(), lexicon);
            return;
        }
        var query = understood ? Query.of(reading.jql())
                : ask.projectKey() == null ? Query.of("") : Query.of("project = " + ask.projectKey());
        switch (intent.kind()) {
            case COUNT -> searchAnswers.count(d, query, user, trace);
            case GROUP -> searchAnswers.countBy(d, query, intent.field(), lexicon, user, trace);
            case WHO -> searchAnswers.whoMost(d, query, intent.field(), intent.latest(), lexicon, user, trace);
            case WHEN -> searchAnswers.extreme(d, query, intent.field(), intent.latest(), user, trace);
            case CHANGES -> searchAnswers.changes(d, query, since, user, trace);
            default -> searchAnswers.list(d, query, user, trace);
        }
        if (understood && !reading.interpretation().isEmpty()) {
            d.paragraph("_How I read your question: " + reading.interpretation().stream()
                    .map(s -> "\"" + escape(s.phrase()) + "\" → " + code(s.clause())).collect(Collectors.joining("; ")) + "._");
        }
        if (!reading.unmatched().isEmpty()) {
            d.paragraph("_Words I did not use: " + String.join(", ", reading.unmatched().stream().map(Markdown::escape).toList()) + "._");
        }
    }

    private void aboutAProject(Draft d, QuestionIntent intent, Ask ask, Trace trace) {
        var lexicon = lexicons.read(ask.user());
        var project = project(ask, lexicon);
        if (project == null) {
            d.paragraph(whichProject(lexicon));
        } else if (intent.kind() == Kind.SPRINT) {
            projectAnswers.sprint(d, project, ask.user(), trace);
        } else {
            projectAnswers.triage(d, project, intent.rest(), ask.user(), trace);
        }
    }

    /** The project a question is about: the one it names, else the conversation's, else the user's only one. */
    private static String project(Ask ask, Lexicon lexicon) {
        var named = NaturalSearch.read(ask.text(), lexicon, null);
        var project = named.jql() == null ? null : Query.of(named.jql()).project();
        if (project != null) {
            return project;
        }
        var projects = lexicon.projects();
        return ask.projectKey() != null ? ask.projectKey() : projects.size() == 1 ? projects.get(0).key() : null;
    }

    private static String whichProject(Lexicon lexicon) {
        return "Which project should I look in? Name it in the question (one of "
                + String.join(", ", lexicon.projects().stream().map(Lexicon.Project::key).limit(10).toList()) + ").";
    }

    private void similarToText(Draft d, String text, Ask ask, Lexicon lexicon, Trace trace) {
        var projects = lexicon.projects();
        var project = ask.projectKey() != null ? ask.projectKey() : projects.size() == 1 ? projects.get(0).key() : null;
        if (project == null) {
            var named = NaturalSearch.read(ask.text(), lexicon, null);
            project = named.jql() == null ? null : Query.of(named.jql()).project();
        }
        if (text.isBlank() || project == null) {
            d.paragraph(text.isBlank() ? "Similar to what? Name an issue (e.g. \"issues similar to " + example(lexicon)
                    + "\") or quote a text." : whichProject(lexicon));
            return;
        }
        d.about(project);
        var similar = tools.similarToText(project, text, 10, ask.user(), trace);
        if (similar.issues().isEmpty()) {
            d.paragraph("I found no issue in " + project + " whose summary shares the rarer words of \"" + escape(text) + "\".");
            return;
        }
        d.paragraph("Issues in " + project + " most like \"" + escape(text) + "\", ranked by the rarer words their summaries share:");
        int n = 0;
        for (var s : similar.issues()) {
            d.line(++n + ". **" + s.key() + "** " + escape(s.summary()) + " — " + s.status());
            d.cite(s.key());
        }
    }

    /** Says it did not understand, what it looked for, and what it could not place; never a guess. */
    private void cannotTell(Draft d, String question, List<String> unmatched, Lexicon lexicon) {
        d.paragraph("I could not work out what you are asking, so I did not search.");
        d.paragraph("I looked for issue keys, the people, statuses, priorities, types, labels, components and versions of "
                + "your projects, dates (\"last week\", \"since 2024-01-31\"), and question words (how many, who, when, "
                + "status of, what changed, similar to, summarize)"
                + (unmatched.isEmpty() ? "." : ", and found nothing I could use in: "
                        + String.join(", ", unmatched.stream().map(w -> "\"" + escape(w) + "\"").toList()) + "."));
        d.paragraph("You could ask, for example: \"how many open issues are in " + projectKey(lexicon) + "\", \"what is the status of "
                + example(lexicon) + "\", \"what changed in " + projectKey(lexicon) + " since yesterday\".");
    }

    private static String projectKey(Lexicon lexicon) {
        return lexicon.projects().isEmpty() ? "PROJ" : lexicon.projects().get(0).key();
    }

    private static String example(Lexicon lexicon) {
        return projectKey(lexicon) + "-1";
    }

    private Instant now() {
        return Instant.now(clock);
    }

    /** Sends the text a few words at a time, keeping its whitespace, so the reader sees it arrive. */
    static void stream(String text, Consumer<String> chunks) {
        int words = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && (i + 1 == text.length() || !Character.isWhitespace(text.charAt(i + 1)))
                    && ++words % CHUNK_WORDS == 0) {
                chunks.accept(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            chunks.accept(text.substring(from));
        }
    }
}
