package dev.meridian.issues;

import java.util.HashSet;
import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.Users;
import dev.meridian.issues.internal.IssueEditor;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.Page;
import dev.meridian.platform.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, reading, changing, moving and deleting issues, always as the given user. */
@Service
public class Issues {

    private final IssueEditor editor;
    private final Users users;

    Issues(IssueEditor editor, Users users) {
        this.editor = editor;
        this.users = users;
    }

    @Transactional
    public IssueView create(NewIssue issue, CurrentUser by) {
        return editor.create(issue, by);
    }

    @Transactional(readOnly = true)
    public IssueView get(String key, CurrentUser user) {
        return editor.get(IssueKey.parse(key), user);
    }

    /** Applies the fields present in the patch; a stale {@code version} is refused with the current state. */
    @Transactional
    public IssueView update(String key, IssuePatch patch, CurrentUser by) {
        return editor.update(IssueKey.parse(key), patch, by);
    }

    @Transactional
    public IssueView transition(String key, String status, String resolution, Integer version, CurrentUser by) {
        if (status == null || status.isBlank()) {
            throw new InvalidInputException("status", "name the status to move to");
        }
        var present = new HashSet<>(List.of("status"));
        if (resolution != null) {
            present.add("resolution");
        }
        var patch = new IssuePatch(present, version, null, null, null, status, null, resolution, null, null, null, null,
                null, null, null, null, null, null, null);
        return editor.update(IssueKey.parse(key), patch, by);
    }

    @Transactional
    public void delete(String key, CurrentUser by) {
        editor.delete(IssueKey.parse(key), by);
    }

    @Transactional(readOnly = true)
    public Page<IssueSummary> list(IssueQuery query, PageRequest page, CurrentUser user) {
        return editor.list(query, page, user, users);
    }

    /**
     * A project's board in one read: every status of its workflow in order, each with its total and its first
     * {@code size} issues in rank order ({@code sizes} by status name for columns that asked for more), under the query's assignee
     * and text filters.
     */
    @Transactional(readOnly = true)
    public List<IssueColumn> columns(IssueQuery query, int size, Map<String, Integer> sizes, CurrentUser user) {
        return editor.columns(query, size, sizes, user, users);
    }

    /**
     * A project's board in swimlanes ({@code byEpic}, or else by assignee): the columns' totals and, for each lane that
     * holds an issue under the query's filters, each status's total and first {@code size} issues in rank order
     * ({@code sizes} by lane id and lower-case status name for cells that asked for more).
     */
    @Transactional(readOnly = true)
    public IssueLanes lanes(IssueQuery query, boolean byEpic, int size, Map<String, Map<String, Integer>> sizes, CurrentUser user) {
        return editor.lanes(query, byEpic, size, sizes, user, users);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(String key, CurrentUser user) {
        return editor.history(IssueKey.parse(key), user);
    }

    /**
     * The key of the issue with this id (other APIs, Jira's among them, name issues by either), if the user may see it;
     * otherwise the same 404 as for an id that names no issue.
     */
    @Transactional(readOnly = true)
    public String keyOf(long id, CurrentUser user) {
        return editor.visible(id, user).key();
    }

    /**
     * The ids of the issues with these keys, in one query, by key; keys that name no issue are left out. For keys the
     * caller (a search's page of results) has already limited to issues the user may see.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> ids(Collection<String> keys) {
        return keys.isEmpty() ? Map.of() : editor.ids(keys);
    }

    /** Summaries in the order of the ids, which the caller (search) has already limited to projects the user may browse. */
    @Transactional(readOnly = true)
    public List<IssueSummary> summaries(List<Long> ids) {
        return editor.summaries(ids);
    }
}
