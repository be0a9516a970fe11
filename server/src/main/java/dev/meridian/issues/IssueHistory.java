package dev.meridian.issues;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes other modules make to an issue (its sprint), kept in the issue's own history so that reports replay them
 * beside status and estimate changes. Ids name the rows the values refer to, as for statuses.
 */
@Service
public class IssueHistory {

    private final JdbcClient jdbc;

    IssueHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long issueId, Long actorId, Instant at, String field, String from, String to, Long fromId, Long toId) {
        jdbc.sql("""
                insert into issue_changes (issue_id, actor_id, at, field, from_value, to_value, from_id, to_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(issueId, actorId, Timestamp.from(at), field, from, to, fromId, toId).update();
    }
}
