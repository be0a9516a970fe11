package dev.meridian.issues.internal;

import dev.meridian.identity.UserRef;
import dev.meridian.issues.AttachmentView;
import dev.meridian.issues.IssueColumn;
import dev.meridian.issues.IssueSummary;
import dev.meridian.issues.IssueView;
import dev.meridian.issues.IssueView.LinkView;
import dev.meridian.platform.Page;
import dev.meridian.platform.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read side: issues with their names resolved, in one query each. */
@Component
class IssueReads {

    private static final String SUMMARY_COLUMNS = """
            i.id, i.key, p.key as project_key, i.external_id, t.name as type, i.summary, s.name as status,
            s.category as status_category, pr.name as priority, r.name as resolution,
            a.id as a_id, a.email as a_email, a.display_name as a_name,
            rp.id as r_id, rp.email as r_email, rp.display_name as r_name,
            i.labels, i.story_points, i.due_date, par.key as parent_key, i.created_at, i.updated_at, i.resolved_at, i.version, i.rank,
            i.original_estimate_seconds, i.remaining_estimate_seconds, i.time_spent_seconds,
            coalesce(case when pt.level = 1 then par.key end, case when gt.level = 1 then gp.key end) as epic_key,
            coalesce(case when pt.level = 1 then par.summary end, case when gt.level = 1 then gp.summary end) as epic_summary""";

    private static final String JOINS = """
            from issues i join projects p on p.id = i.project_id join issue_types t on t.id = i.type_id
            join statuses s on s.id = i.status_id left join priorities pr on pr.id = i.priority_id
            left join resolutions r on r.id = i.resolution_id left join users a on a.id = i.assignee_id
            left join users rp on rp.id = i.reporter_id left join issues par on par.id = i.parent_id
            left join issue_types pt on pt.id = par.type_id left join issues gp on gp.id = par.parent_id
            left join issue_types gt on gt.id = gp.type_id""";

    private static final String VIEW = "select " + SUMMARY_COLUMNS + """
            , i.description, cr.id as c_id, cr.email as c_email, cr.display_name as c_name,
              array(select c.name from issue_components ic join components c on c.id = ic.component_id where ic.issue_id = i.id order by c.name) as components,
              array(select v.name from issue_versions iv join versions v on v.id = iv.version_id where iv.issue_id = i.id and iv.kind = 'fix'
                order by version_order(v.release_date, v.name), v.id) as fix_versions,
              array(select v.name from issue_versions iv join versions v on v.id = iv.version_id where iv.issue_id = i.id and iv.kind = 'affects'
                order by version_order(v.release_date, v.name), v.id) as affects_versions,
              array(select k.key from issues k where k.parent_id = i.id order by k.number) as subtask_keys
            """ + JOINS + " left join users cr on cr.id = i.creator_id";

    private final JdbcClient jdbc;
    private final AttachmentStore attachments;

    IssueReads(JdbcClient jdbc, AttachmentStore attachments) {
        this.jdbc = jdbc;
        this.attachments = attachments;
    }

    Optional<IssueView> view(long issueId) {
        return jdbc.sql(VIEW + " where i.id = ?").param(issueId).query((rs, n) -> view(rs, links(issueId), attachments.list(issueId)))
                .optional();
    }

    /** Pages through ids on the issues table alone (indexed), then resolves names for that page only. */
    Page<IssueSummary> list(List<Long> projectIds, Filter filter, PageRequest page) {
        var from = new StringBuilder(" from issues i");
        var where = new StringBuilder(" where i.project_id = any(?)");
        var params = new ArrayList<Object>();
        params.add(projectIds.toArray(Long[]::new));
        if (filter.statusName() != null) {
            from.append(" join statuses s on s.id = i.status_id");
            where.append(" and lower(s.name) = lower(?)");
            params.add(filter.statusName());
        }
        where.append(narrowing(filter, params));
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        var ids = jdbc.sql("select i.id" + from + where + " order by i.created_at desc, i.id desc limit ? offset ?")
                .params(pageParams).query(Long.class).list();
        return new Page<>(page.page(), page.size(), total, summaries(ids));
    }

