package dev.meridian.assistant.internal;

import java.util.List;
import java.util.regex.Pattern;

/** The opening sentences of issue text, with Jira's and Markdown's markup and code blocks left out. */
final class Summaries {

    private static final Pattern BLOCKS = Pattern.compile("(?s)\\{(code|noformat|quote)[^}]*}.*?\\{\\1}|```.*?```");
    private static final Pattern MARKUP = Pattern.compile("\\{[a-z]+(:[^}]*)?}|\\[~?([^|\\]]*\\|)?|]|h[1-6]\\.\\s|[*_+^]{1,2}(?=\\S)|(?<=\\S)[*_+^]{1,2}");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"'(])");

    private Summaries() {
    }

    /** The text's sentences as plain text, without markup and code blocks; none for a blank text. */
    static List<String> sentences(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var plain = MARKUP.matcher(BLOCKS.matcher(text).replaceAll(" ")).replaceAll("").replaceAll("\\s+", " ").strip();
        return plain.isEmpty() ? List.of() : List.of(SENTENCE_END.split(plain));
    }

    static String leadSentences(String text, int sentences, int maxChars) {
        var parts = sentences(text);
        var out = new StringBuilder();
        for (int i = 0; i < Math.min(sentences, parts.size()); i++) {
            if (out.length() + parts.get(i).length() > maxChars && !out.isEmpty()) {
                break;
            }
            out.append(out.isEmpty() ? "" : " ").append(parts.get(i));
        }
        return Markdown.clip(out.toString(), maxChars);
    }
}
