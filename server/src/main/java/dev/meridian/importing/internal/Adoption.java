package dev.meridian.importing.internal;

import dev.meridian.importing.ImportReport.Added;
import dev.meridian.projects.ProjectScheme;
import dev.meridian.projects.SchemeAdditions;
import dev.meridian.projects.StatusCategory;
import dev.meridian.projects.WorkflowDefinition.StatusDefinition;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Which values in the file the project lacks, and the category a status from another tracker most likely means. */
final class Adoption {

    private static final Pattern DONE = Pattern.compile("(?i).*(resolved|closed|done|fixed|verified|complete|released|rejected|wontfix|invalid).*");
    private static final Pattern NEW = Pattern.compile("(?i)(new|open|unconfirmed|confirmed|to ?do|backlog|reopened|triage|proposed)");

    private Adoption() {
    }

    static SchemeAdditions missing(List<SourceRow> rows, ProjectScheme scheme, String defaultType) {
        var statuses = absent(rows.stream().map(SourceRow::status), n -> scheme.workflow().status(n)).stream()
                .map(n -> new StatusDefinition(n, category(n))).toList();
        return new SchemeAdditions(statuses,
                absent(rows.stream().map(SourceRow::priority), scheme::priority),
                absent(rows.stream().map(SourceRow::resolution), scheme::resolution),
                absent(rows.stream().map(r -> r.type() == null ? defaultType : r.type()), scheme::type),
                absent(rows.stream().flatMap(r -> Stream.concat(r.affectsVersions().stream(), r.fixVersions().stream())), scheme::version),
                absent(rows.stream().flatMap(r -> r.components().stream()), scheme::component));
    }

    static Added added(SchemeAdditions a) {
        return new Added(a.statuses().stream().map(StatusDefinition::name).toList(), a.priorities(), a.resolutions(),
                a.types(), a.versions(), a.components());
    }

    static StatusCategory category(String status) {
        if (DONE.matcher(status).matches()) {
            return StatusCategory.DONE;
        }
        return NEW.matcher(status.trim()).matches() ? StatusCategory.NEW : StatusCategory.INDETERMINATE;
    }

    /** Distinct by case, in first-seen order, of the names the scheme does not know. */
    private static List<String> absent(Stream<String> names, Function<String, Optional<?>> find) {
        var seen = new LinkedHashMap<String, String>();
        names.filter(n -> n != null && !n.isBlank()).map(String::trim)
                .forEach(n -> seen.putIfAbsent(n.toLowerCase(Locale.ROOT), n));
        return seen.values().stream().filter(n -> find.apply(n).isEmpty()).toList();
    }

    static boolean any(Collection<?>... lists) {
        return Stream.of(lists).anyMatch(l -> !l.isEmpty());
    }
}
