package dev.meridian.importing.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.importing.ImportOptions;
import dev.meridian.importing.ImportReport;
import dev.meridian.importing.ImportReport.Rejected;
import dev.meridian.issues.ImportedIssue;
import dev.meridian.issues.IssueImport;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectScheme;
import dev.meridian.projects.ProjectSchemes;
import dev.meridian.projects.SchemeAdditions;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class CsvImporter {

    private final ProjectAccess access;
    private final ProjectSchemes schemes;
    private final IssueImport issues;

    CsvImporter(ProjectAccess access, ProjectSchemes schemes, IssueImport issues) {
        this.access = access;
        this.schemes = schemes;
        this.issues = issues;
    }

    public ImportReport importIssues(String projectKey, Reader csv, ImportOptions options, CurrentUser by) {
        var project = access.administer(projectKey, by);
        var parsed = CsvSource.read(csv);
        var scheme = schemes.scheme(project);
        var defaultType = defaultType(scheme, options.defaultType());
        var rejected = new ArrayList<>(parsed.rejected());
        var rows = parsed.rows();
        var missing = Adoption.missing(rows, scheme, defaultType);
        if (!options.adoptValues()) {
            var unknown = missing;
            rows = rows.stream().filter(r -> {
                var reason = unknownValue(r, unknown, defaultType);
                if (reason != null) {
                    rejected.add(new Rejected(r.line(), r.sourceId(), reason));
                }
                return reason == null;
            }).toList();
            missing = new SchemeAdditions(List.of(), List.of(), List.of(), List.of(), missing.versions(), missing.components());
        }
        if (!missing.isEmpty()) {
            schemes.adopt(project, missing, by);
        }
        var ordered = rows.stream().sorted(Comparator.comparing(SourceRow::created, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.sourceId() == null ? "" : r.sourceId(), CsvImporter::numericFirst)).toList();
        var result = issues.write(project, ordered.stream().map(r -> issue(r, defaultType, options.markup())).toList(), by);
        var pairs = new ArrayList<Map.Entry<String, String>>();
        ordered.forEach(r -> r.duplicates().forEach(d -> pairs.add(Map.entry(r.sourceId(), d))));
        var links = pairs.isEmpty() ? new IssueImport.LinkResult(0, List.of()) : issues.link(project, "Duplicate", pairs, by);
        var warnings = new ArrayList<>(parsed.warnings());
        warnings.addAll(result.warnings());
        rejected.sort(Comparator.comparingLong(Rejected::line));
        return new ImportReport(result.keys().size(), result.keys(), result.alreadyImported(), rejected,
                Adoption.added(missing), links.created(), links.rejected(), warnings);
    }

    public ImportReport importDuplicates(String projectKey, Reader csv, CurrentUser by) {
        var project = access.administer(projectKey, by);
        var links = issues.link(project, "Duplicate", PairsSource.read(csv), by);
        return new ImportReport(0, Map.of(), Map.of(), List.of(), Adoption.added(SchemeAdditions.none()),
                links.created(), links.rejected(), List.of());
    }

    private static String unknownValue(SourceRow r, SchemeAdditions missing, String defaultType) {
        if (r.status() != null && contains(missing.statuses().stream().map(s -> s.name()).toList(), r.status())) {
            return "status '" + r.status() + "' is not in the project's workflow";
        }
        if (r.priority() != null && contains(missing.priorities(), r.priority())) {
            return "priority '" + r.priority() + "' is not one of the project's priorities";
        }
        if (r.resolution() != null && contains(missing.resolutions(), r.resolution())) {
            return "resolution '" + r.resolution() + "' is not one of the project's resolutions";
        }
        var type = r.type() == null ? defaultType : r.type();
        if (contains(missing.types(), type)) {
            return "issue type '" + type + "' is not one of the project's types";
        }
        return null;
    }

    private static boolean contains(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name.trim()));
    }

    private static String defaultType(ProjectScheme scheme, String requested) {
        if (requested != null && !requested.isBlank()) {
            return requested.trim();
        }
        return scheme.type("Bug").map(ProjectScheme.IssueType::name).orElseGet(() -> scheme.types().stream()
                .filter(t -> t.level() == ProjectScheme.IssueType.STANDARD).findFirst()
                .map(ProjectScheme.IssueType::name).orElse("Task"));
    }

    private static ImportedIssue issue(SourceRow r, String defaultType, ImportOptions.Markup markup) {
        var description = markup == ImportOptions.Markup.JIRA ? JiraMarkup.toMarkdown(r.description()) : r.description();
        return new ImportedIssue(r.sourceId(), r.type() == null ? defaultType : r.type(), r.summary(), description,
                r.status(), r.priority(), r.resolution(), r.assignee(), r.reporter(), r.labels(), r.components(),
                r.affectsVersions(), r.fixVersions(), r.created(), r.updated(), r.resolved());
    }

    private static int numericFirst(String a, String b) {
        if (a.matches("\\d{1,18}") && b.matches("\\d{1,18}")) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return a.compareTo(b);
    }
}
