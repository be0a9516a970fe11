package dev.meridian.assistant.internal;

import java.util.regex.Pattern;

/** The opening sentences of issue text, with Jira's and Markdown's markup and code blocks left out. */
final class Summaries {

    private static final Pattern BLOCKS = Pattern.compile("(?s)\\{(code|noformat|quote)[^}]*}.*?\\{\\1}|```.*?```");
    private static final Pattern MARKUP = Pattern.compile("\\{[a-z]+(:[^}]*)?}|\\[~?([^|\\]]*\\|)?|]|h[1-6]\\.\\s|[*_+^]{1,2}(?=\\S)|(?<=\\S)[*_+^]{1,2}");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"'(])");

    private Summaries() {
    }

    static String leadSentences(String text, int sentences, int maxChars) {
        if (text == null || text.isBlank()) {
            return "";
        }
        var plain = MARKUP.matcher(BLOCKS.matcher(text).replaceAll(" ")).replaceAll("").replaceAll("\\s+", " ").strip();
        var parts = SENTENCE_END.split(plain);
        var out = new StringBuilder();
        for (int i = 0; i < Math.min(sentences, parts.length); i++) {
            if (out.length() + parts[i].length() > maxChars && !out.isEmpty()) {
                break;
            }
            out.append(out.isEmpty() ? "" : " ").append(parts[i]);
        }
        return Markdown.clip(out.toString(), maxChars);
    }
}
