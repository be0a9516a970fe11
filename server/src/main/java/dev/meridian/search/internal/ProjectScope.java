package dev.meridian.search.internal;

import dev.meridian.search.internal.Fields.Kind;
import dev.meridian.search.internal.Jql.Operator;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The projects a query can match at all: the visible ones, narrowed by top-level {@code project = X} or
 * {@code project in (…)} clauses. Names (statuses, versions…) are then looked up in those projects only, which keeps
 * the id lists in the SQL short — "status = Open" over one project is one status id, not one per project.
 */
final class ProjectScope {

    private ProjectScope() {
    }

    /** Empty when the query has no top-level project clause: every visible project. */
    static Optional<List<Long>> of(Jql.Query query, Operands visible) {
        var all = Arrays.asList(visible.vocabulary().projectIds());
        var conjuncts = query.where() instanceof Jql.And and ? and.clauses() : query.where() == null ? List.<Jql.Clause>of()
                : List.of(query.where());
        Set<Long> scope = null;
        for (var clause : conjuncts) {
            if (!(clause instanceof Jql.Terminal t) || t.operator() != Operator.EQUALS && t.operator() != Operator.IN) {
                continue;
            }
            var field = Fields.find(t.field().name()).filter(f -> f.kind() == Kind.PROJECT);
            if (field.isEmpty()) {
                continue;
            }
            var named = new LinkedHashSet<>(visible.ids(field.get().as(t.field().name()), t.operand()).values());
            if (scope == null) {
                scope = named;
            } else {
                scope.retainAll(named);
            }
        }
        if (scope == null) {
            return Optional.empty();
        }
        var narrowed = scope;
        return Optional.of(all.stream().filter(narrowed::contains).toList());
    }
}
