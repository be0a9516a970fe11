package dev.meridian.issues;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.internal.IssueEditor;
import dev.meridian.issues.internal.WorkedOnReads;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The issues a person worked on lately ("My work" → Worked on), only those they may still see. */
@Service
public class WorkedOnIssues {

    /** The longest look back, in days. */
    public static final int MAX_DAYS = 90;
    /** The most issues answered, the newest. */
    public static final int LIMIT = 100;

    private final WorkedOnReads reads;
    private final IssueEditor editor;
    private final ProjectAccess access;
    private final Clock clock;

    WorkedOnIssues(WorkedOnReads reads, IssueEditor editor, ProjectAccess access, Clock clock) {
        this.reads = reads;
        this.editor = editor;
        this.access = access;
        this.clock = clock;
    }

    /** Newest first: what the user last did to each issue within the last {@code days} days. */
    @Transactional(readOnly = true)
    public List<WorkedOn> recent(int days, CurrentUser user) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "must be from 1 to " + MAX_DAYS + " (got " + days + ")");
        }
        var projects = access.browsable(user).stream().map(ProjectRef::id).toList();
        if (projects.isEmpty()) {
            return List.of();
        }
        var since = Instant.now(clock).minus(Duration.ofDays(days));
        var done = reads.latest(user.id(), projects, since, LIMIT);
        var issues = editor.summariesById(done.stream().map(WorkedOnReads.Done::issueId).toList());
        return done.stream().filter(d -> issues.containsKey(d.issueId()))
                .map(d -> new WorkedOn(issues.get(d.issueId()), d.did(), d.field(), d.at())).toList();
    }
}
