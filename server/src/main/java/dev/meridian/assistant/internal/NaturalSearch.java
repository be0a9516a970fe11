package dev.meridian.assistant.internal;

import static dev.meridian.assistant.internal.TimeWords.word;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question in plain words to JQL, from the project's own lexicon and a small grammar of English cues. It only
 * says what it understood: each clause keeps the phrase it came from, words it could not place are reported, and
 * a question with nothing it understood gets no query rather than a guess.
 */
final class NaturalSearch {

    record Step(String phrase, String clause) {
    }

    record Reading(String jql, List<Step> interpretation, List<String> unmatched) {
    }

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-@']*");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]{1,9}-\\d+");
    private static final Set<String> FILLER = Set.of("issue", "issues", "ticket", "tickets", "item", "items", "all", "the", "a",
            "an", "of", "in", "on", "for", "show", "list", "find", "get", "give", "what", "which", "are", "is", "that", "were",
            "was", "have", "has", "and", "please", "everything", "any", "some", "ones", "stuff", "things", "from", "to", "since",
            "during", "at", "there", "how", "many", "with", "me", "i", "we", "our", "us", "can", "you", "see", "need", "want",
            "look", "up", "status", "priority", "type", "by", "it", "be", "been", "being", "who", "whose", "where", "when",
            "do", "does", "did");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> OPEN = Set.of("open", "unresolved", "outstanding", "pending", "active", "remaining",
            "incomplete", "unfinished", "unfixed");
    private static final Set<String> DONE = Set.of("done", "closed", "resolved", "fixed", "completed", "complete", "finished");
    private static final Map<String, String> DATE_FIELDS = Map.ofEntries(Map.entry("created", "created"),
            Map.entry("opened", "created"), Map.entry("filed", "created"), Map.entry("reported", "created"),
            Map.entry("raised", "created"), Map.entry("new", "created"), Map.entry("logged", "created"),
            Map.entry("updated", "updated"), Map.entry("changed", "updated"), Map.entry("modified", "updated"),
            Map.entry("touched", "updated"), Map.entry("resolved", "resolved"), Map.entry("fixed", "resolved"),
            Map.entry("closed", "resolved"), Map.entry("completed", "resolved"), Map.entry("done", "resolved"),
            Map.entry("finished", "resolved"), Map.entry("due", "due"));
    private static final Set<String> REPORTER_VERBS = Set.of("reported", "filed", "created", "opened", "raised", "logged", "wrote");
    private static final Set<String> TEXT_CUES = Set.of("about", "mentioning", "regarding", "containing", "concerning",
            "mention", "mentions", "contain", "contains", "saying", "titled", "called", "named", "like");

    private final Lexicon lexicon;
    private final List<String> tokens = new ArrayList<>();
    private final boolean[] used;
    private final Map<String, Step> clauses = new LinkedHashMap<>();
    private final List<String> order = new ArrayList<>();
    /** Date clauses whose field was only a guess (no word said created, updated, due…). */
    private final Set<String> guessed = new java.util.HashSet<>();

