package dev.meridian.assistant.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks for (count, list, who, when, status of an issue, what changed, similar issues, a summary),
 * read from English question words; the filter it names is left in {@code rest} for {@link NaturalSearch}.
 */
record QuestionIntent(Kind kind, List<String> keys, String rest, String field, boolean latest) {

    enum Kind { SUMMARIZE, SIMILAR, CHANGES, WHO, WHEN, STATUS, COUNT, GROUP, LIST, SPRINT, TRIAGE }

    private static final Pattern KEY = Pattern.compile("\\b([A-Za-z][A-Za-z0-9]{1,9}-\\d+)\\b");
    private static final Pattern SUMMARIZE = Pattern.compile("\\b(summari[sz]e|summary of|sum up|tl;?dr|recap|gist of)\\b");
    private static final Pattern SIMILAR = Pattern.compile("\\b(similar|alike|resembl\\w*|(?:possible |likely |potential )?"
            + "(?:duplicates?|dupes?) of|like)\\b");
    private static final Pattern CHANGES = Pattern.compile("\\b(what(?:'s| has| have)? (?:changed|happened)|what changed|"
            + "(?:recent )?changes|recent activity|what'?s new|what is new|activity)\\b");
    private static final Pattern COUNT = Pattern.compile("\\b(how many|number of|count(?: of)?|total(?: number of)?|how much)\\b");
    private static final Pattern GROUP = Pattern.compile("\\b(?:broken down by|break ?down by|breakdown by|grouped by|group(?:ed)? by|"
            + "split by|by|per|for each|for every|in each)\\s+(fix version|affects? version|status(?:es)?|states?|priorit(?:y|ies)|"
            + "types?|issue ?types?|assignees?|owners?|reporters?|resolutions?|components?|labels?|versions?|people|person)\\b");
    private static final Pattern BREAKDOWN = Pattern.compile("\\b(breakdown|distribution|split)\\b");
    private static final Pattern WHO_MOST = Pattern.compile("\\b(?:who|which (?:person|people|user|users|one|"
            + "developer|engineer|assignee))\\b.*\\b(most|more|fewest|least)\\b");
    private static final Pattern FIRST = Pattern.compile("\\b(first|oldest|earliest)\\b");
    private static final Pattern LATEST = Pattern.compile("\\b(last|latest|newest|most recent(?:ly)?|recent)\\b");
    private static final Pattern STATUS = Pattern.compile("\\b(status|state|progress|resolved|fixed|closed|done|open|stand|"
            + "standing|tell me about|details?|describe|what is|what's|look at|show|info|information|overview)\\b");
    private static final Pattern TRIAGE = Pattern.compile("\\b(triage|suggest(?:ions?)?|recommend(?:ations?)?|what (?:priority|type|"
            + "component|assignee) (?:should|would|for)|which (?:priority|type|component|assignee))\\b");
    private static final Pattern SPRINT = Pattern.compile("\\b((?:current|active|this|our|the) sprint|sprint (?:status|progress|"
            + "health|overview|going)|board (?:status|overview|progress)|(?:status|state|progress|health) of (?:the )?(?:sprint|boards?)|"
            + "sprints?|boards?|kanban|scrum|wip)\\b");

