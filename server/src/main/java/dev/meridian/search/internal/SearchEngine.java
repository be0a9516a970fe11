package dev.meridian.search.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.Issues;
import dev.meridian.platform.ProblemException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import dev.meridian.search.Search;
import dev.meridian.search.SearchResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Parses, compiles and runs a query: a count, then one page of ids, then the summaries of that page. */
@Component
public class SearchEngine {

    private static final Logger log = LoggerFactory.getLogger(SearchEngine.class);
    private static final int TIMEOUT_MS = 15_000;
    private static final String WORK_MEM = "32MB";

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final Issues issues;
    private final Clock clock;

    SearchEngine(JdbcClient jdbc, ProjectAccess access, Issues issues, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.issues = issues;
        this.clock = clock;
    }

    record Plan(String from, String where, List<Object> params, String orderBy, boolean words) {
    }

    /** Must run in a transaction: the statement timeout is set for it alone. */
    public SearchResult search(String jql, int startAt, int maxResults, CurrentUser user) {
        return search(jql, startAt, maxResults, user, Search.COUNT_CAP);
    }

    SearchResult search(String jql, int startAt, int maxResults, CurrentUser user, int countCap) {
        var plan = compile(jql, user);
        limitStatements();
        return stoppedWhenSlow(() -> {
            if (!plan.words()) {
                // A page that is not full ends the results, so it is also the total: the count is left out (for a narrow
                // query it cost as much as the page).
                var ids = page(jql, plan, plan.where(), plan.params(), startAt, maxResults);
                if (ids.size() < maxResults && (!ids.isEmpty() || startAt == 0)) {
                    return new SearchResult(startAt, maxResults, startAt + ids.size(), true, issues.summaries(ids));
                }
                var total = count(plan, startAt, maxResults, countCap);
                return new SearchResult(startAt, maxResults, total.value(), total.exact(), issues.summaries(ids));
            }
            // Word matches are gathered once, up to the cap, then the page is sorted out of them: left to itself,
            // PostgreSQL may walk the whole created-date index for a few matches, expecting a phrase such as "block report"
            // (9 issues of 1,000,000) to be common (15 s instead of 0.2 s), and counting and paging each found them again.
            long limit = Math.max(countCap, (long) startAt + maxResults) + 1;
            var params = new ArrayList<>(plan.params());
            params.add(limit);
            var found = jdbc.sql("select i.id from issues i where " + plan.where() + " limit ?").params(params).query(Long.class).list();
            if (found.size() < limit) {
                var ids = page(jql, plan, "i.id = any(?)", List.<Object>of((Object) found.toArray(Long[]::new)), startAt, maxResults);
                return new SearchResult(startAt, maxResults, found.size(), true, issues.summaries(ids));
            }
            var ids = page(jql, plan, plan.where(), plan.params(), startAt, maxResults);
            return new SearchResult(startAt, maxResults, limit - 1, false, issues.summaries(ids));
        });
    }

    private record Total(long value, boolean exact) {
    }

    /** Counted up to the cap or to the end of the page asked for, whichever is further, plus one to know there is more. */
    private Total count(Plan plan, int startAt, int maxResults, int countCap) {
        long limit = Math.max(countCap, (long) startAt + maxResults) + 1;
        var params = new ArrayList<>(plan.params());
        params.add(limit);
        long counted = jdbc.sql("select count(*) from (select 1 from issues i where " + plan.where() + " limit ?) c")
                .params(params).query(Long.class).single();
        return counted < limit ? new Total(counted, true) : new Total(limit - 1, false);
    }

    /** {@code matching} and its parameters select the issues; the plan's joins only order them. */
    private List<Long> page(String jql, Plan plan, String matching, List<Object> matchingParams, int startAt, int maxResults) {
        var sql = "select i.id from " + plan.from() + " where " + matching + " order by " + plan.orderBy() + " limit ? offset ?";
        var params = new ArrayList<>(matchingParams);
        params.add(maxResults);
        params.add(startAt);
        if (log.isDebugEnabled()) {
            log.debug("jql={} sql={} params={}", jql.replace('\n', ' '), sql, render(params));
        }
        return jdbc.sql(sql).params(params).query(Long.class).list();
    }