    private NaturalSearch(Lexicon lexicon, String text) {
        this.lexicon = lexicon;
        var m = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            tokens.add(m.group().replaceAll("[.']+$", ""));
        }
        this.used = new boolean[tokens.size()];
    }

    static Reading read(String text, Lexicon lexicon, String contextProject) {
        var quoted = new ArrayList<String>();
        var m = QUOTED.matcher(text);
        while (m.find()) {
            quoted.add(m.group(1).trim());
        }
        var search = new NaturalSearch(lexicon, QUOTED.matcher(text).replaceAll(" "));
        quoted.stream().filter(q -> !q.isEmpty()).forEach(q -> search.add("\"" + q + "\"", "text ~ " + quote("\"" + q + "\"")));
        search.scan();
        return search.result(contextProject);
    }

    private void scan() {
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i]) {
                match(i);
            }
        }
    }

    private void match(int i) {
        var w = tokens.get(i);
        var next = word(tokens, i + 1);
        if (negation(i) || time(i) || people(i) || versions(i) || cues(i) || ordering(i) || lexiconAt(i)) {
            return;
        }
        if (w.equals("reproduce") || w.equals("reproducible") || w.startsWith("duplicate")) {
            var resolution = lexicon.resolutions().stream()
                    .filter(r -> r.toLowerCase(Locale.ROOT).contains(w.startsWith("dup") ? "duplicate" : "reproduc")).findFirst();
            if (resolution.isPresent()) {
                take(i, 1, "resolution = " + quote(resolution.get()));
                return;
            }
        }
        if (w.equals("past") && (next.equals("due") || next.equals("their") && word(tokens, i + 2).equals("due"))) {
            take(i, next.equals("due") ? 2 : 3, "due < startOfDay()");
            add("past due", "resolution = Unresolved");
            if (word(tokens, i + 3).equals("date")) {
                mark(i + 3, 1);
            }
            return;
        }
        // "what is Bob working on?": what is still his to do, as Jira's "Assigned to me" lists it.
        if ((w.equals("working") || w.equals("work")) && next.equals("on")) {
            take(i, 2, "resolution = Unresolved");
            return;
        }
        if (OPEN.contains(w)) {
            if (!statusNamed(i, w)) {
                take(i, 1, "resolution = Unresolved");
            }
            return;
        }
        if (DONE.contains(w) && !(DATE_FIELDS.containsKey(w) && TimeWords.at(tokens, i + 1).isPresent())) {
            if (!statusNamed(i, w)) {
                take(i, 1, "statusCategory = Done");
            }
            return;
        }
        if (KEY.matcher(w).matches()) {
            take(i, 1, "key = " + w.toUpperCase(Locale.ROOT));
        }
        if (w.equals("overdue")) {
            take(i, 1, "due < startOfDay()");
            add("overdue", "resolution = Unresolved");
        }
        if (w.equals("unassigned") || (w.equals("not") || w.equals("no")) && next.equals("assigned")) {
            take(i, w.equals("unassigned") ? 1 : 2, "assignee is EMPTY");
        }
    }

    private static final Set<String> NEGATIONS = Set.of("not", "never", "aren't", "isn't", "wasn't", "weren't", "don't",
            "doesn't", "haven't", "hasn't", "without");

    /** "not done yet", "aren't closed", "not started", "not assigned to me / Bob". */
    private boolean negation(int i) {
        if (!NEGATIONS.contains(tokens.get(i)) || tokens.get(i).equals("without")) {
            return false;
        }
        int j = word(tokens, i + 1).equals("yet") || word(tokens, i + 1).equals("been") || word(tokens, i + 1).equals("being")
                ? i + 2 : i + 1;
        var w = word(tokens, j);
        if (DONE.contains(w)) {
            take(i, j - i + 1, "resolution = Unresolved");
        } else if (w.equals("started") || w.equals("begun")) {
            take(i, j - i + 1, "statusCategory = \"To Do\"");
        } else if (w.equals("assigned") && (word(tokens, j + 1).equals("to") || word(tokens, j + 1).equals("by"))) {
            var who = persons(j + 2);
            if (who == null) {
                return false;
            }
            take(i, j + 2 + who.words() - i, "(assignee not in (" + who.jql() + ") OR assignee is EMPTY)");
        } else if (w.equals("assigned")) {
            take(i, j - i + 1, "assignee is EMPTY");
        } else {
            return false;
        }
        if (word(tokens, i + j - i + 1).equals("yet")) {
            mark(j + 1, 1);
        }
        return true;
    }

    /** "created last week", "due this month", "updated in the last 3 days", "yesterday" (created, unless a cue says). */
    private boolean time(int i) {
        var cue = DATE_FIELDS.get(tokens.get(i));
        int at = cue == null ? i : i + 1;
        String modifier = null;
        if (MODIFIERS.contains(word(tokens, at)) && TimeWords.at(tokens, at + 1).isPresent() && !word(tokens, at + 1).equals("the")) {
            modifier = word(tokens, at);
            at++;
        }
        var range = TimeWords.at(tokens, at);
        if (range.isEmpty()) {
            return false;
        }
        var field = cue != null ? cue : lastDateCue(i);
        var r = range.get();
        var phrase = String.join(" ", tokens.subList(i, at + r.words()));
        var bounds = new ArrayList<String>();
        if ("before".equals(modifier) || "until".equals(modifier)) {
            bounds.add(field + " < " + r.lower());
        } else if ("after".equals(modifier)) {
            bounds.add(r.upper() != null ? field + " > " + r.upper() : field + " > " + r.lower());
        } else {
            if (r.lower() != null) {
                bounds.add(field + " >= " + r.lower());
            }
            if (r.upper() != null && !"since".equals(modifier)) {
                bounds.add(field + (r.upperInclusive() ? " <= " : " < ") + r.upper());
            }
        }
        bounds.forEach(b -> add(phrase, b));
        if (cue == null && field.equals("created") && lastDateCue(i).equals("created") && noCueBefore(i)) {
            guessed.addAll(bounds);
        }
        if (cue != null && DONE.contains(tokens.get(i))) {
            add(tokens.get(i), "statusCategory = Done");
        }
        mark(i, at + r.words() - i);
        return true;
    }

    private static final Set<String> MODIFIERS = Set.of("before", "after", "until", "since", "in", "during", "on");

    private boolean noCueBefore(int before) {
        for (int j = before - 1; j >= Math.max(0, before - 3); j--) {
            if (DATE_FIELDS.containsKey(tokens.get(j))) {
                return false;
            }
        }
        return true;
    }

    private String lastDateCue(int before) {
        for (int j = before - 1; j >= Math.max(0, before - 3); j--) {
            var cue = DATE_FIELDS.get(tokens.get(j));
            if (cue != null) {
                return cue;
            }
        }
        return "created";
    }

    /** my, mine, assigned to X, reported by X, X's, X reported, i'm watching, unassigned. */
    private boolean people(int i) {
        var w = tokens.get(i);
        var next = word(tokens, i + 1);
        if (w.equals("my") || w.equals("mine")) {
            if (REPORTER_VERBS.contains(next)) {
                return take(i, 2, "reporter = currentUser()");
            }
            return take(i, 1, "assignee = currentUser()");
        }
        if ((w.equals("i") || w.equals("i'm") || w.equals("i've")) && (REPORTER_VERBS.contains(next) || next.equals("watch")
                || next.equals("watching") || w.equals("i'm") && next.equals("watching"))) {
            return take(i, 2, REPORTER_VERBS.contains(next) ? "reporter = currentUser()" : "watcher = currentUser()");
        }
        if (w.equals("watched") || w.equals("watching")) {
            var who = person(i + (next.equals("by") ? 2 : 1));
            if (who.isPresent()) {
                return take(i, (next.equals("by") ? 2 : 1) + who.get().words(), "watcher = " + who.get().jql());
            }
        }
        String field = null;
        int skip = 0;
        if ((w.equals("assigned") || w.equals("assignee")) && (next.equals("to") || next.equals("is"))) {
            field = "assignee";
            skip = 2;
        } else if (w.equals("assignee") || w.equals("owner") || w.equals("owned") && next.equals("by")) {
            field = "assignee";
            skip = w.equals("owned") ? 2 : 1;
        } else if ((REPORTER_VERBS.contains(w) || w.equals("reporter")) && next.equals("by")) {
            field = "reporter";
            skip = 2;
        } else if ((w.equals("fixed") || w.equals("resolved") || w.equals("closed") || w.equals("worked")) && next.equals("by")) {
            field = "assignee";
            skip = 2;
        } else if (w.equals("by")) {
            field = "reporter";
            skip = 1;
        }
        if (field != null) {
            var who = persons(i + skip);
            if (who != null) {
                return take(i, skip + who.words(), who.clause(field));
            }
            if (word(tokens, i + skip).equals("nobody") || word(tokens, i + skip).equals("noone")) {
                return take(i, skip + 1, field + " is EMPTY");
            }
            return false;
        }
        var who = person(i);
        // A bare "me" says nothing about whose issues ("make me a list"); "my", "assigned to me" and "by me" do.
        if (who.isEmpty() || who.get().jql().equals("currentUser()")) {
            return false;
        }
        var after = word(tokens, i + who.get().words());
        if (REPORTER_VERBS.contains(after)) {
            return take(i, who.get().words() + 1, "reporter = " + who.get().jql());
        }
        return take(i, who.get().words(), "assignee = " + who.get().jql());
    }

    /** {@code jql}: one person, or several separated by commas ("me or Bob"). */
    private record Who(int words, String jql) {

        String clause(String field) {
            return jql.contains(", ") ? field + " in (" + jql + ")" : field + " = " + jql;
        }
    }

    /** One person, or several joined by "or" / ",": "assigned to me or Bob". */
    private Who persons(int at) {
        var first = person(at);
        if (first.isEmpty()) {
            return null;
        }
        var jql = new ArrayList<>(List.of(first.get().jql()));
        int n = first.get().words();
        while (word(tokens, at + n).equals("or")) {
            var more = person(at + n + 1);
            if (more.isEmpty()) {
                break;
            }
            jql.add(more.get().jql());
            n += 1 + more.get().words();
        }
        return new Who(n, String.join(", ", jql));
    }

    private Optional<Who> person(int i) {
        var w = word(tokens, i).replaceAll("'s$", "");
        if (w.equals("me") || w.equals("myself") || w.equals("i")) {
            return Optional.of(new Who(1, "currentUser()"));
        }
        Lexicon.Person best = null;
        int words = 0;
        for (var p : lexicon.people()) {
            var name = p.displayName().toLowerCase(Locale.ROOT).split("\\s+");
            if (name.length > 1 && i + name.length <= tokens.size() && matches(name, i)) {
                if (name.length > words) {
                    best = p;
                    words = name.length;
                }
            } else if (words == 0 && (name[0].equals(w) || p.email().toLowerCase(Locale.ROOT).equals(w)
                    || p.email().toLowerCase(Locale.ROOT).startsWith(w + "@") && w.length() > 2)) {
                best = p;
                words = 1;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Who(words, quote(best.email())));
    }

    private boolean matches(String[] name, int i) {
        for (int k = 0; k < name.length; k++) {
            var t = tokens.get(i + k);
            if (!t.equals(name[k]) && !(k == name.length - 1 && t.equals(name[k] + "'s"))) {
                return false;
            }
        }
        return true;
    }

    /** fixed in 2.0, fix version X, affects X, found in X, unreleased, released. */
    private boolean versions(int i) {
        var w = tokens.get(i);
        var next = word(tokens, i + 1);
        if (w.equals("unreleased")) {
            return take(i, 1, "fixVersion in unreleasedVersions()");
        }
        String field = null;
        int skip = 0;
        if ((w.equals("fixed") || w.equals("fix") || w.equals("targeted") || w.equals("planned")) && (next.equals("in")
                || next.equals("for") || next.equals("version") || next.equals("at"))) {
            field = "fixVersion";
            skip = 2;
        } else if (w.equals("release") || w.equals("version") || w.equals("fixversion")) {
            field = "fixVersion";
            skip = 1;
        } else if (w.equals("affects") || w.equals("affect") || w.equals("affecting") || w.equals("affected")
                || w.equals("found") && next.equals("in")) {
            field = "affectedVersion";
            skip = w.equals("found") || next.equals("by") || next.equals("version") ? 2 : 1;
        }
        if (field == null) {
            return false;
        }
        if (word(tokens, i + skip).equals("version") || word(tokens, i + skip).equals("release")) {
            skip++;
        }
        var version = named(lexicon.versions(), i + skip, false);
        if (version.isEmpty()) {
            return false;
        }
        return take(i, skip + version.get().words(), field + " = " + quote(version.get().name()));
    }

    /** about X, labeled X, component X, without labels, subtasks of KEY, linked to KEY, blocking KEY. */
    private boolean cues(int i) {
        var w = tokens.get(i);
        var next = word(tokens, i + 1);
        if (TEXT_CUES.contains(w)) {
            var words = new ArrayList<String>();
            int j = i + 1;
            while (j < tokens.size() && (ARTICLES.contains(tokens.get(j)) || !FILLER.contains(tokens.get(j))
                    && !DATE_FIELDS.containsKey(tokens.get(j)) && TimeWords.at(tokens, j).isEmpty())) {
                if (!ARTICLES.contains(tokens.get(j))) {
                    words.add(tokens.get(j));
                }
                j++;
            }
            if (words.isEmpty()) {
                return false;
            }
            return take(i, j - i, "text ~ " + quote(String.join(" ", words)));
        }
        if (Set.of("labeled", "labelled", "tagged", "label").contains(w) && !next.isEmpty()) {
            var label = lexicon.labels().stream().filter(l -> l.equalsIgnoreCase(next)).findFirst().orElse(next);
            return take(i, 2, "labels = " + quote(label));
        }
        if ((w.equals("without") || w.equals("no") || w.equals("missing")) && !next.isEmpty()) {
            var empty = switch (next.replaceAll("s$", "")) {
                case "label" -> "labels is EMPTY";
                case "component" -> "component is EMPTY";
                case "assignee", "owner" -> "assignee is EMPTY";
                case "due" -> "due is EMPTY";
                case "fix", "version", "fixversion" -> "fixVersion is EMPTY";
                case "priority" -> "priority is EMPTY";
                case "comment" -> "comment is EMPTY";
                default -> null;
            };
            if (empty != null) {
                return take(i, next.equals("due") && word(tokens, i + 2).equals("date") || next.equals("fix") ? 3 : 2, empty);
            }
        }
        if (w.equals("unlabeled") || w.equals("unlabelled")) {
            return take(i, 1, "labels is EMPTY");
        }
        if (w.equals("component") || w.equals("components")) {
            var c = named(lexicon.components(), i + 1, false);
            if (c.isPresent()) {
                return take(i, 1 + c.get().words(), "component = " + quote(c.get().name()));
            }
        }
        var key = KEY.matcher(word(tokens, i + 2)).matches() ? word(tokens, i + 2).toUpperCase(Locale.ROOT) : null;
        if (key != null && next.equals("of") && Set.of("subtasks", "subtask", "sub-tasks", "children", "child").contains(w)) {
            return take(i, 3, "parent = " + key);
        }
        if (key != null && (w.equals("linked") || w.equals("related")) && (next.equals("to") || next.equals("with"))) {
            return take(i, 3, "issue in linkedIssues(" + key + ")");
        }
        if (KEY.matcher(next).matches()) {
            var link = switch (w) {
                case "blocking" -> "is blocked by";
                case "duplicating", "duplicates" -> "is duplicated by";
                default -> null;
            };
            if (link != null) {
                return take(i, 2, "issue in linkedIssues(" + next.toUpperCase(Locale.ROOT) + ", " + quote(link) + ")");
            }
        }
        if (w.equals("blocked") && next.equals("by") && KEY.matcher(word(tokens, i + 2)).matches()) {
            return take(i, 3, "issue in linkedIssues(" + word(tokens, i + 2).toUpperCase(Locale.ROOT) + ", \"blocks\")");
        }
        var comparison = (w.equals("more") || w.equals("less")) && next.equals("important") && word(tokens, i + 2).equals("than") ? 3
                : (w.equals("higher") || w.equals("lower")) && next.equals("than") || w.equals("above") || w.equals("below") ? 2 : 0;
        if (comparison > 0) {
            var than = named(lexicon.priorities(), i + comparison - (w.equals("above") || w.equals("below") ? 1 : 0), true);
            if (than.isPresent()) {
                var op = w.equals("more") || w.equals("higher") || w.equals("above") ? " > " : " < ";
                int n = comparison - (w.equals("above") || w.equals("below") ? 1 : 0) + than.get().words();
                return take(i, n, "priority" + op + quote(than.get().name()));
            }
        }
        if (named(lexicon.priorities(), i, true).isPresent()) {
            return false;
        }
        if (Set.of("high", "highest", "important", "urgent").contains(w) || w.equals("top") && next.startsWith("priorit")) {
            var top = lexicon.priorities().subList(0, Math.min(2, lexicon.priorities().size()));
            return !top.isEmpty() && take(i, next.startsWith("priorit") ? 2 : 1, "priority in (" + list(top) + ")");
        }
        if (w.equals("low") || w.equals("lowest")) {
            var all = lexicon.priorities();
            var bottom = all.subList(Math.max(0, all.size() - 2), all.size());
            return !bottom.isEmpty() && take(i, next.startsWith("priorit") ? 2 : 1, "priority in (" + list(bottom) + ")");
        }
        return false;
    }

    private boolean ordering(int i) {
        var w = tokens.get(i);
        var next = word(tokens, i + 1);
        if ((w.equals("recently") || w.equals("last")) && next.equals("updated") || w.equals("latest") && next.equals("updated")) {
            return orderBy(i, 2, "updated DESC");
        }
        if (w.equals("newest") || w.equals("latest") || w.equals("most") && next.equals("recent") || w.equals("recent")) {
            return orderBy(i, w.equals("most") ? 2 : 1, "created DESC");
        }
        if (w.equals("oldest")) {
            return orderBy(i, 1, "created ASC");
        }
        if (w.equals("most") && next.equals("important") || w.equals("by") && next.startsWith("priorit")) {
            return orderBy(i, 2, "priority DESC");
        }
        if ((w.equals("least") && next.equals("important") || w.equals("lowest") && next.startsWith("priorit"))
                && word(tokens, i + 2).equals("first")) {
            return orderBy(i, 3, "priority ASC");
        }
        return false;
    }

    private boolean orderBy(int i, int n, String key) {
        if (!order.contains(key)) {
            order.add(key);
        }
        mark(i, n);
        return true;
    }

    /** Statuses, resolutions, types, priorities, components, labels and projects named by the words at i. */
    private boolean lexiconAt(int i) {
        var status = named(lexicon.statuses().stream().map(Lexicon.Named::name).toList(), i, true);
        if (status.isPresent() && status.get().words() > 1) {
            return take(i, status.get().words(), "status = " + quote(status.get().name()));
        }
        var resolution = named(lexicon.resolutions(), i, true);
        if (resolution.isPresent() && resolution.get().words() > 1) {
            return take(i, resolution.get().words(), "resolution = " + quote(resolution.get().name()));
        }
        var type = named(lexicon.types(), i, true);
        if (type.isPresent()) {
            return either(lexicon.types(), i, type.get(), "issuetype");
        }
        var priority = named(lexicon.priorities(), i, true);
        if (priority.isPresent()) {
            var then = word(tokens, i + priority.get().words() + 1);
            if (word(tokens, i + priority.get().words()).equals("or") && Set.of("above", "higher", "more", "below", "lower", "less").contains(then)) {
                var op = Set.of("above", "higher", "more").contains(then) ? " >= " : " <= ";
                return take(i, priority.get().words() + 2, "priority" + op + quote(priority.get().name()));
            }
            return either(lexicon.priorities(), i, priority.get(), "priority");
        }
        for (var p : lexicon.projects()) {
            if (tokens.get(i).equals(p.key().toLowerCase(Locale.ROOT))) {
                return take(i, 1, "project = " + p.key());
            }
        }
        if (word(tokens, i + 1).equals("project")) {
            var byWord = lexicon.projects().stream()
                    .filter(p -> List.of(p.name().toLowerCase(Locale.ROOT).split("\\s+")).contains(tokens.get(i))).toList();
            if (byWord.size() == 1) {
                return take(i, 2, "project = " + byWord.get(0).key());
            }
        }
        var project = named(lexicon.projects().stream().map(Lexicon.Project::name).toList(), i, false);
        if (project.isPresent()) {
            var key = lexicon.projects().stream().filter(p -> p.name().equals(project.get().name())).findFirst().orElseThrow().key();
            return take(i, project.get().words(), "project = " + key);
        }
        var component = named(lexicon.components(), i, true);
        if (component.isPresent()) {
            return take(i, component.get().words(), "component = " + quote(component.get().name()));
        }
        var label = lexicon.labels().stream().filter(l -> l.equalsIgnoreCase(tokens.get(i))).findFirst();
        if (label.isPresent() || word(tokens, i + 1).equals("label") && !FILLER.contains(tokens.get(i))) {
            return take(i, word(tokens, i + 1).equals("label") ? 2 : 1, "labels = " + quote(label.orElse(tokens.get(i))));
        }
        if (status.isPresent() && !OPEN.contains(tokens.get(i)) && !DONE.contains(tokens.get(i))) {
            return take(i, 1, "status = " + quote(status.get().name()));
        }
        if (resolution.isPresent() && !DONE.contains(tokens.get(i))) {
            return take(i, 1, "resolution = " + quote(resolution.get().name()));
        }
        return false;
    }

    /** A name, or several joined by "or": "low or lowest priority" → {@code priority in ("Low", "Lowest")}. */
    private boolean either(List<String> names, int i, Found first, String field) {
        var values = new ArrayList<>(List.of(quote(first.name())));
        int n = first.words();
        while (word(tokens, i + n).equals("or")) {
            var more = named(names, i + n + 1, true);
            if (more.isEmpty()) {
                break;
            }
            values.add(quote(more.get().name()));
            n += 1 + more.get().words();
        }
        return take(i, n, values.size() == 1 ? field + " = " + values.get(0) : field + " in (" + String.join(", ", values) + ")");
    }

    /** "open" and "closed" name a status when the project has one so called and the question says "status". */
    private boolean statusNamed(int i, String w) {
        var status = lexicon.statuses().stream().filter(s -> s.name().equalsIgnoreCase(w)).findFirst();
        var cue = word(tokens, i - 1).equals("status") || word(tokens, i + 1).equals("status")
                || word(tokens, i - 1).equals("in") && word(tokens, i + 1).equals("status");
        if (status.isPresent() && (cue || !OPEN.contains(w) && !w.equals("closed") && !w.equals("resolved"))) {
            return take(i, 1, "status = " + quote(status.get().name()));
        }
        // "Fixed" is a way of being done, not any way: duplicates and cannot-reproduce are left out.
        var fixed = lexicon.resolutions().stream().filter(r -> r.equalsIgnoreCase("fixed")).findFirst()
                .or(() -> lexicon.resolutions().stream().filter(r -> r.equalsIgnoreCase("done")).findFirst());
        if (w.equals("fixed") && fixed.isPresent()) {
            return take(i, 1, "resolution = " + quote(fixed.get()));
        }
        return false;
    }

    private record Found(String name, int words) {
    }

    /**
     * The longest name starting at token i; {@code plural}: "bugs" names "Bug", "stories" names "Story", and a slip
     * of one letter ("bgus", "progess") is forgiven in words of four letters or more. "Sub-task" is also "subtask"
     * and "sub task".
     */
    private Optional<Found> named(List<String> names, int i, boolean plural) {
        var exact = named(names, i, plural, false);
        return exact.isPresent() || !plural ? exact : named(names, i, true, true);
    }

    private Optional<Found> named(List<String> names, int i, boolean plural, boolean slips) {
        Found best = null;
        for (var name : names) {
            var lower = name.toLowerCase(Locale.ROOT);
            for (var variant : new java.util.LinkedHashSet<>(List.of(lower, lower.replace("-", ""), lower.replace("-", " ")))) {
                var parts = variant.split("\\s+");
                if (i + parts.length > tokens.size() || best != null && best.words() >= parts.length) {
                    continue;
                }
                boolean all = true;
                for (int k = 0; k < parts.length && all; k++) {
                    var t = tokens.get(i + k);
                    var part = parts[k];
                    boolean last = k == parts.length - 1;
                    all = t.equals(part) || plural && last && singular(t).equals(singular(part))
                            || slips && t.length() >= 4 && !FILLER.contains(t) && Typos.oneSlip(singular(t), singular(part));
                }
                if (all) {
                    best = new Found(name, parts.length);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("es") && (w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        return w.endsWith("s") && !w.endsWith("ss") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    private boolean take(int i, int n, String clause) {
        add(String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + n))), clause);
        mark(i, n);
        return true;
    }

    private void mark(int i, int n) {
        for (int k = i; k < Math.min(tokens.size(), i + n); k++) {
            used[k] = true;
        }
    }

    private void add(String phrase, String clause) {
        clauses.putIfAbsent(clause, new Step(phrase, clause));
    }

    private Reading result(String contextProject) {
        var unmatched = new ArrayList<String>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i] && !FILLER.contains(tokens.get(i))) {
                unmatched.add(tokens.get(i));
            }
        }
        // A lone time word amid words it could not place ("the weather in Paris tomorrow") is no question about issues.
        boolean onlyGuesses = !clauses.isEmpty() && guessed.containsAll(clauses.keySet()) && !unmatched.isEmpty();
        if (clauses.isEmpty() && order.isEmpty() || onlyGuesses) {
            return new Reading(null, List.of(), unmatched);
        }
        var steps = new ArrayList<>(clauses.values());
        if (contextProject != null && steps.stream().noneMatch(s -> s.clause().startsWith("project = "))) {
            steps.add(0, new Step("(the project of this conversation)", "project = " + contextProject));
        }
        var jql = new StringBuilder(String.join(" AND ", steps.stream().map(Step::clause).toList()));
        if (!order.isEmpty()) {
            jql.append(jql.isEmpty() ? "" : " ").append("ORDER BY ").append(String.join(", ", order));
        }
        return new Reading(jql.toString(), steps, unmatched);
    }

    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String list(List<String> values) {
        return String.join(", ", values.stream().map(NaturalSearch::quote).toList());
    }

}
