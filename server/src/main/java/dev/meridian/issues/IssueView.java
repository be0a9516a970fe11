package dev.meridian.issues;

import dev.meridian.identity.UserRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An issue as the API shows it, and as its change events carry it (the after-image). Its files are listed (never their
 * bytes), so that an issue's view is one answer, as Jira's {@code fields.attachment}.
 */
public record IssueView(long id, String key, String projectKey, String externalId, String type, String summary,
        String description, String status, String statusCategory, String priority, String resolution, UserRef assignee,
        UserRef reporter, UserRef creator, List<String> labels, List<String> components, List<String> fixVersions,
        List<String> affectsVersions, BigDecimal storyPoints, LocalDate dueDate, String parentKey, List<String> subtaskKeys,
        List<LinkView> links, Instant createdAt, Instant updatedAt, Instant resolvedAt, int version, TimeTracking timeTracking,
        List<AttachmentView> attachments) {

    /** A link as seen from this issue: {@code direction} is "outward" (this issue blocks) or "inward". */
    public IssueView withLinks(List<LinkView> visibleLinks) {
        return new IssueView(id, key, projectKey, externalId, type, summary, description, status, statusCategory, priority,
                resolution, assignee, reporter, creator, labels, components, fixVersions, affectsVersions, storyPoints, dueDate,
                parentKey, subtaskKeys, visibleLinks, createdAt, updatedAt, resolvedAt, version, timeTracking, attachments);
    }

    public record LinkView(long id, String type, String direction, String description, String key, String summary,
            String status) {
    }
}
