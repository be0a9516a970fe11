package dev.meridian.importing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's wiki markup, which descriptions in a Jira CSV export are written in, as the Markdown Meridian shows: code and
 * noformat blocks, quotes, headings, lists, tables, rules, links, mentions, monospace, bold, colour tags, and Jira's
 * line breaks (a single newline is a break in Jira, a space in Markdown). Code is kept as written; Markdown syntax that
 * Jira shows as text is escaped; what has no Markdown equivalent stays plain text.
 */
final class JiraMarkup {

    private static final Pattern BLOCK = Pattern.compile("\\{(code|noformat|quote)(?::([^}]*))?}");
    private static final Pattern HEADING = Pattern.compile("\\s*h([1-6])\\.\\s+(.*)");
    private static final Pattern QUOTE_LINE = Pattern.compile("\\s*bq\\.\\s+(.*)");
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*([*#]+|-)\\s+(.*)");
    private static final Pattern RULE = Pattern.compile("\\s*-{4,}\\s*");
    private static final Pattern SETEXT_LIKE = Pattern.compile("\\s*(=+|-{1,3})\\s*");
    private static final Pattern MARKDOWN_ONLY_START = Pattern.compile("(\\s*)([>+]\\s)");
    private static final Pattern MONO = Pattern.compile("\\{\\{(.+?)}}");
    private static final Pattern COLOR = Pattern.compile("\\{color(?::[^}]*)?}");
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]|]*)\\|([^\\[\\]|]+)]");
    private static final Pattern BARE_LINK = Pattern.compile("\\[((?:https?|ftp)://[^\\]\\s]+)]");
    private static final Pattern MENTION = Pattern.compile("\\[~([^\\]]+)]");
    private static final Pattern ATTACHMENT = Pattern.compile("\\[\\^([^\\]]+)]");
    private static final Pattern IMAGE = Pattern.compile("!([^!\\s|]+\\.(?i:png|jpe?g|gif|svg|bmp))(?:\\|[^!\\n]*)?!");
    private static final Pattern BOLD = Pattern.compile("(?<![\\w*\\\\])\\*(?=[^\\s*])([^*\\n]*?[^\\s*\\\\])\\*(?![\\w*])");

    private JiraMarkup() {
    }

    static String toMarkdown(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        var source = text.replace("\r\n", "\n").replace('\r', '\n');
        var out = new StringBuilder();
        var block = BLOCK.matcher(source);
        int at = 0;
        String code = null;
        String language = "";
        boolean quoted = false;
        while (block.find()) {
            var kind = block.group(1);
            if (code != null) {
                if (kind.equals(code)) {
                    fence(out, source.substring(at, block.start()), language);
                    code = null;
                    at = source.startsWith("\n", block.end()) ? block.end() + 1 : block.end(); // the fence ends its line
                }
                continue;
            }
            out.append(prose(source.substring(at, block.start()), quoted));
            at = block.end();
            if (kind.equals("quote")) {
                quoted = !quoted;
            } else {
                code = kind;
                language = kind.equals("code") ? language(block.group(2)) : "";
            }
        }
        if (code != null) {
            fence(out, source.substring(at), language);
        } else {
            out.append(prose(source.substring(at), quoted));
        }
        return out.toString().strip();
    }

    /** {@code {code:java}} and {@code {code:language=java|title=…}} name a language; other parameters do not. */
    private static String language(String parameters) {
        if (parameters == null) {
            return "";
        }
        for (var parameter : parameters.split("\\|")) {
            var value = parameter.startsWith("language=") ? parameter.substring("language=".length()) : parameter;
            if (value.matches("[A-Za-z0-9+#-]+")) {
                return value.toLowerCase();
            }
        }
        return "";
    }

    private static void fence(StringBuilder out, String content, String language) {
        var body = content.replaceAll("^[ \\t]*\\n", "").stripTrailing();
        var ticks = "`".repeat(Math.max(3, longestRun(body, '`') + 1));
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        out.append('\n').append(ticks).append(language).append('\n').append(body).append('\n').append(ticks).append("\n\n");
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static String prose(String text, boolean quoted) {
        var lines = text.split("\n", -1);
        var converted = new ArrayList<String>(lines.length);
        for (var line : lines) {
            converted.add(line.isBlank() ? "" : line(line, converted));
        }
        var out = new StringBuilder();
        for (int i = 0; i < converted.size(); i++) {
            var line = converted.get(i);
            out.append(quoted && !line.isEmpty() ? "> " + line : line);
            boolean breakHere = !line.isEmpty() && i + 1 < converted.size() && !converted.get(i + 1).isEmpty();
            if (i + 1 < converted.size()) {
                out.append(breakHere ? "  \n" : "\n");
            }
        }
        return out.toString();
    }

    private static String line(String line, List<String> before) {
        Matcher m;
        if ((m = HEADING.matcher(line)).matches()) {
            return "#".repeat(Integer.parseInt(m.group(1))) + " " + inline(m.group(2));
        }
        if ((m = QUOTE_LINE.matcher(line)).matches()) {
            return "> " + inline(m.group(1));
        }
        if (RULE.matcher(line).matches()) {
            return "***";
        }
        if (line.stripLeading().startsWith("|")) {
            return tableRow(line.strip(), before);
        }
        if ((m = LIST_ITEM.matcher(line)).matches()) {
            var markers = m.group(1);
            var bullet = markers.endsWith("#") ? "1. " : "- ";
            return "    ".repeat(markers.length() - 1) + bullet + inline(m.group(2));
        }
        if (SETEXT_LIKE.matcher(line).matches()) {
            return "\\" + line.strip();
        }
        if ((m = MARKDOWN_ONLY_START.matcher(line)).lookingAt()) {
            return m.group(1) + "\\" + inline(line.substring(m.end(1)));
        }
        return inline(line);
    }

    /** {@code ||a||b||} is a header row, {@code |a|b|} a row; a table without a header row gets an empty one. */
    private static String tableRow(String line, List<String> before) {
        boolean header = line.startsWith("||");
        var cells = cells(header ? line.replace("||", "|") : line);
        var row = "| " + String.join(" | ", cells.stream().map(JiraMarkup::inline).toList()) + " |";
        var previous = before.isEmpty() ? "" : before.get(before.size() - 1);
        if (previous.substring(previous.lastIndexOf('\n') + 1).startsWith("|")) {
            return row;
        }
        var separator = "| " + String.join(" | ", cells.stream().map(cell -> "---").toList()) + " |";
        var start = previous.isEmpty() ? "" : "\n";
        return header ? start + row + "\n" + separator
                : start + "| " + String.join(" | ", cells.stream().map(cell -> " ").toList()) + " |\n" + separator + "\n" + row;
    }

    /** Splits on {@code |} outside links and monospace. */
    private static List<String> cells(String row) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        int brackets = 0;
        boolean mono = false;
        var body = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (body.startsWith("{{", i) || body.startsWith("}}", i)) {
                mono = body.startsWith("{{", i);
            } else if (c == '[') {
                brackets++;
            } else if (c == ']' && brackets > 0) {
                brackets--;
            } else if (c == '|' && brackets == 0 && !mono) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
                continue;
            }
            cell.append(c);
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** Monospace spans are kept as written; the rest has its links, mentions, images, colours and bold converted. */
    private static String inline(String text) {
        var out = new StringBuilder();
        var mono = MONO.matcher(text);
        int at = 0;
        while (mono.find()) {
            out.append(spans(text.substring(at, mono.start())));
            var code = mono.group(1);
            var ticks = "`".repeat(longestRun(code, '`') + 1);
            var pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
            out.append(ticks).append(pad).append(code).append(pad).append(ticks);
            at = mono.end();
        }
        return out.append(spans(text.substring(at))).toString();
    }

    private static String spans(String text) {
        var result = COLOR.matcher(text).replaceAll("");
        result = replace(MENTION, result, m -> "@" + m.group(1));
        result = replace(ATTACHMENT, result, m -> m.group(1));
        result = replace(IMAGE, result, m -> "[image: " + m.group(1) + "]");
        result = replace(LINK, result, JiraMarkup::link);
        result = replace(BARE_LINK, result, m -> "<" + m.group(1) + ">");
        return replace(BOLD, result, m -> "**" + m.group(1) + "**");
    }

    private static String link(MatchResult m) {
        var label = m.group(1).strip();
        var target = m.group(2).strip();
        if (target.matches("(?:https?|ftp|mailto):\\S+")) {
            return "[" + (label.isEmpty() ? target : label) + "](" + target + ")";
        }
        if (target.startsWith("~")) {
            return label.isEmpty() ? "@" + target.substring(1) : label;
        }
        var name = target.startsWith("^") ? target.substring(1) : target;
        return label.isEmpty() || label.equals(name) ? name : label + " (" + name + ")";
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> with) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }
}
