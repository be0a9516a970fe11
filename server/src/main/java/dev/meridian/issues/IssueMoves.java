package dev.meridian.issues;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.internal.IssueMover;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving an issue to another project, as Jira's More → Move: with its sub-tasks, under the project's next keys, while
 * its old key keeps finding it. Open to those who may delete it where it is (its project's admins, its reporter) and
 * create issues where it goes (members and admins).
 */
@Service
public class IssueMoves {

    private final IssueMover mover;

    IssueMoves(IssueMover mover) {
        this.mover = mover;
    }

    /**
     * {@code project}: the key of the project to move to. {@code types}, {@code statuses}: for a type or status the
     * project has none of the same name, the one to take instead (old name to new name); the others go by name.
     */
    public record Move(String project, Map<String, String> types, Map<String, String> statuses) {
    }

    /** The moved issue, as its panel shows it; all of it or nothing, in one transaction. */
    @Transactional
    public IssueView move(String key, Move request, CurrentUser by) {
        return mover.move(IssueKey.parse(key), request.project(), request.types(), request.statuses(), by);
    }
}
