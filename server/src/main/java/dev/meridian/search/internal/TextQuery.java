package dev.meridian.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words after {@code ~}, as PostgreSQL text search with English stemming: every term must match; a quoted
 * "phrase" matches as a phrase, {@code word*} as a prefix. Terms travel as parameters; a prefix term is reduced to
 * letters and digits first, because to_tsquery reads its argument as query syntax.
 */
final class TextQuery {

    private static final Pattern TERM = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * {@code sql} is the query itself; {@code indexed}, when the query holds a phrase, the same query with each phrase
     * as all of its words: what a GIN index answers without reading rows (a phrase makes it recheck every candidate's
     * stored words, and "race condition" has 14,000 candidates at 1,000,000 issues), and what every match of
     * {@code sql} also matches. {@code phrases}: the quoted phrases' texts; {@code onlyPhrases}: the query is nothing else.
     */
    record Compiled(String sql, List<Object> params, Compiled indexed, List<String> phrases, boolean onlyPhrases) {

        Compiled(String sql, List<Object> params) {
            this(sql, params, null, List.of(), false);
        }
    }

    private TextQuery() {
    }

    /** Empty when the text holds nothing to search for. */
    static java.util.Optional<Compiled> compile(String text) {
        var exact = compile(text, "phraseto_tsquery");
        return exact.map(query -> query.sql().contains("phraseto_tsquery")
                ? new Compiled(query.sql(), query.params(), compile(text, "plainto_tsquery").orElseThrow(), query.phrases(),
                        query.onlyPhrases())
                : query);
    }

    /** {@code phrase}: the function a quoted phrase goes through. */
    private static java.util.Optional<Compiled> compile(String text, String phrase) {
        var parts = new ArrayList<String>();
        var params = new ArrayList<Object>();
        var phrases = new ArrayList<String>();
        var terms = TERM.matcher(text);
        while (terms.find()) {
            if (terms.group(1) != null) {
                if (WORD.matcher(terms.group(1)).find()) {
                    parts.add(phrase + "('english', ?)");
                    params.add(terms.group(1));
                    phrases.add(terms.group(1));
                }
                continue;
            }
            var term = terms.group(2);
            if (term.endsWith("*")) {
                var words = new ArrayList<String>();
                WORD.matcher(term).results().forEach(w -> words.add(w.group()));
                if (!words.isEmpty()) {
                    parts.add("to_tsquery('english', ?)");
                    params.add(String.join(" <-> ", words) + ":*");
                }
            } else if (WORD.matcher(term).find()) {
                parts.add("plainto_tsquery('english', ?)");
                params.add(term);
            }
        }
        if (parts.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Compiled("(" + String.join(" && ", parts) + ")", params, null, phrases,
                phrases.size() == parts.size()));
    }
}
