package dev.meridian.pipeline.records;

import java.util.regex.Pattern;

/**
 * Bedrock rejects training text that could be read as a turn marker: Anthropic models the {@code \nHuman:} and
 * {@code \nAssistant:} prefixes, Amazon Nova {@code User:}, {@code Bot:}, {@code Assistant:}, {@code System:} at the
 * start of a prompt and the tokens {@code <image>}, {@code <video>}, {@code [EOS]}. Issue text quotes chat logs, so
 * such words are defused ("User -") rather than the record dropped: at the start of any line in any case, and
 * anywhere as Nova spells them (capitalized, also inside a word: "S3AFileSystem:" holds "System:"), since Nova's
 * reserved keywords are refused anywhere in a record.
 */
final class RoleWords {

    private static final Pattern AT_LINE_START = Pattern.compile("(?im)^([ \\t]*)(human|assistant|user|bot|system)[ \\t]*:");
    private static final Pattern CAPITALIZED = Pattern.compile("(User|Bot|Assistant|System)[ \\t]*:");
    private static final String[] CAPITALIZED_WORDS = {"User", "Bot", "Assistant", "System"};
    private static final Pattern TOKENS = Pattern.compile("(?i)<image>|<video>|\\[EOS]");
    private static final String[] WORDS = {"human", "assistant", "user", "bot", "system"};
    private static final String[] TOKEN_TEXTS = {"<image>", "<video>", "[eos]"};

    private RoleWords() {
    }

    /** What every model refuses (role words at a line start, the tokens); Nova's stricter rule is checked per model. */
    static boolean present(String text) {
        return mayStartALine(text) && AT_LINE_START.matcher(text).find() || mayHoldAToken(text) && TOKENS.matcher(text).find();
    }

    static String strip(String text) {
        String defused = mayStartALine(text) ? AT_LINE_START.matcher(text).replaceAll("$1$2 -") : text;
        defused = mayHoldACapitalized(defused) ? CAPITALIZED.matcher(defused).replaceAll("$1 -") : defused;
        return (mayHoldAToken(defused) ? TOKENS.matcher(defused).replaceAll("") : defused).strip();
    }

    private static boolean mayHoldACapitalized(String text) {
        if (text.indexOf(':') < 0) {
            return false;
        }
        for (String word : CAPITALIZED_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    // The two scans below let the regular expressions run only on the rare text that may match: they never miss a
    // match of the expressions (their case-insensitive comparison accepts more than the expressions' ASCII one).

    private static boolean mayStartALine(String text) {
        for (int start = 0; start < text.length(); start = nextLine(text, start)) {
            int word = skipBlanks(text, start);
            if (word >= text.length() || "hHaAuUbBsS".indexOf(text.charAt(word)) < 0 && text.charAt(word) < 128) {
                continue;
            }
            for (String role : WORDS) {
                if (text.regionMatches(true, word, role, 0, role.length())) {
                    int after = skipBlanks(text, word + role.length());
                    if (after < text.length() && text.charAt(after) == ':') {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean mayHoldAToken(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '[') {
                for (String token : TOKEN_TEXTS) {
                    if (text.regionMatches(true, i, token, 0, token.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Just after the next line terminator of {@code Pattern.MULTILINE} (LF, CR, NEL, LS, PS), or the end. */
    private static int nextLine(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i + 1;
            }
        }
        return text.length();
    }
}
