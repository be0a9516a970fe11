package dev.meridian.search;

import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.search.internal.SavedFilters;
import dev.meridian.search.internal.SearchEngine;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs JQL for a user: only issues of projects they may browse are ever considered. */
@Service
public class Search {

    public static final int MAX_RESULTS = 500;
    /** Matches counted exactly in a search's total; pages beyond it are still counted up to their end. */
    public static final int COUNT_CAP = 10_000;

    private final SearchEngine engine;
    private final SavedFilters filters;

    Search(SearchEngine engine, SavedFilters filters) {
        this.engine = engine;
        this.filters = filters;
    }

    /** Ids of the issues matching all the queries (a board's filter and its quick filters), in rank order. */
    @Transactional(readOnly = true)
    public List<Long> rankedIds(List<String> queries, int limit, CurrentUser user) {
        return engine.rankedIds(queries, user, limit);
    }

    /**
     * How many issues a board would show match all the queries in each status, by the status's name (a board's hidden
     * done issues): epics are left out, as boards show none.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> boardCountsByStatus(List<String> queries, CurrentUser user) {
        return engine.boardCountsByStatus(queries, user);
    }

    /** A saved filter shared with a project, for a board; returns its id. */
    @Transactional
    public long saveFilter(String name, String jql, String projectKey, CurrentUser user) {
        return filters.create(new SavedFilters.FilterInput(name, null, jql, projectKey), user).id();
    }

    /** The JQL of a saved filter the user may read. */
    @Transactional(readOnly = true)
    public String filterJql(long filterId, CurrentUser user) {
        return filters.get(filterId, user).jql();
    }

    /** @throws JqlException when the query is not valid, with Jira's message and the position */
    @Transactional(readOnly = true)
    public SearchResult search(String jql, Integer startAt, Integer maxResults, CurrentUser user) {
        int start = startAt == null ? 0 : startAt;
        int max = maxResults == null ? 50 : maxResults;
        if (start < 0) {
            throw new InvalidInputException("startAt", "must be 0 or more");
        }
        if (max < 1 || max > MAX_RESULTS) {
            throw new InvalidInputException("maxResults", "must be between 1 and " + MAX_RESULTS);
        }
        return engine.search(jql == null ? "" : jql, start, max, user);
    }

    /** How many issues match, exactly, however many. @throws JqlException when the query is not valid */
    @Transactional(readOnly = true)
    public long count(String jql, CurrentUser user) {
        return engine.count(jql == null ? "" : jql, user);
    }

    /**
     * @throws JqlException when the query is not valid; it leaves the caller's transaction usable, so a board can go on
     *         without a quick filter that went stale
     */
    @Transactional(readOnly = true, noRollbackFor = JqlException.class)
    public void validate(String jql, CurrentUser user) {
        engine.compile(jql == null ? "" : jql, user);
    }
}