    static QuestionIntent read(String text) {
        var q = text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
        var keys = keys(text);
        boolean hasKey = !keys.isEmpty();
        var draft = draftText(text);
        if (!hasKey && !draft.isBlank() && TRIAGE.matcher(q).find()) {
            return new QuestionIntent(Kind.TRIAGE, keys, draft, null, false);
        }
        if (!hasKey && SPRINT.matcher(q).find() && !COUNT.matcher(q).find()) {
            return new QuestionIntent(Kind.SPRINT, keys, strip(q, SPRINT), null, false);
        }
        if (hasKey && SUMMARIZE.matcher(q).find()) {
            return new QuestionIntent(Kind.SUMMARIZE, keys, "", null, false);
        }
        if (SIMILAR.matcher(q).find() && (hasKey || q.contains("\"") || q.contains("similar to "))) {
            return new QuestionIntent(Kind.SIMILAR, keys, similarText(text), null, false);
        }
        if (CHANGES.matcher(q).find()) {
            return new QuestionIntent(Kind.CHANGES, keys, strip(q, CHANGES), null, false);
        }
        if (q.startsWith("who") || q.matches(".*\\bwho(?:'s| is| was| has| did| reported| filed| fixed| resolved| closed|"
                + " opened| created| owns| works)\\b.*")) {
            return who(q, keys);
        }
        if (q.startsWith("when") || q.matches("^(on )?what (date|day|time)\\b.*") || q.startsWith("how long ago")) {
            return when(q, keys);
        }
        var group = GROUP.matcher(q);
        if (group.find()) {
            var rest = strip(q.substring(0, group.start()) + " " + q.substring(group.end()), COUNT);
            return new QuestionIntent(Kind.GROUP, keys, strip(rest, BREAKDOWN), field(group.group(1)), false);
        }
        if (COUNT.matcher(q).find()) {
            return new QuestionIntent(Kind.COUNT, keys, strip(q, COUNT), null, false);
        }
        if (hasKey && keys.size() == 1 && (STATUS.matcher(q).find() || q.replaceAll(KEY.pattern(), "").replaceAll("[^a-z]", "").length() < 12)) {
            return new QuestionIntent(Kind.STATUS, keys, "", null, false);
        }
        return new QuestionIntent(Kind.LIST, keys, q, null, false);
    }

    private static QuestionIntent who(String q, List<String> keys) {
        boolean hasKey = !keys.isEmpty();
        if (hasKey) {
            return new QuestionIntent(Kind.WHO, keys, "", whoRole(q), false);
        }
        var role = q.matches(".*\\b(reported|filed|opened|created|raised|logged)\\b.*") ? "reporter" : "assignee";
        var m = WHO_MOST.matcher(q);
        var least = m.find() && (m.group(1).equals("fewest") || m.group(1).equals("least"));
        var rest = q.replaceAll("\\b(?:who|which (?:person|people|user|users|one|developer|engineer|assignee))"
                + "(?:'s| is| was| has| have| did)?\\b", " ")
                .replaceAll("\\b(the )?(most|more|fewest|least|number of)\\b", " ")
                .replaceAll("\\b(reported|filed|opened|created|raised|logged|assigned|working on|works on|owns|handles|"
                        + "fixed|resolved|closed)\\b", " ");
        return new QuestionIntent(Kind.WHO, keys, rest, role, least);
    }

    private static QuestionIntent when(String q, List<String> keys) {
        boolean hasKey = !keys.isEmpty();
        var field = q.matches(".*\\b(resolved|fixed|closed|done|finished|completed)\\b.*") ? "resolved"
                : q.matches(".*\\b(updated|changed|modified|touched)\\b.*") ? "updated" : "created";
        if (hasKey) {
            return new QuestionIntent(Kind.WHEN, keys, "", field, false);
        }
        var latest = !FIRST.matcher(q).find();
        var rest = q.replaceAll("^(when|on what (date|day|time)|what (date|day|time)|how long ago)\\b", " ")
                .replaceAll("\\b(was|were|did|is|has|have)\\b", " ");
        rest = strip(strip(rest, FIRST), LATEST)
                .replaceAll("\\b(created|reported|opened|filed|raised|logged|resolved|fixed|closed|done|finished|completed|"
                        + "updated|changed|modified|touched|get|gets|got)\\b", " ");
        return new QuestionIntent(Kind.WHEN, keys, rest, field, latest);
    }

