package dev.meridian.projects.internal;

import dev.meridian.platform.ConflictException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.projects.ProjectRef;
import dev.meridian.projects.ProjectScheme;
import dev.meridian.projects.ProjectScheme.Component;
import dev.meridian.projects.ProjectScheme.IssueType;
import dev.meridian.projects.ProjectScheme.Priority;
import dev.meridian.projects.ProjectScheme.Resolution;
import dev.meridian.projects.ProjectScheme.Version;
import dev.meridian.projects.StatusCategory;
import dev.meridian.projects.Workflow;
import dev.meridian.projects.WorkflowDefinition;
import dev.meridian.projects.WorkflowDefinition.StatusDefinition;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;


/** Reads and writes a project's scheme: workflow, types, priorities, resolutions, components, versions. */
@org.springframework.stereotype.Component
public class SchemeStore {

    private final JdbcClient jdbc;

    SchemeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ProjectScheme load(ProjectRef project) {
        long id = project.id();
        var statuses = jdbc.sql("select id, name, category, position, wip_min, wip_max from statuses where project_id = ? order by position, id")
                .param(id).query((rs, i) -> new Workflow.Status(rs.getLong(1), rs.getString(2),
                        StatusCategory.parse(rs.getString(3)), rs.getInt(4), (Integer) rs.getObject(5), (Integer) rs.getObject(6))).list();
        var transitions = jdbc.sql("select id, name, from_status_id, to_status_id from transitions where project_id = ? order by id")
                .param(id).query((rs, i) -> new Workflow.Transition(rs.getLong(1), rs.getString(2),
                        (Long) rs.getObject(3), rs.getLong(4))).list();
        return new ProjectScheme(project, new Workflow(statuses, transitions),
                jdbc.sql("select id, name, level from issue_types where project_id = ? order by position").param(id).query(IssueType.class).list(),
                jdbc.sql("select id, name, position, is_default from priorities where project_id = ? order by position").param(id).query(Priority.class).list(),
                jdbc.sql("select id, name from resolutions where project_id = ? order by position").param(id).query(Resolution.class).list(),
                jdbc.sql("select id, name, description from components where project_id = ? order by lower(name)").param(id).query(Component.class).list(),
                jdbc.sql("""
                        select id, name, description, released, start_date, release_date, archived from versions where project_id = ?
                        order by version_order(release_date, name), id""").param(id).query(Version.class).list());
    }

    public void createDefaults(long projectId) {
        replaceWorkflow(projectId, DefaultScheme.WORKFLOW, retired -> {
        });
        var position = 0;
        for (var type : DefaultScheme.TYPES.entrySet()) {
            jdbc.sql("insert into issue_types (project_id, name, level, position) values (?, ?, ?, ?)")
                    .params(projectId, type.getKey(), type.getValue(), position++).update();
        }
        replacePriorities(projectId, DefaultScheme.PRIORITIES, DefaultScheme.DEFAULT_PRIORITY);
        addResolutions(projectId, DefaultScheme.RESOLUTIONS);
    }

    /**
     * Statuses keep their identity (and their issues) by id when one is given, so a rename is a rename; otherwise by
     * name. A status left out is removed, told first to {@code retire} with the status the definition names for its
     * issues, which must move there before it goes. Returns the ids of the statuses added, in workflow order.
     */
    public List<Long> replaceWorkflow(long projectId, WorkflowDefinition definition, Consumer<Retirement> retire) {
        var names = new HashSet<String>();
        for (var s : definition.statuses()) {
            if (!names.add(s.name().trim().toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("statuses", "status '" + s.name() + "' is listed twice");
            }
        }
        var existing = new HashMap<Long, String>();
        jdbc.sql("select id, name from statuses where project_id = ?").param(projectId)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> existing.put(e.getKey(), e.getValue()));
        var kept = new java.util.ArrayList<Long>();
        var claimed = new HashSet<Long>();
        definition.statuses().stream().map(WorkflowDefinition.StatusDefinition::id).filter(java.util.Objects::nonNull).forEach(claimed::add);
        for (var s : definition.statuses()) {
            if (s.id() != null && !existing.containsKey(s.id())) {
                throw new InvalidInputException("statuses", "status id " + s.id() + " is not a status of this project");
            }
            kept.add(s.id() != null ? s.id() : existing.entrySet().stream()
                    .filter(e -> !claimed.contains(e.getKey()) && e.getValue().equalsIgnoreCase(s.name().trim()))
                    .map(Map.Entry::getKey).findFirst().orElse(null));
        }
        var moves = moves(definition, existing, kept);
        jdbc.sql("delete from transitions where project_id = ?").param(projectId).update();
        // Names are unique in a project: renames that swap names go through a name no status has.
        kept.stream().filter(java.util.Objects::nonNull)
                .forEach(id -> jdbc.sql("update statuses set name = ? where id = ?").params("~renaming " + id, id).update());
        var ids = new HashMap<String, Long>();
        var added = new java.util.ArrayList<Long>();
        var position = 0;
        for (int i = 0; i < definition.statuses().size(); i++) {
            var s = definition.statuses().get(i);
            var id = kept.get(i);
            if (id == null) {
                id = insertStatus(projectId, s, position);
                added.add(id);
            } else {
                jdbc.sql("update statuses set name = ?, category = ?, position = ? where id = ?")
                        .params(s.name().trim(), s.category().wire(), position, id).update();
            }
            ids.put(s.name().trim().toLowerCase(Locale.ROOT), id);
            position++;
        }
        var edges = new HashSet<String>();
        for (var t : definition.transitions()) {
            Long from = t.from() == null || t.from().isBlank() ? null : statusId(ids, t.from());
            long to = statusId(ids, t.to());
            if (edges.add(from + ">" + to)) {
                jdbc.sql("insert into transitions (project_id, name, from_status_id, to_status_id) values (?, ?, ?, ?)")
                        .params(projectId, t.name().trim(), from, to).update();
            }
        }
        existing.keySet().stream().filter(id -> !kept.contains(id)).sorted().forEach(id -> {
            var to = moves.get(id);
            retire.accept(new Retirement(id, to == null ? null : statusId(ids, to)));
            jdbc.sql("delete from statuses where id = ?").param(id).update();
        });
        return added;
    }

