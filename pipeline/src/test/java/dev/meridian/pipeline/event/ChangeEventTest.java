package dev.meridian.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangeEventTest {

    private static final String ISSUE_UPDATED = """
            {"eventId": 123, "type": "issue.updated", "aggregateType": "issue", "aggregateId": "HADOOP-12",
             "projectKey": "HADOOP", "actorId": 1, "occurredAt": "2026-11-25T10:00:00Z",
             "payload": {"key": "HADOOP-12", "projectKey": "HADOOP", "externalId": "13404344",
               "summary": "JAR in conflict with timestamp check", "description": "After an init action...",
               "type": "Bug", "status": "Resolved", "statusCategory": "done", "priority": "Blocker",
               "resolution": "Duplicate", "assignee": null,
               "reporter": {"id": 7, "email": "jane@corp.example", "displayName": "Jane Doe"},
               "labels": ["yarn"], "components": ["nodemanager"], "fixVersions": [], "affectsVersions": ["2.9.2"],
               "storyPoints": 3, "dueDate": "2026-12-01", "parentKey": null, "createdAt": "2021-09-30T17:20:00Z",
               "updatedAt": "2022-07-20T20:51:00Z", "resolvedAt": "2022-07-20T20:51:00Z", "version": 4,
               "someFieldAddedLater": true}}
            """;

    @Test
    void readsTheQueueMessageContract() {
        ChangeEvent event = ChangeEvent.parse(ISSUE_UPDATED);

        assertThat(event.eventId()).isEqualTo(123);
        assertThat(event.type()).isEqualTo(ChangeType.ISSUE_UPDATED);
        assertThat(event.issueKey()).isEqualTo("HADOOP-12");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
        IssueImage issue = event.issue();
        assertThat(issue.reporter()).isEqualTo(new Person(7L, "jane@corp.example", "Jane Doe"));
        assertThat(issue.assignee()).isNull();
        assertThat(issue.components()).containsExactly("nodemanager");
        assertThat(issue.resolvedAt()).isEqualTo(Instant.parse("2022-07-20T20:51:00Z"));
        assertThat(issue.deleted()).isFalse();
    }

    @Test
    void takesTheIssueKeyOfACommentFromItsPayload() {
        ChangeEvent event = ChangeEvent.parse("""
                {"eventId": 5, "type": "comment.added", "aggregateType": "comment", "aggregateId": "77", "projectKey": "HADOOP",
                 "occurredAt": "2026-11-25T10:00:00Z", "payload": {"id": 77, "issueKey": "HADOOP-12", "body": "+1"}}""");

        assertThat(event.issueKey()).isEqualTo("HADOOP-12");
        assertThat(event.comment().id()).isEqualTo(77L);
    }

    @Test
    void acceptsEventTypesItDoesNotKnowYet() {
        ChangeEvent event = ChangeEvent.parse("""
                {"eventId": 9, "type": "sprint.started", "aggregateType": "sprint", "aggregateId": "3", "projectKey": "HADOOP",
                 "occurredAt": "2026-11-25T10:00:00Z", "payload": {}}""");

        assertThat(event.type()).isEqualTo(ChangeType.OTHER);
        assertThat(event.issueKey()).isNull();
    }

    @Test
    void refusesAMessageWithoutItsProjectKey() {
        assertThatThrownBy(() -> ChangeEvent.parse("""
                {"eventId": 9, "type": "issue.created", "occurredAt": "2026-11-25T10:00:00Z", "payload": {}}"""))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void writesTheSameContractItReads() {
        ChangeEvent event = ChangeEvent.parse(ISSUE_UPDATED);

        assertThat(ChangeEvent.parse(event.toJson())).isEqualTo(event);
    }
}
