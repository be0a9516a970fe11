package dev.meridian.planning;

import dev.meridian.events.ChangeEvent;
import dev.meridian.events.ChangeEvents;
import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.IssueKey;
import dev.meridian.planning.internal.RankedIssues;
import dev.meridian.planning.internal.Ranking;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.NotFoundException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import java.util.Map;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The backlog order: an issue moves before or after another; every issue has a rank, new ones at the bottom.
 * A move that loses a race for a gap (unique rank, lock timeout, deadlock) is tried again from the start.
 */
@Service
public class IssueRanks {

    private static final int ATTEMPTS = 8;

    private final RankedIssues ranked;
    private final ProjectAccess access;
    private final ChangeEvents events;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    IssueRanks(RankedIssues ranked, ProjectAccess access, ChangeEvents events, JdbcClient jdbc, TransactionTemplate transactions) {
        this.ranked = ranked;
        this.access = access;
        this.events = events;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Exactly one of {@code before} and {@code after} names the issue to rank next to. */
    public Ranking.Moved move(String key, String before, String after, CurrentUser user) {
        if ((before == null) == (after == null)) {
            throw new InvalidInputException("before", "send either {\"before\": key} or {\"after\": key}");
        }
        var issue = IssueKey.parse(key).toString();
        var target = IssueKey.parse(before != null ? before : after, before != null ? "before" : "after").toString();
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> moveOnce(issue, target, before != null, user));
            } catch (DuplicateKeyException | ConcurrencyFailureException lostTheRace) {
                if (attempt == ATTEMPTS) {
                    throw lostTheRace;
                }
            }
        }
    }

    private Ranking.Moved moveOnce(String key, String targetKey, boolean before, CurrentUser user) {
        var project = access.requireEdit(browse(key, user));
        browse(targetKey, user);
        var moved = ranked.find(key).orElseThrow(() -> new NotFoundException("Issue", key));
        var target = ranked.find(targetKey).orElseThrow(() -> new NotFoundException("Issue", targetKey));
        var result = new Ranking(ranked).move(moved, target, before);
        if (result.rowsWritten() > 0) {
            events.record(new ChangeEvent("issue.ranked", "issue", key, project.key(), user.id(),
                    Map.of("key", key, "rank", result.rank(), before ? "before" : "after", targetKey,
                            "ranksRewritten", result.rowsWritten())));
        }
        return result;
    }

    /** The issue's project; an issue of a project the user cannot browse does not exist for them. */
    private ProjectRef browse(String key, CurrentUser user) {
        var projectId = jdbc.sql("select project_id from issues where key = ?").param(key).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("Issue", key));
        try {
            return access.browse(projectId, user);
        } catch (NotFoundException hidden) {
            throw new NotFoundException("Issue", key);
        }
    }
}
