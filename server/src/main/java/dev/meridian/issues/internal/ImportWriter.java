package dev.meridian.issues.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.Users;
import dev.meridian.issues.ImportedIssue;
import dev.meridian.issues.IssueImport.LinkResult;
import dev.meridian.issues.IssueImport.Result;
import dev.meridian.issues.TimeTracking;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import dev.meridian.projects.ProjectSchemes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

@Component
public class ImportWriter {

    private final IssueRows rows;
    private final IssueReads reads;
    private final LinkStore links;
    private final IssueEvents events;
    private final ProjectAccess access;
    private final ProjectSchemes schemes;
    private final Users users;
    private final Clock clock;

    ImportWriter(IssueRows rows, IssueReads reads, LinkStore links, IssueEvents events, ProjectAccess access,
            ProjectSchemes schemes, Users users, Clock clock) {
        this.rows = rows;
        this.reads = reads;
        this.links = links;
        this.events = events;
        this.access = access;
        this.schemes = schemes;
        this.users = users;
        this.clock = clock;
    }

    public Result write(ProjectRef project, List<ImportedIssue> issues, CurrentUser by) {
        access.requireAdmin(project);
        var lookup = new Lookup(schemes.scheme(project), users);
        var keys = new LinkedHashMap<String, String>();
        var already = new LinkedHashMap<String, String>();
        var warnings = new ArrayList<String>();
        var fresh = new ArrayList<ImportedIssue>();
        for (var issue : issues) {
            var existing = issue.externalId() == null ? null : rows.idOfExternal(project.id(), issue.externalId()).orElse(null);
            if (existing != null) {
                already.put(issue.externalId(), rows.find(existing).map(IssueRow::key).orElseThrow());
            } else {
                fresh.add(issue);
            }
        }
        if (fresh.isEmpty()) {
            return new Result(keys, already, warnings);
        }
        int number = rows.reserveNumbers(project.id(), fresh.size());
        var now = Instant.now(clock);
        for (var issue : fresh) {
            var row = row(project, issue, number++, lookup, by, now, warnings);
            long id = rows.insert(row);
            if (issue.externalId() != null) {
                keys.put(issue.externalId(), row.key());
            }
            events.issue("issue.created", reads.view(id).orElseThrow(), by.id());
        }
        return new Result(keys, already, warnings);
    }

    private IssueRow row(ProjectRef project, ImportedIssue issue, int number, Lookup lookup, CurrentUser by, Instant now,
            List<String> warnings) {
        var scheme = lookup.scheme();
        Long type = lookup.type(issue.type());
        Long status = issue.status() == null ? scheme.workflow().initial().id() : lookup.status(issue.status());
        Long priority = issue.priority() == null ? scheme.defaultPriority().map(p -> p.id()).orElse(null) : lookup.priority(issue.priority());
        Long resolution = lookup.resolution(issue.resolution());
        var components = lookup.components(issue.components());
        var affects = lookup.versions("affectsVersions", issue.affectsVersions());
        var fix = lookup.versions("fixVersions", issue.fixVersions());
        lookup.throwIfAny();
        var key = project.key() + "-" + number;
        Long assignee = person(issue.assignee(), key, "assignee", warnings);
        Long reporter = Objects.requireNonNullElse(person(issue.reporter(), key, "reporter", warnings), by.id());
        var created = issue.createdAt() == null ? now : issue.createdAt();
        var updated = issue.updatedAt() == null ? Objects.requireNonNullElse(issue.resolvedAt(), created) : issue.updatedAt();
        return new IssueRow(0, project.id(), number, key, issue.externalId(), type, status, priority, resolution,
                issue.summary(), issue.description(), assignee, reporter, by.id(), null, issue.labels(), null, null, created,
                updated, issue.resolvedAt(), 1, components, fix, affects, TimeTracking.NONE);
    }

    private Long person(String email, String key, String field, List<String> warnings) {
        if (email == null || email.isBlank()) {
            return null;
        }
        var user = users.findByEmail(email.trim());
        if (user.isEmpty()) {
            warnings.add(key + ": " + field + " '" + email + "' is not a Meridian user; left empty");
        }
        return user.map(u -> u.id()).orElse(null);
    }

    public LinkResult link(ProjectRef project, String linkType, List<Map.Entry<String, String>> pairs, CurrentUser by) {
        access.requireAdmin(project);
        var type = links.types().stream().filter(t -> t.name().equalsIgnoreCase(linkType)).findFirst()
                .orElseThrow(() -> new InvalidInputException("type", "no link type '" + linkType + "'"));
        int created = 0;
        var rejected = new ArrayList<String>();
        for (var pair : pairs) {
            var source = rows.idOfExternal(project.id(), pair.getKey());
            var target = rows.idOfExternal(project.id(), pair.getValue());
            if (source.isEmpty() || target.isEmpty()) {
                rejected.add(pair.getKey() + " " + type.outward() + " " + pair.getValue() + ": no issue with external id "
                        + (source.isEmpty() ? pair.getKey() : pair.getValue()) + " in " + project.key());
            } else if (source.get().equals(target.get())) {
                rejected.add(pair.getKey() + " " + type.outward() + " " + pair.getValue() + ": an issue cannot be linked to itself");
            } else {
                long id = links.insert(type.id(), source.get(), target.get());
                created++;
                events.other("link.created", "link", String.valueOf(id), project.key(), by.id(), Map.of("id", id,
                        "type", type.name(), "outwardKey", rows.find(source.get()).orElseThrow().key(),
                        "inwardKey", rows.find(target.get()).orElseThrow().key(), "imported", true));
            }
        }
        return new LinkResult(created, rejected);
    }
}
