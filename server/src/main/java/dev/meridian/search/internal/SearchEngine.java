package dev.meridian.search.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.Issues;
import dev.meridian.platform.ProblemException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import dev.meridian.search.SearchResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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

    record Plan(String from, String where, List<Object> params, String orderBy) {
    }

    /** Must run in a transaction: the statement timeout is set for it alone. */
    public SearchResult search(String jql, int startAt, int maxResults, CurrentUser user) {
        var plan = compile(jql, user);
        jdbc.sql("select set_config('statement_timeout', ?, true)").param(String.valueOf(TIMEOUT_MS)).query(String.class).single();
        try {
            long total = jdbc.sql("select count(*) from issues i where " + plan.where()).params(plan.params()).query(Long.class).single();
            var pageSql = "select i.id from " + plan.from() + " where " + plan.where() + " order by " + plan.orderBy() + " limit ? offset ?";
            var pageParams = new ArrayList<>(plan.params());
            pageParams.add(maxResults);
            pageParams.add(startAt);
            if (log.isDebugEnabled()) {
                log.debug("jql={} sql={} params={}", jql.replace('\n', ' '), pageSql, render(pageParams));
            }
            var ids = jdbc.sql(pageSql).params(pageParams).query(Long.class).list();
            return new SearchResult(startAt, maxResults, total, issues.summaries(ids));
        } catch (QueryTimeoutException slow) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "The query took longer than " + TIMEOUT_MS / 1000
                    + " s and was stopped; narrow it, for example with a project or a status.");
        }
    }

    public Plan compile(String jql, CurrentUser user) {
        var query = JqlSyntax.parse(jql);
        var now = clock.instant();
        var visible = new Vocabulary(jdbc, access.browsable(user).stream().map(ProjectRef::id).toList());
        var vocabulary = visible.narrowedTo(ProjectScope.of(query, new Operands(visible, user.id(), now)));
        var compiled = new SqlCompiler(new Operands(vocabulary, user.id(), now)).compile(query);
        var params = new ArrayList<Object>();
        params.add(vocabulary.projectIds());
        params.addAll(compiled.params());
        var from = compiled.joins().isEmpty() ? "issues i" : "issues i " + compiled.joins();
        return new Plan(from, "i.project_id = any(?) and " + compiled.where(), params, compiled.orderBy());
    }

    /** Ids of the issues that match every query, in rank order (the backlog's and boards' order), at most {@code limit}. */
    public List<Long> rankedIds(List<String> queries, CurrentUser user, int limit) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        for (var jql : queries) {
            var plan = compile(jql, user);
            where.add("(" + plan.where() + ")");
            params.addAll(plan.params());
        }
        params.add(limit);
        return jdbc.sql("select i.id from issues i where " + String.join(" and ", where) + " order by i.rank limit ?")
                .params(params).query(Long.class).list();
    }

    private static String render(List<Object> params) {
        return params.stream().map(p -> p instanceof Object[] array ? java.util.Arrays.toString(array) : String.valueOf(p)).toList().toString();
    }
}
