package dev.meridian.ml.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns Jira wiki markup into text fit for models. Two views: {@code prose} for the sentence encoder (code,
 * logs and stack traces removed: the encoder is trained on sentences and truncates long input), and
 * {@code lexical} for BM25 (code kept, because a shared exception or class name is strong duplicate evidence,
 * but long stack traces cut to their first frames so one trace does not outweigh the report).
 */
public final class JiraText {

    private static final int FRAMES_KEPT = 6;
    private static final Pattern CODE_BLOCK = Pattern.compile("(?s)\\{(code|noformat)(:[^}]*)?}(.*?)\\{\\1}");
    private static final Pattern OPEN_BLOCK = Pattern.compile("(?s)\\{(code|noformat)(:[^}]*)?}.*");
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s*(at\\s+[\\w$.<>/]+\\(.*\\)|\\.\\.\\.\\s*\\d+\\s+more)\\s*$");
    private static final Pattern LOG_PREFIX = Pattern.compile(
            "^\\s*\\[?\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}([,.]\\d+)?Z?]?\\s*");
    private static final Pattern LINK_WITH_TEXT = Pattern.compile("\\[([^|\\]\\[]+)\\|[^\\]]+]");
    private static final Pattern USER_MENTION = Pattern.compile("\\[~[^\\]]+]");
    private static final Pattern URL = Pattern.compile("(https?|ftp|file)://\\S+");
    private static final Pattern IMAGE = Pattern.compile("![^!\\s][^!]*!");
    private static final Pattern MACRO = Pattern.compile("\\{(color|quote|panel|noformat|code)(:[^}]*)?}");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s*(h[1-6]|bq)\\.\\s*");
    private static final Pattern EMPHASIS = Pattern.compile("\\{\\{|}}|(?<=\\s|^)[*_+\\-]+(?=\\S)|(?<=\\S)[*_+]+(?=\\s|$|[.,;:])");
    private static final Pattern TABLE_AND_RULES = Pattern.compile("\\|\\|?|^-{4,}$", Pattern.MULTILINE);
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");

    private JiraText() {
    }

    public static String prose(String markup) {
        var withoutCode = OPEN_BLOCK.matcher(CODE_BLOCK.matcher(markup).replaceAll(" ")).replaceAll(" ");
        var lines = new ArrayList<String>();
        for (String line : withoutCode.split("\n")) {
            if (!STACK_FRAME.matcher(line).matches() && !LOG_PREFIX.matcher(line).lookingAt()) {
                lines.add(line);
            }
        }
        return inline(String.join("\n", lines));
    }

    public static String lexical(String markup) {
        var withCode = CODE_BLOCK.matcher(markup).replaceAll(" $3 ");
        return inline(String.join("\n", cutStackTraces(withCode.split("\n"))));
    }

    private static List<String> cutStackTraces(String[] lines) {
        var kept = new ArrayList<String>();
        int framesInARow = 0;
        for (String line : lines) {
            boolean frame = STACK_FRAME.matcher(line).matches();
            framesInARow = frame ? framesInARow + 1 : 0;
            if (framesInARow <= FRAMES_KEPT) {
                kept.add(LOG_PREFIX.matcher(line).replaceFirst(""));
            }
        }
        return kept;
    }

    private static String inline(String text) {
        var t = USER_MENTION.matcher(text).replaceAll(" ");
        t = LINK_WITH_TEXT.matcher(t).replaceAll("$1");
        t = URL.matcher(t).replaceAll(" ");
        t = IMAGE.matcher(t).replaceAll(" ");
        t = MACRO.matcher(t).replaceAll(" ");
        t = HEADING.matcher(t).replaceAll("");
        t = EMPHASIS.matcher(t).replaceAll("");
        t = TABLE_AND_RULES.matcher(t).replaceAll(" ");
        t = SPACES.matcher(t).replaceAll(" ");
        return BLANK_LINES.matcher(t).replaceAll("\n").trim();
    }
}
