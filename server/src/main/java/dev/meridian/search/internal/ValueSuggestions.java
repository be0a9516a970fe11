package dev.meridian.search.internal;

import dev.meridian.search.internal.Autocomplete.Suggestion;
import dev.meridian.search.internal.Fields.Kind;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Values worth offering for a field, from the caller's projects, starting with what was typed. */
@Component
class ValueSuggestions {

    private static final List<String> CATEGORIES = List.of("To Do", "In Progress", "Done");
    private static final List<String> DURATIONS = List.of("30m", "2h", "1d", "1w", "\"1w 2d\"");
    private static final List<String> DATES = List.of("-1d", "-7d", "-30d", "-1w", "\"" + "2026/01/01" + "\"");

    private final JdbcClient jdbc;

    ValueSuggestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Suggestion> values(Kind kind, String prefix, Long[] projects) {
        var like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return switch (kind) {
            case PROJECT -> rows("select key, name from projects where id = any(?) and (key ilike ? or name ilike ?) order by key limit 20",
                    projects, like, like);
            case STATUS -> names("statuses", projects, like);
            case TYPE -> names("issue_types", projects, like);
            case PRIORITY -> names("priorities", projects, like);
            case RESOLUTION -> concat(List.of(new Suggestion("Unresolved", "Unresolved", "value")), names("resolutions", projects, like));
            case COMPONENT -> rows("select name, name from components where project_id = any(?) and name ilike ? group by name order by name limit 20",
                    projects, like);
            case FIX_VERSION, AFFECTED_VERSION -> rows("""
                    select name, name from versions where project_id = any(?) and name ilike ? group by name order by max(id) desc limit 20""",
                    projects, like);
            case STATUS_CATEGORY -> CATEGORIES.stream().map(c -> new Suggestion(JqlPrinter.word(c), c, "value")).toList();
            case USER, WATCHER -> rows("""
                    select u.email, u.display_name || ' (' || u.email || ')' from users u
                    where u.active and exists (select 1 from project_members m where m.user_id = u.id and m.project_id = any(?))
                    and (u.email ilike ? or u.display_name ilike ? or u.display_name ilike '% ' || ?) order by u.display_name limit 20""",
                    projects, like, like, like);
            case KEY, PARENT -> rows("select key, key || ' ' || left(summary, 60) from issues where project_id = any(?) and key ilike ? order by id desc limit 20",
                    projects, like);
            // The newest issues' labels: a full scan of a large project's labels costs too much for a keystroke.
            case LABELS -> rows("""
                    select distinct l, l from (select labels from issues where project_id = any(?) order by id desc limit 5000) x,
                    unnest(x.labels) l where l ilike ? limit 20""", projects, like);
            case SPRINT -> rows("select name, name from sprints where project_id = any(?) and name ilike ? order by id desc limit 20",
                    projects, like);
            case TIMESTAMP, DAY -> DATES.stream().map(d -> new Suggestion(d, d, "value")).toList();
            case DURATION -> DURATIONS.stream().map(d -> new Suggestion(d, d, "value")).toList();
            default -> List.of();
        };
    }

    private List<Suggestion> names(String table, Long[] projects, String like) {
        return rows("select name, name from " + table + " where project_id = any(?) and name ilike ? group by name order by min(position) limit 20",
                projects, like);
    }

    private List<Suggestion> rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params)
                .query((rs, i) -> new Suggestion(JqlPrinter.word(rs.getString(1)), rs.getString(2), "value")).list();
    }

    private static List<Suggestion> concat(List<Suggestion> a, List<Suggestion> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
