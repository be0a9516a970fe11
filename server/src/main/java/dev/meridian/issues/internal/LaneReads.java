package dev.meridian.issues.internal;

import dev.meridian.issues.IssueColumn;
import dev.meridian.issues.IssueLanes;
import dev.meridian.issues.IssueLanes.Lane;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The project board's swimlanes in three queries: the columns' totals, each (lane, status) cell's total with the ids of
 * its first issues in rank order, and the summaries of those issues.
 */
@Component
class LaneReads {

    /** An issue's epic: its parent if that is an epic, or for a sub-task its parent's parent (as configured boards). */
    private static final String EPIC = """
            coalesce(case when pt.level = 1 then par.id end, case when gt.level = 1 then gp.id end)""";
    private static final String EPIC_JOINS = """
             left join issues par on par.id = i.parent_id left join issue_types pt on pt.id = par.type_id
             left join issues gp on gp.id = par.parent_id left join issue_types gt on gt.id = gp.type_id""";

    private final JdbcClient jdbc;
    private final IssueReads reads;

    LaneReads(JdbcClient jdbc, IssueReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    /** {@code sizes}: cards wanted for some cells, by lane id and lower-case status name. */
    IssueLanes lanes(long projectId, IssueReads.Filter filter, boolean byEpic, int size, Map<String, Map<String, Integer>> sizes) {
        var columns = reads.columns(projectId, filter, 0, Map.of());
        var lanesOf = new ArrayList<String>();
        var statusesOf = new ArrayList<String>();
        var limits = new ArrayList<Integer>();
        sizes.forEach((lane, cells) -> cells.forEach((status, n) -> {
            lanesOf.add(lane);
            statusesOf.add(status);
            limits.add(n);
        }));
        var params = new ArrayList<Object>(List.of(lanesOf.toArray(String[]::new), statusesOf.toArray(String[]::new),
                limits.toArray(Integer[]::new), size, projectId));
        String narrowing = IssueReads.narrowing(filter, params);
        record Cell(Long lane, String status, long total, Long[] ids) {
        }
        var cells = jdbc.sql("select c.lane, s.name as status, count(*) as total,"
                + " (array_agg(c.id order by c.rank))[1:coalesce((select l.size from unnest(?::text[], ?::text[], ?::int[]) as l(lane, status, size)"
                + "   where l.lane = coalesce(c.lane_id, '" + IssueLanes.NONE + "') and l.status = lower(s.name) limit 1), ?)] as ids"
                + " from (select i.id, i.status_id, i.rank, " + (byEpic ? EPIC : "i.assignee_id") + " as lane, "
                + (byEpic ? "(select e.key from issues e where e.id = " + EPIC + ")" : "(select u.email from users u where u.id = i.assignee_id)")
                + " as lane_id from issues i " + (byEpic ? EPIC_JOINS : "") + " where i.project_id = ?" + IssueReads.OFF_BOARDS + narrowing + ") c"
                + " join statuses s on s.id = c.status_id group by c.lane, c.lane_id, s.id, s.name")
                .params(params)
                .query((rs, n) -> new Cell((Long) rs.getObject("lane"), rs.getString("status"), rs.getLong("total"),
                        (Long[]) rs.getArray("ids").getArray()))
                .list();
        var byId = reads.summariesById(cells.stream().flatMap(c -> Arrays.stream(c.ids())).toList());
        var grouped = new LinkedHashMap<Long, Map<String, IssueColumn>>();
        for (var cell : cells) {
            var items = Arrays.stream(cell.ids()).map(byId::get).filter(Objects::nonNull).toList();
            grouped.computeIfAbsent(cell.lane(), lane -> new HashMap<>())
                    .put(cell.status(), new IssueColumn(cell.status(), null, cell.total(), cell.total(), items));
        }
        var names = names(byEpic, grouped.keySet().stream().filter(Objects::nonNull).toList());
        var lanes = new ArrayList<Lane>();
        grouped.forEach((laneKey, byStatus) -> {
            var row = columns.stream().map(column -> {
                var cell = byStatus.get(column.status());
                return cell == null ? new IssueColumn(column.status(), column.statusCategory(), 0, 0, List.of())
                        : new IssueColumn(column.status(), column.statusCategory(), cell.total(), cell.total(), cell.items());
            }).toList();
            long total = row.stream().mapToLong(IssueColumn::total).sum();
            var named = laneKey == null ? null : names.get(laneKey);
            lanes.add(new Lane(named == null ? IssueLanes.NONE : named.id(), named == null ? (byEpic ? "No epic" : "Unassigned") : named.name(),
                    total, row));
        });
        var order = new HashMap<String, Integer>();
        names.values().forEach(named -> order.put(named.id(), named.order()));
        lanes.sort(java.util.Comparator.comparingInt(lane -> order.getOrDefault(lane.id(), Integer.MAX_VALUE)));
        return new IssueLanes(byEpic ? "epic" : "assignee", columns, lanes);
    }

    private record Named(String id, String name, int order) {
    }

    /** Each lane's id and name, in lane order: assignees by name, epics by rank (as in Jira's epic swimlanes). */
    private Map<Long, Named> names(boolean byEpic, List<Long> ids) {
        var named = new HashMap<Long, Named>();
        if (ids.isEmpty()) {
            return named;
        }
        String sql = byEpic ? "select id, key as lane_id, summary as name from issues where id = any(?) order by rank"
                : "select id, email as lane_id, display_name as name from users where id = any(?) order by lower(display_name), id";
        var rows = jdbc.sql(sql).param(ids.toArray(Long[]::new))
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getString("lane_id"), rs.getString("name")}).list();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            String name = byEpic ? row[1] + " " + row[2] : (String) row[2];
            named.put((Long) row[0], new Named((String) row[1], name, i));
        }
        return named;
    }
}