    /**
     * The question read as {@code kind} (what the question-intent model says it asks), with the same slots the cue
     * words would fill for that kind; empty when the question lacks what the kind needs (an issue key, a draft).
     */
    static Optional<QuestionIntent> as(Kind kind, String text) {
        var q = text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
        var keys = keys(text);
        boolean hasKey = !keys.isEmpty();
        return Optional.ofNullable(switch (kind) {
            case SUMMARIZE -> hasKey ? new QuestionIntent(kind, keys, "", null, false) : null;
            case SIMILAR -> hasKey || !similarText(text).isBlank() ? new QuestionIntent(kind, keys, similarText(text), null, false) : null;
            case CHANGES -> new QuestionIntent(kind, keys, strip(q, CHANGES), null, false);
            case WHO -> who(q, keys);
            case WHEN -> when(q, keys);
            case STATUS -> keys.size() == 1 ? new QuestionIntent(kind, keys, "", null, false) : null;
            case COUNT -> new QuestionIntent(kind, keys, strip(q, COUNT), null, false);
            case GROUP -> {
                var group = GROUP.matcher(q);
                yield group.find() ? new QuestionIntent(kind, keys, strip(strip(q.substring(0, group.start()) + " "
                        + q.substring(group.end()), COUNT), BREAKDOWN), field(group.group(1)), false) : null;
            }
            case SPRINT -> hasKey ? null : new QuestionIntent(kind, keys, strip(q, SPRINT), null, false);
            case TRIAGE -> draftText(text).isBlank() ? null : new QuestionIntent(kind, keys, draftText(text), null, false);
            default -> new QuestionIntent(Kind.LIST, keys, q, null, false);
        });
    }

    /** The JQL field a grouping phrase names: "priorities" → priority, "issue types" → issuetype. */
    private static String field(String phrase) {
        var w = phrase.replace(" ", "");
        if (w.startsWith("stat")) {
            return "status";
        }
        if (w.startsWith("priorit")) {
            return "priority";
        }
        if (w.startsWith("fixversion")) {
            return "fixVersion";
        }
        if (w.startsWith("affect") || w.startsWith("version")) {
            return "affectedVersion";
        }
        if (w.contains("type")) {
            return "issuetype";
        }
        if (w.startsWith("reporter")) {
            return "reporter";
        }
        if (w.startsWith("resolution")) {
            return "resolution";
        }
        if (w.startsWith("component")) {
            return "component";
        }
        return w.startsWith("label") ? "labels" : "assignee";
    }

    private static String whoRole(String q) {
        if (q.matches(".*\\b(reported|filed|opened|created|raised|logged|wrote|reporter)\\b.*")) {
            return "reporter";
        }
        if (q.matches(".*\\b(resolved|fixed|closed|finished|completed)\\b.*")) {
            return "resolver";
        }
        if (q.matches(".*\\b(changed|updated|modified|touched|edited)\\b.*")) {
            return "changer";
        }
        return "assignee";
    }

    /** The draft issue a triage question is about: the quoted words, or what follows the first colon. */
    static String draftText(String text) {
        var quoted = Pattern.compile("\"([^\"]+)\"").matcher(text);
        if (quoted.find()) {
            return quoted.group(1).strip();
        }
        int colon = text.indexOf(':');
        return colon < 0 ? "" : text.substring(colon + 1).strip();
    }

    /** The text to compare when no issue is named: the quoted words, or what follows "similar to". */
    private static String similarText(String text) {
        var quoted = Pattern.compile("\"([^\"]+)\"").matcher(text);
        if (quoted.find()) {
            return quoted.group(1);
        }
        var lower = text.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("similar to ");
        return at < 0 ? "" : text.substring(at + "similar to ".length());
    }

    static List<String> keys(String text) {
        var keys = new LinkedHashSet<String>();
        Matcher m = KEY.matcher(text);
        while (m.find()) {
            keys.add(m.group(1).toUpperCase(Locale.ROOT));
        }
        return new ArrayList<>(keys);
    }

    private static String strip(String q, Pattern p) {
        return p.matcher(q).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
