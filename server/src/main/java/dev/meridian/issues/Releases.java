package dev.meridian.issues;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.internal.IssueEditor;
import dev.meridian.issues.internal.VersionIssues;
import dev.meridian.platform.ConflictException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.NotFoundException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectScheme;
import dev.meridian.projects.ProjectScheme.Version;
import dev.meridian.projects.ProjectSchemes;
import dev.meridian.projects.VersionEdit;
import dev.meridian.projects.Versions;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jira's Releases: how far each version is, and releasing or deleting one together with what becomes of its issues.
 * Each issue moved changes through the normal edit (its history says "Fix versions: 2.1 → 2.2", its change event fires),
 * in the one transaction of the release or deletion: either all of it happens or none.
 */
@Service
public class Releases {

    private final IssueEditor editor;
    private final VersionIssues issues;
    private final ProjectAccess access;
    private final ProjectSchemes schemes;
    private final Versions versions;

    Releases(IssueEditor editor, VersionIssues issues, ProjectAccess access, ProjectSchemes schemes, Versions versions) {
        this.editor = editor;
        this.issues = issues;
        this.access = access;
        this.schemes = schemes;
        this.versions = versions;
    }

    /** Every version of the project, in Jira's order, with the issues fixed in it. */
    @Transactional(readOnly = true)
    public List<VersionProgress> progress(String key, CurrentUser user) {
        var project = access.browse(key, user);
        var counts = issues.progress(project.id());
        return schemes.scheme(project).versions().stream().map(v -> {
            var c = counts.getOrDefault(v.id(), VersionIssues.Counts.NONE);
            return new VersionProgress(v, c.toDo(), c.inProgress(), c.done(), c.unresolved(), c.affected());
        }).toList();
    }

    /**
     * Releases the version on the date (null: the one it has, else today); with {@code moveUnresolvedTo}, its unresolved
     * issues first move to that version.
     */
    @Transactional
    public ProjectScheme release(String key, String name, LocalDate on, String moveUnresolvedTo, CurrentUser by) {
        var scheme = schemes.scheme(access.administer(key, by));
        var version = version(scheme, name);
        if (version.released()) {
            throw new ConflictException("Version '" + version.name() + "' is already released");
        }
        if (moveUnresolvedTo != null && !moveUnresolvedTo.isBlank()) {
            var fix = new Swap(version, target(scheme, version, "moveUnresolvedTo", moveUnresolvedTo));
            issues.unresolvedFixedIn(version.id()).forEach(issue -> replace(issue, fix, null, scheme, by));
        }
        return versions.edit(key, version.name(), VersionEdit.release(on), by);
    }

    /**
     * Deletes the version; the issues that have it as fix version move to {@code fixTo}, those that have it as affects
     * version to {@code affectsTo}, and where either is null the version is only taken off them.
     */
    @Transactional
    public ProjectScheme delete(String key, String name, String fixTo, String affectsTo, CurrentUser by) {
        var scheme = schemes.scheme(access.administer(key, by));
        var version = version(scheme, name);
        var fix = new Swap(version, fixTo == null || fixTo.isBlank() ? null : target(scheme, version, "moveFixIssuesTo", fixTo));
        var affects = new Swap(version, affectsTo == null || affectsTo.isBlank() ? null
                : target(scheme, version, "moveAffectsIssuesTo", affectsTo));
        issues.having(version.id()).forEach(issue -> replace(issue, fix, affects, scheme, by));
        return versions.delete(key, version.name(), by);
    }

    private void replace(String issueKey, Swap fix, Swap affects, ProjectScheme scheme, CurrentUser by) {
        var key = IssueKey.parse(issueKey);
        var row = editor.lock(key);
        var present = new HashSet<String>();
        List<String> fixVersions = null;
        List<String> affectsVersions = null;
        if (fix != null && row.fixVersionIds().contains(fix.from().id())) {
            present.add("fixVersions");
            fixVersions = fix.apply(row.fixVersionIds(), scheme);
        }
        if (affects != null && row.affectsVersionIds().contains(affects.from().id())) {
            present.add("affectsVersions");
            affectsVersions = affects.apply(row.affectsVersionIds(), scheme);
        }
        if (!present.isEmpty()) {
            editor.update(key, new IssuePatch(present, null, null, null, null, null, null, null, null, null, null, null,
                    fixVersions, affectsVersions, null, null, null, null, null), by);
        }
    }

    private static Version version(ProjectScheme scheme, String name) {
        return scheme.version(name).orElseThrow(() -> new NotFoundException("Version", name));
    }

    private static Version target(ProjectScheme scheme, Version from, String field, String name) {
        var target = scheme.version(name).orElseThrow(() -> new InvalidInputException(field, "'" + name + "' is not a version of "
                + scheme.project().key() + "; choose one of: " + String.join(", ", ProjectScheme.names(scheme.versions(), Version::name))));
        if (target.id() == from.id()) {
            throw new InvalidInputException(field, "choose a version other than '" + from.name() + "' itself");
        }
        if (target.archived()) {
            throw new InvalidInputException(field, "version '" + target.name() + "' is archived; restore it or choose another");
        }
        return target;
    }

    /** A version taken off an issue, and the one ({@code to}; null for none) that takes its place. */
    private record Swap(Version from, Version to) {

        List<String> apply(Set<Long> ids, ProjectScheme scheme) {
            var kept = new HashSet<>(ids);
            kept.remove(from.id());
            if (to != null) {
                kept.add(to.id());
            }
            return scheme.versions().stream().filter(v -> kept.contains(v.id())).map(Version::name).toList();
        }
    }
}
