package dev.meridian.issues.internal;

import dev.meridian.identity.UserRef;
import dev.meridian.identity.Users;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.InvalidInputException.FieldError;
import dev.meridian.projects.ProjectScheme;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the names a client sends (statuses, priorities, emails…) into ids in the project's scheme, and ids back into
 * names. Collects every unknown name so one response lists all problems.
 */
final class Lookup {

    private final ProjectScheme scheme;
    private final Users users;
    private final List<FieldError> errors = new ArrayList<>();

    Lookup(ProjectScheme scheme, Users users) {
        this.scheme = scheme;
        this.users = users;
    }

    ProjectScheme scheme() {
        return scheme;
    }

    Long type(String name) {
        return require("type", name, n -> scheme.type(n).map(ProjectScheme.IssueType::id),
                ProjectScheme.names(scheme.types(), ProjectScheme.IssueType::name));
    }

    Long priority(String name) {
        return require("priority", name, n -> scheme.priority(n).map(ProjectScheme.Priority::id),
                ProjectScheme.names(scheme.priorities(), ProjectScheme.Priority::name));
    }

    Long resolution(String name) {
        return require("resolution", name, n -> scheme.resolution(n).map(ProjectScheme.Resolution::id),
                ProjectScheme.names(scheme.resolutions(), ProjectScheme.Resolution::name));
    }

    Long status(String name) {
        return require("status", name, n -> scheme.workflow().status(n).map(s -> s.id()),
                scheme.workflow().statuses().stream().map(s -> s.name()).toList());
    }

    Set<Long> components(List<String> names) {
        return all("components", names, n -> scheme.component(n).map(ProjectScheme.Component::id),
                ProjectScheme.names(scheme.components(), ProjectScheme.Component::name));
    }

    Set<Long> versions(String field, List<String> names) {
        return all(field, names, n -> scheme.version(n).map(ProjectScheme.Version::id),
                ProjectScheme.names(scheme.versions(), ProjectScheme.Version::name));
    }

    /**
     * As {@link #versions(String, List)}, and an archived version may stay where it is ({@code kept}) but not be newly
     * set, as in Jira: an archived version is done with.
     */
    Set<Long> versions(String field, List<String> names, Set<Long> kept) {
        var ids = versions(field, names);
        scheme.versions().stream().filter(v -> v.archived() && ids.contains(v.id()) && !kept.contains(v.id())).forEach(v -> errors.add(
                new FieldError(field, "version '" + v.name() + "' is archived; a project admin can unarchive it in Project settings → Versions")));
        return ids;
    }

    Long user(String field, String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        var user = users.findByEmail(email.trim());
        if (user.isEmpty()) {
            errors.add(new FieldError(field, "no user with email '" + email + "'"));
            return null;
        }
        return user.get().id();
    }

    /** The same problem once, however many issues have it. */
    void reject(String field, String message) {
        var error = new FieldError(field, message);
        if (!errors.contains(error)) {
            errors.add(error);
        }
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(List.copyOf(errors));
        }
    }

    String typeName(long id) {
        return scheme.types().stream().filter(t -> t.id() == id).map(ProjectScheme.IssueType::name).findFirst().orElse(null);
    }

    int typeLevel(long id) {
        return scheme.types().stream().filter(t -> t.id() == id).mapToInt(ProjectScheme.IssueType::level).findFirst().orElse(0);
    }

    String priorityName(Long id) {
        return id == null ? null : scheme.priorities().stream().filter(p -> p.id() == id).map(ProjectScheme.Priority::name).findFirst().orElse(null);
    }

    String resolutionName(Long id) {
        return id == null ? null : scheme.resolutions().stream().filter(p -> p.id() == id).map(ProjectScheme.Resolution::name).findFirst().orElse(null);
    }

    String statusName(long id) {
        return scheme.workflow().status(id).name();
    }

    String componentNames(Set<Long> ids) {
        return join(scheme.components().stream().filter(c -> ids.contains(c.id())).map(ProjectScheme.Component::name).toList());
    }

    String versionNames(Set<Long> ids) {
        return join(scheme.versions().stream().filter(v -> ids.contains(v.id())).map(ProjectScheme.Version::name).toList());
    }

    String userName(Long id, Map<Long, UserRef> known) {
        return id == null ? null : Optional.ofNullable(known.get(id)).map(UserRef::displayName).orElse("user " + id);
    }

    static String join(List<String> names) {
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** Null for no name; otherwise the id, or null with an error naming the allowed values. */
    private Long require(String field, String name, Function<String, Optional<Long>> find, List<String> allowed) {
        if (name == null || name.isBlank()) {
            return null;
        }
        var id = find.apply(name);
        if (id.isEmpty()) {
            errors.add(new FieldError(field, "'" + name + "' is not a " + field + " of " + scheme.project().key()
                    + "; choose one of: " + String.join(", ", allowed)));
            return null;
        }
        return id.get();
    }

    private Set<Long> all(String field, List<String> names, Function<String, Optional<Long>> find, List<String> allowed) {
        var ids = new LinkedHashSet<Long>();
        for (var name : names == null ? List.<String>of() : names) {
            var id = require(field, name, find, allowed);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }
}
