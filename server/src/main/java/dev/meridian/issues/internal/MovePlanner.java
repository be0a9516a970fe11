package dev.meridian.issues.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.Users;
import dev.meridian.issues.IssueKey;
import dev.meridian.issues.MovePlan;
import dev.meridian.platform.NotFoundException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import dev.meridian.projects.ProjectSchemes;
import dev.meridian.projects.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Reads a selection of issues to move to one project as a whole, for Jira's bulk Move: the caller must be allowed to
 * move every one of them there (else the first refusal stands for the request, as for a bulk edit), sub-tasks go with
 * a selected parent or are refused, and each type and status the project lacks is asked for once. Reads only.
 */
@Component
public class MovePlanner {

    private final IssueMover mover;
    private final IssueEditor editor;
    private final IssueRows rows;
    private final ProjectAccess access;
    private final ProjectSchemes schemes;
    private final Users users;

    MovePlanner(IssueMover mover, IssueEditor editor, IssueRows rows, ProjectAccess access, ProjectSchemes schemes, Users users) {
        this.mover = mover;
        this.editor = editor;
        this.rows = rows;
        this.access = access;
        this.schemes = schemes;
        this.users = users;
    }

    /**
     * {@code types}, {@code statuses}: the choices made so far (old name to new); with {@code strict}, one missing or
     * wrong refuses the request (400 naming {@code types.X}, {@code statuses.X}), as the move itself would.
     */
    public MovePlan plan(List<IssueKey> keys, String projectKey, Map<String, String> types, Map<String, String> statuses,
            CurrentUser by, boolean strict) {
        var selected = new LinkedHashMap<Long, Selected>();
        var sources = new HashMap<Long, Lookup>();
        ProjectRef target = null;
        for (var key : keys) {
            var row = rows.find(key.toString()).orElseThrow(() -> new NotFoundException("Issue", key));
            var source = editor.deletable(row, key, by, "move");
            target = mover.target(projectKey, source, by);
            sources.computeIfAbsent(source.id(), id -> new Lookup(schemes.scheme(source), users));
            selected.putIfAbsent(row.id(), new Selected(key.toString(), row, sources.get(source.id())));
        }
        var to = new Lookup(schemes.scheme(target), users);
        var plan = new Plan(target, to);
        for (var one : selected.values()) {
            var parent = one.row().parentId() == null ? null : selected.get(one.row().parentId());
            if (one.from().typeLevel(one.row().typeId()) >= 0) {
                plan.move(one, rows.children(one.row().id()), selected.keySet(), types, statuses);
            } else if (parent != null) {
                plan.along.add(new MovePlan.Along(one.key(), parent.key()));
            } else {
                plan.refused.add(new MovePlan.Refused(one.key(), mover.subtaskAlone(one.row())));
            }
        }
        if (strict) {
            to.throwIfAny();
        }
        return plan.answer();
    }

    private record Selected(String key, IssueRow row, Lookup from) {
    }

    /** What the plan gathers as it goes through the selection. */
    private final class Plan {

        private final ProjectRef target;
        private final Lookup to;
        private final List<String> moving = new ArrayList<>();
        private final List<MovePlan.Along> along = new ArrayList<>();
        private final List<MovePlan.Refused> refused = new ArrayList<>();
        private final Map<String, MovePlan.Mapping> types = new LinkedHashMap<>();
        private final Map<String, MovePlan.Mapping> statuses = new LinkedHashMap<>();
        private final Map<Long, Boolean> assignable = new HashMap<>();
        private int subtasks;
        private int components;
        private int versions;
        private int assignees;
        private int epics;
        private int epicIssues;

        Plan(ProjectRef target, Lookup to) {
            this.target = target;
            this.to = to;
        }

        void move(Selected one, List<IssueRow> children, Set<Long> selected, Map<String, String> chosenTypes,
                Map<String, String> chosenStatuses) {
            moving.add(one.key());
            var from = one.from();
            var mapping = new MoveMapping(from, to, chosenTypes, chosenStatuses);
            boolean epic = from.typeLevel(one.row().typeId()) > 0;
            var going = new ArrayList<>(List.of(one.row()));
            if (epic) {
                epicIssues += (int) children.stream().filter(child -> !selected.contains(child.id())).count();
            } else {
                going.addAll(children);
                subtasks += children.size();
                epics += one.row().parentId() == null ? 0 : 1;
            }
            for (var row : going) {
                mapping.type(row.typeId());
                mapping.status(row.statusId());
                mapping.typeNeeded(row.typeId()).ifPresent(needed -> types.putIfAbsent(needed.from().toLowerCase(Locale.ROOT), needed));
                mapping.statusNeeded(row.statusId()).ifPresent(needed -> statuses.putIfAbsent(needed.from().toLowerCase(Locale.ROOT), needed));
                components += row.componentIds().isEmpty() ? 0 : 1;
                versions += row.fixVersionIds().isEmpty() && row.affectsVersionIds().isEmpty() ? 0 : 1;
                assignees += row.assigneeId() == null || assignable.computeIfAbsent(row.assigneeId(), canBeAssigned()) ? 0 : 1;
            }
        }

        private Function<Long, Boolean> canBeAssigned() {
            return user -> access.roleOf(target.id(), user).map(Role::canEdit).orElse(false);
        }

        MovePlan answer() {
            return new MovePlan(target.key(), moving, along, refused, subtasks, List.copyOf(types.values()),
                    List.copyOf(statuses.values()), new MovePlan.Dropped(components, versions, assignees, epics, epicIssues));
        }
    }
}