    /**
     * A status left out of the workflow, before it goes; its issues move to {@code movedToStatusId}, a status of the new
     * workflow (null when it has none).
     */
    public record Retirement(long statusId, Long movedToStatusId) {
    }

    /**
     * For each status left out that still has issues, the name of the new workflow's status they move to. A move must
     * name a status being removed and one being kept or added; a removed status with issues and no move is refused.
     */
    private Map<Long, String> moves(WorkflowDefinition definition, Map<Long, String> existing, List<Long> kept) {
        var names = new HashSet<String>();
        definition.statuses().forEach(s -> names.add(s.name().trim().toLowerCase(Locale.ROOT)));
        var removed = new HashMap<String, Long>();
        existing.forEach((id, name) -> {
            if (!kept.contains(id)) {
                removed.put(name.toLowerCase(Locale.ROOT), id);
            }
        });
        var moves = new HashMap<Long, String>();
        for (var move : definition.moveIssues().entrySet()) {
            var from = removed.get(move.getKey().trim().toLowerCase(Locale.ROOT));
            if (from == null) {
                throw new InvalidInputException("moveIssues", "'" + move.getKey() + "' is not a status being removed;"
                        + " only the issues of a removed status can be moved");
            }
            if (!names.contains(move.getValue().trim().toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("moveIssues", "the issues of '" + move.getKey() + "' cannot move to '"
                        + move.getValue() + "', which is not in the new workflow");
            }
            moves.put(from, move.getValue());
        }
        var stranded = new java.util.ArrayList<String>();
        var counts = new HashMap<String, Long>();
        for (var entry : removed.entrySet()) {
            long inUse = jdbc.sql("select count(*) from issues where status_id = ?").param(entry.getValue()).query(Long.class).single();
            if (inUse == 0) {
                moves.remove(entry.getValue());
            } else if (!moves.containsKey(entry.getValue())) {
                var name = existing.get(entry.getValue());
                stranded.add("'" + name + "' still has " + inUse + (inUse == 1 ? " issue" : " issues"));
                counts.put(name, inUse);
            }
        }
        if (!stranded.isEmpty()) {
            stranded.sort(null);
            throw new ConflictException("Status " + String.join(", status ", stranded)
                    + "; choose a status for them to move to (moveIssues) or move them before removing it")
                    .with("issuesInRemovedStatuses", counts);
        }
        return moves;
    }

    /** How many issues each status of the project holds, by status id (a status without issues is left out). */
    public Map<Long, Long> issueCounts(long projectId) {
        var counts = new HashMap<Long, Long>();
        jdbc.sql("select status_id, count(*) from issues where project_id = ? group by status_id").param(projectId)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    public void setWipLimits(long statusId, Integer min, Integer max) {
        jdbc.sql("update statuses set wip_min = ?, wip_max = ? where id = ?").params(min, max, statusId).update();
    }

    private static long statusId(Map<String, Long> ids, String name) {
        var id = ids.get(name.trim().toLowerCase(Locale.ROOT));
        if (id == null) {
            throw new InvalidInputException("transitions", "transition refers to status '" + name + "', which is not in the workflow");
        }
        return id;
    }

    private long insertStatus(long projectId, StatusDefinition s, int position) {
        return jdbc.sql("insert into statuses (project_id, name, category, position) values (?, ?, ?, ?) returning id")
                .params(projectId, s.name().trim(), s.category().wire(), position).query(Long.class).single();
    }

    /**
     * Adds statuses the project lacks, each reachable from any status, so imported data can land as it is. Returns
     * their ids.
     */
    public List<Long> addStatuses(long projectId, List<StatusDefinition> statuses) {
        int position = jdbc.sql("select coalesce(max(position) + 1, 0) from statuses where project_id = ?").param(projectId)
                .query(Integer.class).single();
        var added = new java.util.ArrayList<Long>();
        for (var s : statuses) {
            long id = insertStatus(projectId, s, position++);
            jdbc.sql("insert into transitions (project_id, name, from_status_id, to_status_id) values (?, ?, null, ?)")
                    .params(projectId, s.name().trim(), id).update();
            added.add(id);
        }
        return added;
    }

    /** Priorities not listed are removed, unless issues still have them. */
    public void replacePriorities(long projectId, List<String> names, String defaultName) {
        var keep = names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).toList();
        var dropped = jdbc.sql("select id, name from priorities where project_id = ?").param(projectId)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .filter(p -> !keep.contains(p.getValue().toLowerCase(Locale.ROOT))).toList();
        for (var p : dropped) {
            long inUse = jdbc.sql("select count(*) from issues where priority_id = ?").param(p.getKey()).query(Long.class).single();
            if (inUse > 0) {
                throw new ConflictException("Priority '" + p.getValue() + "' is still set on " + inUse
                        + " issues; change them before removing it");
            }
            jdbc.sql("delete from priorities where id = ?").param(p.getKey()).update();
        }
        var position = 0;
        for (var name : names) {
            jdbc.sql("""
                    insert into priorities (project_id, name, position, is_default) values (?, ?, ?, ?)
                    on conflict (project_id, name) do update set position = excluded.position, is_default = excluded.is_default""")
                    .params(projectId, name.trim(), position++, name.equalsIgnoreCase(defaultName)).update();
        }
    }

    public void addPriorities(long projectId, List<String> names) {
        addNamed("priorities", projectId, names);
    }

    public void addResolutions(long projectId, List<String> names) {
        addNamed("resolutions", projectId, names);
    }

    public void addVersions(long projectId, List<String> names) {
        for (var name : names) {
            jdbc.sql("insert into versions (project_id, name) values (?, ?) on conflict do nothing").params(projectId, name.trim()).update();
        }
    }

    public void updateComponent(long componentId, String name, String description) {
        jdbc.sql("update components set name = ?, description = ? where id = ?").params(name.trim(), description, componentId).update();
    }

    /** How many issues have the component, which a deletion would silently take it from. */
    public long componentUses(long componentId) {
        return jdbc.sql("select count(*) from issue_components where component_id = ?").param(componentId).query(Long.class).single();
    }

    public void deleteComponent(long componentId) {
        jdbc.sql("delete from components where id = ?").param(componentId).update();
    }

    public void addComponents(long projectId, List<String> names) {
        for (var name : names) {
            jdbc.sql("insert into components (project_id, name) values (?, ?) on conflict do nothing").params(projectId, name.trim()).update();
        }
    }

    public void addTypes(long projectId, List<String> names) {
        int position = jdbc.sql("select coalesce(max(position) + 1, 0) from issue_types where project_id = ?").param(projectId)
                .query(Integer.class).single();
        for (var name : names) {
            jdbc.sql("insert into issue_types (project_id, name, level, position) values (?, ?, 0, ?) on conflict do nothing")
                    .params(projectId, name.trim(), position++).update();
        }
    }

    private void addNamed(String table, long projectId, List<String> names) {
        int position = jdbc.sql("select coalesce(max(position) + 1, 0) from " + table + " where project_id = ?").param(projectId)
                .query(Integer.class).single();
        for (var name : names) {
            jdbc.sql("insert into " + table + " (project_id, name, position) values (?, ?, ?) on conflict do nothing")
                    .params(projectId, name.trim(), position++).update();
        }
    }

    public void addType(long projectId, String name, int level) {
        int position = jdbc.sql("select coalesce(max(position) + 1, 0) from issue_types where project_id = ?").param(projectId)
                .query(Integer.class).single();
        jdbc.sql("insert into issue_types (project_id, name, level, position) values (?, ?, ?, ?)")
                .params(projectId, name.trim(), level, position).update();
    }

    /** Renames a type or a resolution ({@code table} is {@code issue_types} or {@code resolutions}); issues keep it by id. */
    public void rename(Named table, long id, String name) {
        jdbc.sql("update " + table.table + " set name = ? where id = ?").params(name.trim(), id).update();
    }

    /** How many issues have the type or resolution, which removing it would leave without one. */
    public long uses(Named table, long id) {
        return jdbc.sql("select count(*) from issues where " + table.issueColumn + " = ?").param(id).query(Long.class).single();
    }

    public void delete(Named table, long id) {
        jdbc.sql("delete from " + table.table + " where id = ?").param(id).update();
    }

    /** The project's named lists an admin adds to, renames and removes from one entry at a time. */
    public enum Named {
        TYPES("issue_types", "type_id"), RESOLUTIONS("resolutions", "resolution_id");

        private final String table;
        private final String issueColumn;

        Named(String table, String issueColumn) {
            this.table = table;
            this.issueColumn = issueColumn;
        }
    }
}