    /**
     * Every status of the project in workflow order, each with its total (epics aside) under the filter (and without it, when there
     * is one) and the ids of its first issues in rank order (index {@code issues_project_status_rank}), then the
     * summaries of all of them in one query.
     */
    List<IssueColumn> columns(long projectId, Filter filter, int size, Map<String, Integer> sizes) {
        var countParams = new ArrayList<Object>();
        String narrowing = narrowing(filter, countParams);
        var params = new ArrayList<Object>(countParams);
        params.addAll(countParams);
        var names = sizes.keySet().stream().map(name -> name.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        var limits = sizes.values().toArray(Integer[]::new);
        params.add(names);
        params.add(limits);
        params.add(size);
        params.add(projectId);
        record Column(String name, String category, long total, long unfiltered, Long[] ids) {
        }
        String inStatus = "from issues i where i.project_id = s.project_id and i.status_id = s.id" + OFF_BOARDS;
        var columns = jdbc.sql("select s.name, s.category,"
                + " (select count(*) " + inStatus + narrowing + ") as total,"
                + (narrowing.isEmpty() ? " null" : " (select count(*) " + inStatus + ")") + " as unfiltered,"
                + " array(select i.id " + inStatus + narrowing
                + "   order by i.rank"
                + "   limit coalesce((select l.size from unnest(?::text[], ?::int[]) as l(name, size) where l.name = lower(s.name) limit 1), ?)) as ids"
                + " from statuses s where s.project_id = ? order by s.position, s.id")
                .params(params)
                .query((rs, n) -> new Column(rs.getString("name"), rs.getString("category"), rs.getLong("total"),
                        rs.getObject("unfiltered") == null ? rs.getLong("total") : rs.getLong("unfiltered"),
                        (Long[]) rs.getArray("ids").getArray()))
                .list();
        var byId = summariesById(columns.stream().flatMap(c -> Arrays.stream(c.ids())).toList());
        return columns.stream()
                .map(c -> new IssueColumn(c.name(), c.category(), c.total(), c.unfiltered(),
                        Arrays.stream(c.ids()).map(byId::get).filter(Objects::nonNull).toList()))
                .toList();
    }

    /** Epics stay off the project board, as in Jira: their issues are grouped under them in the epic swimlanes. */
    static final String OFF_BOARDS = " and i.type_id not in (select t.id from issue_types t where t.level = 1)";

    /** The filter's conditions besides project and status, as {@code " and …"}, their values added to {@code params}. */
    static String narrowing(Filter filter, List<Object> params) {
        var where = new StringBuilder();
        if (filter.unassigned()) {
            where.append(" and i.assignee_id is null");
        } else if (filter.assigneeId() != null) {
            where.append(" and i.assignee_id = ?");
            params.add(filter.assigneeId());
        }
        if (filter.externalId() != null) {
            where.append(" and i.external_id = ?");
            params.add(filter.externalId());
        }
        if (filter.text() != null) {
            where.append(" and (i.summary ilike ? or i.key = upper(?))");
            params.add("%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.add(filter.text().trim());
        }
        if (filter.typeName() != null) {
            where.append(" and i.type_id in (select t.id from issue_types t where t.project_id = i.project_id and lower(t.name) = lower(?))");
            params.add(filter.typeName().trim());
        }
        if (filter.label() != null) {
            where.append(" and i.labels @> array[?]::text[]");
            params.add(filter.label().trim());
        }
        return where.toString();
    }

    /** Summaries of the given issues, in the order of the ids. */
    List<IssueSummary> summaries(List<Long> ids) {
        // "id = any(?)" keeps PostgreSQL on the primary key; the page's order is restored here.
        var byId = summariesById(ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    Map<Long, IssueSummary> summariesById(List<Long> ids) {
        var byId = new HashMap<Long, IssueSummary>();
        if (!ids.isEmpty()) {
            jdbc.sql("select " + SUMMARY_COLUMNS + " " + JOINS + " where i.id = any(?)").param(ids.toArray(Long[]::new))
                    .query((rs, n) -> Map.entry(rs.getLong("id"), summary(rs, n))).list()
                    .forEach(e -> byId.put(e.getKey(), e.getValue()));
        }
        return byId;
    }

    /** {@code assigneeId} null with {@code unassigned} false means any assignee. */
    record Filter(String statusName, Long assigneeId, boolean unassigned, String externalId, String text, String typeName,
            String label) {
    }

    private List<LinkView> links(long issueId) {
        return jdbc.sql("""
                select l.id, lt.name as type, 'outward' as direction, lt.outward as description, o.key, o.summary, s.name as status
                from issue_links l join link_types lt on lt.id = l.type_id join issues o on o.id = l.target_id
                join statuses s on s.id = o.status_id where l.source_id = ?
                union all
                select l.id, lt.name, 'inward', lt.inward, o.key, o.summary, s.name
                from issue_links l join link_types lt on lt.id = l.type_id join issues o on o.id = l.source_id
                join statuses s on s.id = o.status_id where l.target_id = ?
                order by 1""")
                .params(issueId, issueId).query(LinkView.class).list();
    }

    private static IssueView view(ResultSet rs, List<LinkView> links, List<AttachmentView> files) throws SQLException {
        return new IssueView(rs.getLong("id"), rs.getString("key"), rs.getString("project_key"), rs.getString("external_id"),
                rs.getString("type"), rs.getString("summary"), rs.getString("description"), rs.getString("status"),
                rs.getString("status_category"), rs.getString("priority"), rs.getString("resolution"), user(rs, "a"),
                user(rs, "r"), user(rs, "c"), strings(rs, "labels"), strings(rs, "components"), strings(rs, "fix_versions"),
                strings(rs, "affects_versions"), rs.getBigDecimal("story_points"), rs.getObject("due_date", LocalDate.class),
                rs.getString("parent_key"), strings(rs, "subtask_keys"), links, instant(rs, "created_at"),
                instant(rs, "updated_at"), instant(rs, "resolved_at"), rs.getInt("version"), IssueRows.time(rs), files);
    }

    private static IssueSummary summary(ResultSet rs, int row) throws SQLException {
        return new IssueSummary(rs.getString("key"), rs.getString("project_key"), rs.getString("external_id"),
                rs.getString("type"), rs.getString("summary"), rs.getString("status"), rs.getString("status_category"),
                rs.getString("priority"), rs.getString("resolution"), user(rs, "a"), user(rs, "r"), strings(rs, "labels"),
                rs.getBigDecimal("story_points"), rs.getObject("due_date", LocalDate.class), rs.getString("parent_key"),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "resolved_at"), rs.getInt("version"), rs.getString("rank"),
                IssueRows.time(rs), rs.getString("epic_key"), rs.getString("epic_summary"));
    }

    private static UserRef user(ResultSet rs, String prefix) throws SQLException {
        var id = rs.getObject(prefix + "_id");
        return id == null ? null : new UserRef(((Number) id).longValue(), rs.getString(prefix + "_email"), rs.getString(prefix + "_name"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return List.of((String[]) rs.getArray(column).getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
