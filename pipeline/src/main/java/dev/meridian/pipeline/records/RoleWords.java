package dev.meridian.pipeline.records;

import java.util.regex.Pattern;

/**
 * Bedrock rejects training text that could be read as a turn marker: Anthropic models the {@code \nHuman:} and
 * {@code \nAssistant:} prefixes, Amazon Nova {@code User:}, {@code Bot:}, {@code Assistant:}, {@code System:} at the
 * start of a prompt and the tokens {@code <image>}, {@code <video>}, {@code [EOS]}. Issue text quotes chat logs, so
 * such words are defused ("User -") rather than the record dropped.
 */
final class RoleWords {

    static final Pattern AT_LINE_START = Pattern.compile("(?im)^([ \\t]*)(human|assistant|user|bot|system)[ \\t]*:");
    static final Pattern TOKENS = Pattern.compile("(?i)<image>|<video>|\\[EOS]");

    private RoleWords() {
    }

    static String strip(String text) {
        String defused = AT_LINE_START.matcher(text).replaceAll("$1$2 -");
        return TOKENS.matcher(defused).replaceAll("").strip();
    }
}
