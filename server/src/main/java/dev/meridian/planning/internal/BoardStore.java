package dev.meridian.planning.internal;

import dev.meridian.planning.BoardConfig;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Boards, their columns (status names kept as ids, so a renamed status stays in its column) and quick filters. */
@Component
public class BoardStore {

    public record Row(long id, long projectId, String projectKey, String name, String kind, long filterId, String swimlanes,
            Integer hideDoneAfterDays) {
    }

    private final JdbcClient jdbc;

    BoardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("""
                select b.id, b.project_id, p.key as project_key, b.name, b.kind, b.filter_id, b.swimlanes, b.hide_done_after_days
                from boards b join projects p on p.id = b.project_id where b.id = ?""").param(id).query(Row.class).optional();
    }

    public List<Row> ofProjects(List<Long> projectIds) {
        return jdbc.sql("""
                select b.id, b.project_id, p.key as project_key, b.name, b.kind, b.filter_id, b.swimlanes, b.hide_done_after_days
                from boards b join projects p on p.id = b.project_id where b.project_id = any(?) order by p.key, b.id""")
                .param(projectIds.toArray(Long[]::new)).query(Row.class).list();
    }

    public long insert(long projectId, String name, String kind, long filterId, String swimlanes, Integer hideDoneAfterDays, Instant now) {
        return jdbc.sql("""
                insert into boards (project_id, name, kind, filter_id, swimlanes, hide_done_after_days, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(projectId, name, kind, filterId, swimlanes, hideDoneAfterDays, Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).single();
    }

    public void update(long id, String name, String kind, long filterId, String swimlanes, Integer hideDoneAfterDays, Instant now) {
        jdbc.sql("update boards set name = ?, kind = ?, filter_id = ?, swimlanes = ?, hide_done_after_days = ?, updated_at = ? where id = ?")
                .params(name, kind, filterId, swimlanes, hideDoneAfterDays, Timestamp.from(now), id).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from boards where id = ?").param(id).update();
    }

    /** Columns with status ids resolved to names by the caller's map. */
    public List<BoardConfig.Column> columns(long boardId, Map<Long, String> statusNames) {
        return jdbc.sql("select name, status_ids, min_issues, max_issues from board_columns where board_id = ? order by position")
                .param(boardId)
                .query((rs, i) -> new BoardConfig.Column(rs.getString(1),
                        Arrays.stream(ids(rs.getArray(2))).map(statusNames::get).filter(java.util.Objects::nonNull).toList(),
                        (Integer) rs.getObject(3), (Integer) rs.getObject(4)))
                .list();
    }

    public List<BoardConfig.QuickFilter> quickFilters(long boardId) {
        return jdbc.sql("select id, name, jql, description from board_quick_filters where board_id = ? order by position, id")
                .param(boardId).query(BoardConfig.QuickFilter.class).list();
    }

    /** Adds it after the board's others; returns its id. */
    public long addQuickFilter(long boardId, BoardConfig.QuickFilter filter) {
        return jdbc.sql("""
                insert into board_quick_filters (board_id, position, name, jql, description)
                values (?, (select coalesce(max(position) + 1, 0) from board_quick_filters where board_id = ?), ?, ?, ?)
                returning id""").params(boardId, boardId, filter.name(), filter.jql(), filter.description()).query(Long.class).single();
    }

    public void updateQuickFilter(long boardId, BoardConfig.QuickFilter filter) {
        jdbc.sql("update board_quick_filters set name = ?, jql = ?, description = ? where id = ? and board_id = ?")
                .params(filter.name(), filter.jql(), filter.description(), filter.id(), boardId).update();
    }

    public void deleteQuickFilter(long boardId, long id) {
        jdbc.sql("delete from board_quick_filters where id = ? and board_id = ?").params(id, boardId).update();
    }

    /** {@code ids}: the board's quick filters, in their new order. */
    public void orderQuickFilters(long boardId, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("update board_quick_filters set position = ? where id = ? and board_id = ?").params(i, ids.get(i), boardId).update();
        }
    }

    public void replaceColumns(long boardId, List<BoardConfig.Column> columns, Map<String, Long> statusIds) {
        jdbc.sql("delete from board_columns where board_id = ?").param(boardId).update();
        for (int i = 0; i < columns.size(); i++) {
            var c = columns.get(i);
            var ids = c.statuses().stream().map(s -> statusIds.get(s.toLowerCase(java.util.Locale.ROOT))).toArray(Long[]::new);
            jdbc.sql("insert into board_columns (board_id, position, name, status_ids, min_issues, max_issues) values (?, ?, ?, ?, ?, ?)")
                    .params(boardId, i, c.name(), ids, c.min(), c.max()).update();
        }
    }

    /** Appends a status to the column at {@code position} (its index, from 0) of the board. */
    public void addStatus(long boardId, int position, long statusId) {
        jdbc.sql("update board_columns set status_ids = array_append(status_ids, ?) where board_id = ? and position = ?")
                .params(statusId, boardId, position).update();
    }

    /** Takes a status out of every column that shows it; returns the boards that had it, a column left empty stays. */
    public List<Long> removeStatus(long statusId) {
        return jdbc.sql("""
                update board_columns set status_ids = array_remove(status_ids, ?) where ? = any(status_ids)
                returning board_id""").params(statusId, statusId).query(Long.class).list().stream().distinct().toList();
    }

    /** The board's quick filters become these, in this order: those with an id are changed, the others added. */
    public void replaceQuickFilters(long boardId, List<BoardConfig.QuickFilter> filters) {
        var kept = filters.stream().map(BoardConfig.QuickFilter::id).filter(Objects::nonNull).toArray(Long[]::new);
        jdbc.sql("delete from board_quick_filters where board_id = ? and not id = any(?)").params(boardId, kept).update();
        var ids = new ArrayList<Long>();
        for (var filter : filters) {
            if (filter.id() == null) {
                ids.add(addQuickFilter(boardId, filter));
            } else {
                updateQuickFilter(boardId, filter);
                ids.add(filter.id());
            }
        }
        orderQuickFilters(boardId, ids);
    }

    private static Long[] ids(Array array) throws SQLException {
        return (Long[]) array.getArray();
    }
}
