package dev.meridian.issues.internal;

import dev.meridian.issues.CommentView;
import dev.meridian.issues.IssueView;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A project's issues page by page, each as its change events carry it. The page's issues and comments are share-locked
 * and links frozen until the caller's transaction ends, so a change committing meanwhile is either fully in the page or
 * ordered after it.
 */
@Component
public class IssuePages {

    private final JdbcClient jdbc;
    private final IssueReads reads;
    private final CommentStore comments;

    IssuePages(JdbcClient jdbc, IssueReads reads, CommentStore comments) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.comments = comments;
    }

    public List<Long> lockPage(String projectKey, long afterId, int size) {
        List<Long> ids = jdbc.sql("""
                select i.id from issues i join projects p on p.id = i.project_id
                where p.key = ? and i.id > ? order by i.id limit ? for share of i""")
                .params(projectKey, afterId, size).query(Long.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("lock table issue_links in share mode").update();
            jdbc.sql("select id from comments where issue_id = any(?) for share").param(ids.toArray(Long[]::new)).query(Long.class).list();
        }
        return ids;
    }

    public int count(String projectKey) {
        return jdbc.sql("select count(*) from issues i join projects p on p.id = i.project_id where p.key = ?").param(projectKey)
                .query(Integer.class).single();
    }

    public IssueView view(long issueId) {
        return reads.view(issueId).orElseThrow();
    }

    public List<CommentView> comments(long issueId) {
        return comments.list(issueId);
    }
}
