package dev.meridian.issues.internal;

import dev.meridian.identity.UserRef;
import dev.meridian.issues.CommentView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class CommentStore {

    private static final String SELECT = """
            select c.id, i.key, u.id as uid, u.email, u.display_name, c.body, c.created_at, c.updated_at, c.issue_id
            from comments c join issues i on i.id = c.issue_id join users u on u.id = c.author_id""";

    private final JdbcClient jdbc;

    CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long issueId, long authorId, String body, Instant at) {
        return jdbc.sql("insert into comments (issue_id, author_id, body, created_at, updated_at) values (?, ?, ?, ?, ?) returning id")
                .params(issueId, authorId, body, IssueRows.ts(at), IssueRows.ts(at)).query(Long.class).single();
    }

    public void update(long id, String body, Instant at) {
        jdbc.sql("update comments set body = ?, updated_at = ? where id = ?").params(body, IssueRows.ts(at), id).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from comments where id = ?").param(id).update();
    }

    public List<CommentView> list(long issueId) {
        return jdbc.sql(SELECT + " where c.issue_id = ? order by c.id").param(issueId).query(CommentStore::map).list();
    }

    public Optional<CommentView> find(long issueId, long commentId) {
        return jdbc.sql(SELECT + " where c.issue_id = ? and c.id = ?").params(issueId, commentId).query(CommentStore::map).optional();
    }

    private static CommentView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CommentView(rs.getLong("id"), rs.getString("key"),
                new UserRef(rs.getLong("uid"), rs.getString("email"), rs.getString("display_name")), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
