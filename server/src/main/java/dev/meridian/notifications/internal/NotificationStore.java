package dev.meridian.notifications.internal;

import dev.meridian.identity.Users;
import dev.meridian.notifications.Notification;
import dev.meridian.notifications.Reason;
import dev.meridian.platform.Page;
import dev.meridian.platform.PageRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Notifications in PostgreSQL. Every read names the projects the reader may browse now; others stay hidden. */
@Component
public class NotificationStore {

    private static final TypeReference<List<Notification.Change>> CHANGES = new TypeReference<>() { };

    private static final String SELECT = """
            select id, actor_id, project_key, issue_key, issue_summary, reason, changes::text as changes, excerpt, created_at,
                   read_at is not null as read
            from notifications\s""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Users users;

    NotificationStore(JdbcClient jdbc, JsonMapper json, Users users) {
        this.jdbc = jdbc;
        this.json = json;
        this.users = users;
    }

    /** Stores one notification, unless this change already told this person (read twice, it tells once); its id. */
    Optional<Long> add(long eventId, Long actorId, String projectKey, String issueKey, String issueSummary, Telling.Draft draft) {
        return jdbc.sql("""
                insert into notifications (recipient_id, actor_id, event_id, project_key, issue_key, issue_summary, reason, changes, excerpt)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) on conflict (event_id, recipient_id) do nothing returning id""")
                .params(draft.recipientId(), actorId, eventId, projectKey, issueKey, issueSummary, draft.reason().wire(),
                        json.writeValueAsString(draft.changes()), draft.excerpt())
                .query(Long.class).optional();
    }

    public Page<Notification> page(long userId, List<String> projects, boolean unreadOnly, PageRequest page) {
        var where = "recipient_id = ? and project_key = any(?)" + (unreadOnly ? " and read_at is null" : "");
        var keys = projects.toArray(String[]::new);
        long total = jdbc.sql("select count(*) from notifications where " + where).params(userId, keys).query(Long.class).single();
        var items = jdbc.sql(SELECT + "where " + where + " order by id desc limit ? offset ?")
                .params(userId, keys, page.size(), page.offset()).query(Row.class).list();
        return new Page<>(page.page(), page.size(), total, withActors(items));
    }

    public Optional<Notification> find(long userId, List<String> projects, long id) {
        return jdbc.sql(SELECT + "where recipient_id = ? and project_key = any(?) and id = ?")
                .params(userId, projects.toArray(String[]::new), id).query(Row.class).optional()
                .map(row -> withActors(List.of(row)).get(0));
    }

    /** The person's notifications of these ids, oldest first, whichever projects they may browse now. */
    List<Notification> byIds(long userId, List<Long> ids) {
        return withActors(jdbc.sql(SELECT + "where recipient_id = ? and id = any(?) order by id")
                .params(userId, ids.toArray(Long[]::new)).query(Row.class).list());
    }

    public long unread(long userId, List<String> projects) {
        return jdbc.sql("select count(*) from notifications where recipient_id = ? and project_key = any(?) and read_at is null")
                .params(userId, projects.toArray(String[]::new)).query(Long.class).single();
    }

    public void markRead(long userId, List<String> projects, long id) {
        jdbc.sql("update notifications set read_at = now() where recipient_id = ? and project_key = any(?) and id = ? and read_at is null")
                .params(userId, projects.toArray(String[]::new), id).update();
    }

    public long markAllRead(long userId, List<String> projects) {
        return jdbc.sql("update notifications set read_at = now() where recipient_id = ? and project_key = any(?) and read_at is null")
                .params(userId, projects.toArray(String[]::new)).update();
    }

    private record Row(long id, Long actorId, String projectKey, String issueKey, String issueSummary, String reason,
            String changes, String excerpt, java.time.Instant createdAt, boolean read) {
    }

    private List<Notification> withActors(List<Row> rows) {
        var actors = users.byIds(rows.stream().map(Row::actorId).filter(Objects::nonNull).distinct().toList());
        return rows.stream().map(r -> new Notification(r.id(), r.actorId() == null ? null : actors.get(r.actorId()),
                r.projectKey(), r.issueKey(), r.issueSummary(), Reason.of(r.reason()), json.readValue(r.changes(), CHANGES),
                r.excerpt(), r.createdAt(), r.read())).toList();
    }
}
