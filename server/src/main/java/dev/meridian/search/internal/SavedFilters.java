package dev.meridian.search.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.UserRef;
import dev.meridian.platform.ConflictException;
import dev.meridian.platform.ForbiddenException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.NotFoundException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved queries. A filter is private to its owner, or shared with one project's members; only the owner (or a site
 * admin) changes it; a filter someone cannot see does not exist for them. Its JQL is checked when it is saved.
 */
@Component
public class SavedFilters {

    public record FilterView(long id, String name, String description, String jql, UserRef owner, String projectKey,
            Instant createdAt, Instant updatedAt, boolean editable) {
    }

    public record FilterInput(String name, String description, String jql, String projectKey) {
    }

    private static final String SELECT = """
            select f.id, f.name, f.description, f.jql, f.project_id, p.key as project_key, f.created_at, f.updated_at,
                   u.id as owner_id, u.email as owner_email, u.display_name as owner_name
            from filters f join users u on u.id = f.owner_id left join projects p on p.id = f.project_id""";

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final SearchEngine engine;
    private final Clock clock;

    SavedFilters(JdbcClient jdbc, ProjectAccess access, SearchEngine engine, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.engine = engine;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<FilterView> list(CurrentUser user) {
        var projects = visibleProjects(user);
        return jdbc.sql(SELECT + " where f.owner_id = ? or f.project_id = any(?) order by lower(f.name), f.id")
                .params(user.id(), projects).query((rs, i) -> view(rs, user)).list();
    }

    @Transactional(readOnly = true)
    public FilterView get(long id, CurrentUser user) {
        return find(id, user).orElseThrow(() -> new NotFoundException("Filter", id));
    }

    @Transactional
    public FilterView create(FilterInput input, CurrentUser user) {
        var checked = check(input, user);
        var now = Instant.now(clock);
        try {
            long id = jdbc.sql("""
                    insert into filters (owner_id, name, description, jql, project_id, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(user.id(), checked.name(), checked.description(), checked.jql(), checked.projectId(),
                            ts(now), ts(now)).query(Long.class).single();
            return get(id, user);
        } catch (DuplicateKeyException taken) {
            throw nameTaken(checked.name());
        }
    }

    @Transactional
    public FilterView update(long id, FilterInput input, CurrentUser user) {
        var filter = editable(id, user);
        var checked = check(input, user);
        try {
            jdbc.sql("update filters set name = ?, description = ?, jql = ?, project_id = ?, updated_at = ? where id = ?")
                    .params(checked.name(), checked.description(), checked.jql(), checked.projectId(), ts(Instant.now(clock)),
                            filter.id()).update();
        } catch (DuplicateKeyException taken) {
            throw nameTaken(checked.name());
        }
        return get(id, user);
    }

    @Transactional
    public void delete(long id, CurrentUser user) {
        jdbc.sql("delete from filters where id = ?").param(editable(id, user).id()).update();
    }

    private FilterView editable(long id, CurrentUser user) {
        var filter = get(id, user);
        if (!filter.editable()) {
            throw new ForbiddenException("Only " + filter.owner().displayName() + ", who owns the filter '" + filter.name()
                    + "', can change it; save a copy of your own instead");
        }
        return filter;
    }

    private record Checked(String name, String description, String jql, Long projectId) {
    }

    private Checked check(FilterInput input, CurrentUser user) {
        var name = input.name() == null ? "" : input.name().trim();
        if (name.isEmpty() || name.length() > 255) {
            throw new InvalidInputException("name", "give the filter a name of 1 to 255 characters");
        }
        if (input.jql() == null || input.jql().length() > SearchController.MAX_JQL) {
            throw new InvalidInputException("jql", "give the query to save, at most " + SearchController.MAX_JQL + " characters");
        }
        if (input.description() != null && input.description().length() > 10_000) {
            throw new InvalidInputException("description", "must be at most 10000 characters");
        }
        engine.compile(input.jql(), user);
        Long projectId = input.projectKey() == null || input.projectKey().isBlank() ? null
                : access.browse(input.projectKey(), user).id();
        return new Checked(name, input.description(), input.jql(), projectId);
    }

    private Optional<FilterView> find(long id, CurrentUser user) {
        return jdbc.sql(SELECT + " where f.id = ? and (f.owner_id = ? or ? or f.project_id = any(?))")
                .params(id, user.id(), user.siteAdmin(), visibleProjects(user)).query((rs, i) -> view(rs, user)).optional();
    }

    private Long[] visibleProjects(CurrentUser user) {
        return access.browsable(user).stream().map(ProjectRef::id).toArray(Long[]::new);
    }

    private static FilterView view(ResultSet rs, CurrentUser user) throws SQLException {
        var owner = new UserRef(rs.getLong("owner_id"), rs.getString("owner_email"), rs.getString("owner_name"));
        return new FilterView(rs.getLong("id"), rs.getString("name"), rs.getString("description"), rs.getString("jql"), owner,
                rs.getString("project_key"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                owner.id() == user.id() || user.siteAdmin());
    }

    private static ConflictException nameTaken(String name) {
        return new ConflictException("You already have a filter named '" + name + "'; choose another name");
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }
}
