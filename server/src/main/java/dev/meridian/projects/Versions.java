package dev.meridian.projects;

import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.ConflictException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.InvalidInputException.FieldError;
import dev.meridian.platform.NotFoundException;
import dev.meridian.platform.SupportedDates;
import dev.meridian.projects.ProjectScheme.Version;
import dev.meridian.projects.internal.SchemeStore;
import dev.meridian.projects.internal.VersionStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's versions (Jira's releases): created, edited, released, archived and deleted by its admins. Moving issues
 * off a version is the issues module's part; a version still on issues is not deleted here.
 */
@Service
public class Versions {

    private final SchemeStore schemes;
    private final VersionStore store;
    private final ProjectAccess access;
    private final ProjectChanges changes;
    private final Clock clock;

    Versions(SchemeStore schemes, VersionStore store, ProjectAccess access, ProjectChanges changes, Clock clock) {
        this.schemes = schemes;
        this.store = store;
        this.access = access;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public ProjectScheme add(String key, String name, String description, LocalDate startDate, LocalDate releaseDate,
            boolean released, CurrentUser by) {
        var ref = access.administer(key, by);
        var problems = new ArrayList<FieldError>();
        var trimmed = VersionEdit.name(name, problems);
        var text = VersionEdit.description(description, problems);
        var start = SupportedDates.require("startDate", startDate);
        var release = SupportedDates.require("releaseDate", releaseDate);
        VersionEdit.dates(start, release, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (schemes.load(ref).version(trimmed).isPresent()) {
            throw new ConflictException("Version '" + trimmed + "' already exists in " + ref.key());
        }
        store.insert(ref.id(), new Version(0, trimmed, text, released, start, release, false));
        return changed(ref, by);
    }

    /** Renames, describes, dates, releases or archives a version; see {@link VersionEdit}. */
    @Transactional
    public ProjectScheme edit(String key, String name, VersionEdit edit, CurrentUser by) {
        var ref = access.administer(key, by);
        var scheme = schemes.load(ref);
        var version = scheme.version(name).orElseThrow(() -> new NotFoundException("Version", name));
        var after = edit.applyTo(version, LocalDate.now(clock));
        scheme.version(after.name()).filter(other -> other.id() != version.id()).ifPresent(other -> {
            throw new ConflictException("Version '" + other.name() + "' already exists in " + ref.key() + "; choose another name");
        });
        store.update(after);
        return changed(ref, by);
    }

    /** Refused while issues have the version: taking it off them is a change their history must tell. */
    @Transactional
    public ProjectScheme delete(String key, String name, CurrentUser by) {
        var ref = access.administer(key, by);
        var version = schemes.load(ref).version(name).orElseThrow(() -> new NotFoundException("Version", name));
        long uses = store.uses(version.id());
        if (uses > 0) {
            throw new ConflictException("Version '" + version.name() + "' is on " + uses + (uses == 1 ? " issue" : " issues")
                    + "; move them to another version or take it off them before deleting it");
        }
        store.delete(version.id());
        return changed(ref, by);
    }

    private ProjectScheme changed(ProjectRef ref, CurrentUser by) {
        changes.record("project.updated", ref, by);
        return schemes.load(ref);
    }
}
