package dev.meridian.issues.internal;

import dev.meridian.identity.UserRef;
import dev.meridian.issues.AttachmentView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Attachment rows, and the change each one makes to its issue (history, updated time). */
@Component
public class AttachmentStore {

    private static final String SELECT = """
            select a.id, i.key, a.file_name, a.media_type, a.size_bytes, u.id as uid, u.email, u.display_name, a.created_at,
                   a.issue_id, a.storage_key
            from attachments a join issues i on i.id = a.issue_id join users u on u.id = a.author_id""";

    private final JdbcClient jdbc;
    private final HistoryStore history;
    private final IssueRows issues;
    private final AttachmentFiles files;

    AttachmentStore(JdbcClient jdbc, HistoryStore history, IssueRows issues, AttachmentFiles files) {
        this.jdbc = jdbc;
        this.history = history;
        this.issues = issues;
        this.files = files;
    }

    /** An attachment with what its rows know besides the view: the issue it is on and where its bytes are. */
    public record Stored(AttachmentView view, long issueId, String storageKey) {
    }

    public long insert(long issueId, long authorId, String fileName, String mediaType, long size, String storageKey, Instant at) {
        return jdbc.sql("""
                insert into attachments (issue_id, author_id, file_name, media_type, size_bytes, storage_key, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(issueId, authorId, fileName, mediaType, size, storageKey, IssueRows.ts(at)).query(Long.class).single();
    }

    public List<AttachmentView> list(long issueId) {
        return jdbc.sql(SELECT + " where a.issue_id = ? order by a.id").param(issueId).query(AttachmentStore::map).list()
                .stream().map(Stored::view).toList();
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(AttachmentStore::map).optional();
    }

    /** Deletes the row now and the bytes once the transaction commits. */
    public void delete(Stored attachment) {
        jdbc.sql("delete from attachments where id = ?").param(attachment.view().id()).update();
        files.deleteAfterCommit(List.of(attachment.storageKey()));
    }

    /** The issue's files go with it: their rows by the foreign key, their bytes once the deletion commits. */
    void forgetIssue(long issueId) {
        files.deleteAfterCommit(jdbc.sql("select storage_key from attachments where issue_id = ?").param(issueId)
                .query(String.class).list());
    }

    /** As Jira's change history shows it: field "Attachment", the file name added (to) or removed (from). */
    public void recordChange(long issueId, long actorId, Instant at, String removed, String added) {
        history.record(issueId, actorId, at, List.of(new FieldChange("Attachment", removed, added)));
        issues.touch(issueId, at);
    }

    private static Stored map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var view = new AttachmentView(rs.getLong("id"), rs.getString("key"), rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), new UserRef(rs.getLong("uid"), rs.getString("email"), rs.getString("display_name")),
                rs.getTimestamp("created_at").toInstant());
        return new Stored(view, rs.getLong("issue_id"), rs.getString("storage_key"));
    }
}
