package dev.meridian.projects;

import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.ConflictException;
import dev.meridian.platform.NotFoundException;
import dev.meridian.projects.internal.SchemeStore;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;

/** Issue types and resolutions: named lists of a project's scheme, renamed and deleted the same way. */
@Component
class NamedLists {

    record NamedList<T>(String label, SchemeStore.Named table, BiFunction<ProjectScheme, String, Optional<T>> find,
            ToLongFunction<T> id, Function<T, String> name, String inUse) {
    }

    static final NamedList<ProjectScheme.IssueType> TYPES = new NamedList<>("Issue type", SchemeStore.Named.TYPES,
            ProjectScheme::type, ProjectScheme.IssueType::id, ProjectScheme.IssueType::name, "is used by %s; change their type before removing it");
    static final NamedList<ProjectScheme.Resolution> RESOLUTIONS = new NamedList<>("Resolution", SchemeStore.Named.RESOLUTIONS,
            ProjectScheme::resolution, ProjectScheme.Resolution::id, ProjectScheme.Resolution::name,
            "is set on %s; reopen or re-resolve them before removing it");

    private final SchemeStore schemes;
    private final ProjectAccess access;

    NamedLists(SchemeStore schemes, ProjectAccess access) {
        this.schemes = schemes;
        this.access = access;
    }

    /** Returns the project changed. */
    <T> ProjectRef rename(NamedList<T> list, String key, String name, String newName, CurrentUser by) {
        var ref = access.administer(key, by);
        var scheme = schemes.load(ref);
        var item = list.find().apply(scheme, name).orElseThrow(() -> new NotFoundException(list.label(), name));
        list.find().apply(scheme, newName).filter(other -> list.id().applyAsLong(other) != list.id().applyAsLong(item)).ifPresent(other -> {
            throw new ConflictException(list.label() + " '" + list.name().apply(other) + "' already exists in " + ref.key());
        });
        schemes.rename(list.table(), list.id().applyAsLong(item), newName);
        return ref;
    }

    /**
     * {@code lastOne}: why this item may not go even though no issue uses it (%s for the project key), or null. Returns the
     * project changed.
     */
    <T> ProjectRef delete(NamedList<T> list, String key, String name, CurrentUser by, BiFunction<ProjectScheme, T, String> lastOne) {
        var ref = access.administer(key, by);
        var scheme = schemes.load(ref);
        var item = list.find().apply(scheme, name).orElseThrow(() -> new NotFoundException(list.label(), name));
        var label = list.label() + " '" + list.name().apply(item) + "' ";
        long uses = schemes.uses(list.table(), list.id().applyAsLong(item));
        if (uses > 0) {
            throw new ConflictException(label + list.inUse().formatted(uses + (uses == 1 ? " issue" : " issues")));
        }
        var refusal = lastOne.apply(scheme, item);
        if (refusal != null) {
            throw new ConflictException(label + refusal.formatted(ref.key()));
        }
        schemes.delete(list.table(), list.id().applyAsLong(item));
        return ref;
    }
}
