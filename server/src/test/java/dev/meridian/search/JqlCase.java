package dev.meridian.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** One line of src/test/resources/jql/corpus.tsv; the file's header describes the format. */
record JqlCase(int line, String query, String as, Expected expected) {

    sealed interface Expected {
    }

    /** {@code ordered}: the issues come in exactly this order; otherwise in the default order. */
    record Issues(List<String> tokens, boolean ordered) implements Expected {
    }

    record Error(int line, int character, String phrase) implements Expected {

        String position() {
            return "(line " + line + ", character " + character + ")";
        }
    }

    private static final Pattern ERROR = Pattern.compile("error (\\d+):(\\d+) (.+)");

    static List<JqlCase> read(String resource) {
        try (var in = JqlCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the test class path");
            }
            var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            var cases = new ArrayList<JqlCase>();
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                    cases.add(parse(i + 1, lines[i]));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JqlCase parse(int line, String text) {
        var columns = text.split("\t", -1);
        if (columns.length < 2 || columns.length > 3 || (columns.length == 3 && !columns[2].startsWith("as="))) {
            throw new IllegalArgumentException("corpus.tsv line " + line + ": expected QUERY<TAB>EXPECTED[<TAB>as=PERSON]: " + text);
        }
        var query = columns[0].replace("⏎", "\n").replace("${empty}", "");
        var as = columns.length == 3 ? columns[2].substring(3) : "mia";
        return new JqlCase(line, query, as, expected(line, columns[1].trim()));
    }

    private static Expected expected(int line, String text) {
        var error = ERROR.matcher(text);
        if (error.matches()) {
            return new Error(Integer.parseInt(error.group(1)), Integer.parseInt(error.group(2)), error.group(3));
        }
        boolean set = text.startsWith("{") && text.endsWith("}");
        boolean list = text.startsWith("[") && text.endsWith("]");
        if (!set && !list) {
            throw new IllegalArgumentException("corpus.tsv line " + line + ": expected {names}, [names] or error L:C phrase: " + text);
        }
        var inner = text.substring(1, text.length() - 1).trim();
        return new Issues(inner.isEmpty() ? List.of() : List.of(inner.split("\\s+")), list);
    }

    /** The issue names the tokens stand for: names, "all", "@PROJECT", and "-token" to take issues out again. */
    List<String> names(JqlFixture fixture) {
        var tokens = ((Issues) expected).tokens();
        var names = new LinkedHashSet<String>();
        for (var token : tokens) {
            var remove = token.startsWith("-");
            var name = remove ? token.substring(1) : token;
            var meant = name.equals("all") ? fixture.visibleTo(as)
                    : name.startsWith("@") ? fixture.inProject(name.substring(1))
                    : List.of(fixture.name(fixture.key(name)));
            if (remove) {
                meant.forEach(names::remove);
            } else {
                names.addAll(meant);
            }
        }
        return List.copyOf(names);
    }

    @Override
    public String toString() {
        var shown = query.isEmpty() ? "(empty query)" : query.isBlank() ? "(blank query)" : query.replace("\n", "⏎");
        return shown + (as.equals("mia") ? "" : "  [as " + as + "]") + "  (corpus.tsv:" + line + ")";
    }
}
