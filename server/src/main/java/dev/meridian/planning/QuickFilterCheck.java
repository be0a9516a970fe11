package dev.meridian.planning;

import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.search.JqlException;
import dev.meridian.search.Search;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What a board's quick filter must be, whether sent with the board or on its own. */
@Component
class QuickFilterCheck {

    private final Search search;

    QuickFilterCheck(Search search) {
        this.search = search;
    }

    /** {@code current}: the board being changed, whose quick filters those sent with an id change; null for a new board. */
    List<BoardConfig.QuickFilter> all(List<BoardConfig.QuickFilter> filters, BoardConfig current, CurrentUser user) {
        var out = new ArrayList<BoardConfig.QuickFilter>();
        for (var f : filters == null ? List.<BoardConfig.QuickFilter>of() : filters) {
            var field = "quickFilters[" + out.size() + "]";
            if (f == null) {
                throw new InvalidInputException(field, "a quick filter needs a name and a JQL query");
            }
            if (f.id() != null && current == null) {
                f = new BoardConfig.QuickFilter(null, f.name(), f.jql(), f.description());
            } else if (f.id() != null && sameQuery(find(current, f.id(), field), f)) {
                // Kept as it is, it does not block the board's other changes, even when its query has gone stale.
                out.add(shaped(f, field + "."));
                continue;
            }
            out.add(one(f, field + ".", user));
        }
        return out;
    }

    /**
     * A quick filter as a board keeps it: a name of 1 to 255 characters, a valid JQL query (else the query's own
     * problem, a 400 "Invalid JQL" naming the quick filter, with its position and the field at fault), a description of
     * at most 1,000 characters, null when blank.
     */
    BoardConfig.QuickFilter one(BoardConfig.QuickFilter f, String fieldPrefix, CurrentUser user) {
        var filter = shaped(f, fieldPrefix);
        try {
            search.validate(filter.jql(), user);
        } catch (JqlException e) {
            var message = "Quick filter “" + filter.name() + "”: " + e.plainMessage();
            throw new JqlException(message, e.line(), e.character())
                    .with("errors", List.of(new InvalidInputException.FieldError(fieldPrefix + "jql", e.getMessage())));
        }
        return filter;
    }

    /** The query's problem when it no longer runs, in Jira's words with its position. */
    Optional<String> problem(BoardConfig.QuickFilter f, CurrentUser user) {
        try {
            search.validate(f.jql(), user);
            return Optional.empty();
        } catch (JqlException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static boolean sameQuery(BoardConfig.QuickFilter kept, BoardConfig.QuickFilter sent) {
        return sent.jql() != null && kept.jql().equals(sent.jql().trim());
    }

    private static BoardConfig.QuickFilter shaped(BoardConfig.QuickFilter f, String fieldPrefix) {
        if (f.name() == null || f.name().isBlank() || f.name().trim().length() > 255) {
            throw new InvalidInputException(fieldPrefix + "name", "a quick filter needs a name of 1 to 255 characters");
        }
        if (f.jql() == null || f.jql().isBlank()) {
            throw new InvalidInputException(fieldPrefix + "jql", "a quick filter needs a JQL query, such as assignee = currentUser()");
        }
        var description = f.description() == null || f.description().isBlank() ? null : f.description().trim();
        if (description != null && description.length() > 1000) {
            throw new InvalidInputException(fieldPrefix + "description", "must be at most 1,000 characters");
        }
        return new BoardConfig.QuickFilter(f.id(), f.name().trim(), f.jql().trim(), description);
    }

    /** One of the board's quick filters, else a 400 on {@code field} listing those it has. */
    static BoardConfig.QuickFilter find(BoardConfig board, long id, String field) {
        var ofBoard = board.quickFilters();
        return lookup(board, id).orElseThrow(() -> new InvalidInputException(field,
                "board " + board.id() + " has no quick filter " + id + " (deleted, or another board's); its quick filters: "
                        + (ofBoard.isEmpty() ? "none" : ofBoard.stream().map(f -> f.id() + " " + f.name()).collect(Collectors.joining(", ")))));
    }

    static Optional<BoardConfig.QuickFilter> lookup(BoardConfig board, long id) {
        return board.quickFilters().stream().filter(f -> f.id() == id).findFirst();
    }
}