    /** Must run in a transaction, as {@link #search}. */
    public long count(String jql, CurrentUser user) {
        var plan = compile(jql, user);
        limitStatements();
        return stoppedWhenSlow(() -> jdbc.sql("select count(*) from issues i where " + plan.where()).params(plan.params())
                .query(Long.class).single());
    }

    private void limitStatements() {
        // work_mem: a bitmap of tens of thousands of matches stays exact (at 4 MB it turned lossy, rechecking every row).
        // Custom plans: the same JQL run a sixth time is a server-prepared statement, and a generic plan, blind to which
        // projects or words it gets, walked a member's "ORDER BY key" through every project (34 -> 258 ms at 1M issues).
        jdbc.sql("select set_config('statement_timeout', ?, true), set_config('work_mem', ?, true), "
                        + "set_config('plan_cache_mode', 'force_custom_plan', true)")
                .params(String.valueOf(TIMEOUT_MS), WORK_MEM).query((rs, i) -> 1).single();
    }

    private static <T> T stoppedWhenSlow(Supplier<T> query) {
        try {
            return query.get();
        } catch (QueryTimeoutException slow) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "The query took longer than " + TIMEOUT_MS / 1000
                    + " s and was stopped; narrow it, for example with a project or a status.");
        }
    }

    public Plan compile(String jql, CurrentUser user) {
        var query = JqlSyntax.parse(jql);
        var now = clock.instant();
        var visible = new Vocabulary(jdbc, access.browsable(user).stream().map(ProjectRef::id).toList());
        var scope = ProjectScope.of(query, new Operands(visible, user.id(), now));
        var vocabulary = scope.map(visible::narrowedTo).orElse(visible);
        var compiled = new SqlCompiler(new Operands(vocabulary, user.id(), now)).compile(query);
        var params = new ArrayList<Object>();
        var from = compiled.joins().isEmpty() ? "issues i" : "issues i " + compiled.joins();
        // The list of browsable projects is left out when it adds nothing: for a site administrator (every project), and
        // when a top-level project clause names the projects (their names were looked up among the browsable ones).
        // Repeated, it only misled PostgreSQL: ANDing a bitmap of every issue, or squaring the clause's selectivity
        // into a nested loop over 20,000 issues.
        if (user.siteAdmin() || scope.isPresent()) {
            params.addAll(compiled.params());
            return new Plan(from, compiled.where(), params, compiled.orderBy(), compiled.words());
        }
        params.add(vocabulary.projectIds());
        params.addAll(compiled.params());
        return new Plan(from, "i.project_id = any(?) and " + compiled.where(), params, compiled.orderBy(), compiled.words());
    }

    /** Ids of the issues that match every query, in rank order (the backlog's and boards' order), at most {@code limit}. */
    public List<Long> rankedIds(List<String> queries, CurrentUser user, int limit) {
        var all = matchingAll(queries, user);
        var params = new ArrayList<>(all.params());
        params.add(limit);
        return jdbc.sql("select i.id from issues i where " + all.where() + " order by i.rank limit ?")
                .params(params).query(Long.class).list();
    }

    /** How many issues match every query in each status, by the status's name: one grouped count, epics (level 1) left out. */
    public Map<String, Long> boardCountsByStatus(List<String> queries, CurrentUser user) {
        var all = matchingAll(queries, user);
        return jdbc.sql("select s.name, count(*) from issues i join statuses s on s.id = i.status_id join issue_types board_t on board_t.id = i.type_id"
                        + " where board_t.level <> 1 and " + all.where() + " group by s.name")
                .params(all.params()).query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private record Matching(String where, List<Object> params) {
    }

    private Matching matchingAll(List<String> queries, CurrentUser user) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        for (var jql : queries) {
            var plan = compile(jql, user);
            where.add("(" + plan.where() + ")");
            params.addAll(plan.params());
        }
        return new Matching(String.join(" and ", where), params);
    }

    private static String render(List<Object> params) {
        return params.stream().map(p -> p instanceof Object[] array ? java.util.Arrays.toString(array) : String.valueOf(p)).toList().toString();
    }
}
