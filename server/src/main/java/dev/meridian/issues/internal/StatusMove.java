package dev.meridian.issues.internal;

import dev.meridian.platform.ConflictException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.projects.ProjectScheme;
import dev.meridian.projects.StatusCategory;
import java.time.Instant;

/**
 * Moves an issue along its workflow. Entering a done status resolves the issue (with the given resolution, else the
 * scheme's first); leaving the done category clears resolution and resolution time, as Jira does.
 */
final class StatusMove {

    private StatusMove() {
    }

    static IssueRow apply(IssueRow row, ProjectScheme scheme, long toStatusId, Long resolutionId, Instant now) {
        var workflow = scheme.workflow();
        if (row.statusId() == toStatusId) {
            if (resolutionId == null) {
                return row;
            }
            if (workflow.status(toStatusId).category() != StatusCategory.DONE) {
                throw new InvalidInputException("resolution", "only a done issue has a resolution: move " + row.key()
                        + " to a done status with it");
            }
            return row.withStatus(toStatusId, resolutionId, row.resolvedAt());
        }
        if (!workflow.allows(row.statusId(), toStatusId)) {
            var from = workflow.status(row.statusId()).name();
            var allowed = workflow.targetsFrom(row.statusId());
            throw new ConflictException("The workflow does not allow moving " + row.key() + " from '" + from + "' to '"
                    + workflow.status(toStatusId).name() + "'. From '" + from + "' it can move to: "
                    + (allowed.isEmpty() ? "nowhere" : String.join(", ", allowed)))
                    .with("allowed", allowed);
        }
        return enter(row, scheme, toStatusId, resolutionId, now);
    }

    /** Puts the issue in the status whatever the workflow's transitions, as moving the issues of a removed status does. */
    static IssueRow enter(IssueRow row, ProjectScheme scheme, long toStatusId, Long resolutionId, Instant now) {
        var done = scheme.workflow().status(toStatusId).category() == StatusCategory.DONE;
        if (!done) {
            return row.withStatus(toStatusId, null, null);
        }
        var resolution = resolutionId != null ? resolutionId
                : row.resolutionId() != null ? row.resolutionId()
                : scheme.resolutions().stream().findFirst().map(ProjectScheme.Resolution::id).orElse(null);
        return row.withStatus(toStatusId, resolution, row.resolvedAt() != null ? row.resolvedAt() : now);
    }
}
