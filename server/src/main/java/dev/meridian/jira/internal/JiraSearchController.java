package dev.meridian.jira.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.IssueSummary;
import dev.meridian.issues.Issues;
import dev.meridian.projects.Projects;
import dev.meridian.search.Search;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Jira's JQL search, projects and the caller ({@code /rest/api/2/search}, {@code /project}, {@code /myself}). */
@RestController
@RequestMapping("/rest/api/2")
@Tag(name = "Jira-compatible API")
class JiraSearchController {

    private final Search search;
    private final Issues issues;
    private final Projects projects;

    JiraSearchController(Search search, Issues issues, Projects projects) {
        this.search = search;
        this.issues = issues;
        this.projects = projects;
    }

    @GetMapping("/search")
    Map<String, Object> search(@RequestParam(required = false) String jql, @RequestParam(required = false) Integer startAt,
            @RequestParam(required = false) Integer maxResults, @RequestParam(required = false) List<String> fields, CurrentUser user) {
        return run(new SearchBody(jql, startAt, maxResults, fields), user);
    }

    @PostMapping("/search")
    Map<String, Object> searchPosted(@RequestBody SearchBody body, CurrentUser user) {
        return run(body, user);
    }

    @GetMapping("/myself")
    Map<String, Object> myself(CurrentUser user) {
        return JiraShapes.user(user.ref());
    }

    @GetMapping("/project")
    List<Map<String, Object>> projects(CurrentUser user) {
        var shapes = JiraShapes.forThisRequest();
        return projects.list(user).stream().map(shapes::project).toList();
    }

    @GetMapping("/project/{key}")
    Map<String, Object> project(@PathVariable String key, CurrentUser user) {
        return JiraShapes.forThisRequest().project(projects.get(key, user));
    }

    private Map<String, Object> run(SearchBody body, CurrentUser user) {
        var result = search.search(body.jql() == null ? "" : body.jql(), body.startAt(), body.maxResults(), user);
        var shapes = JiraShapes.forThisRequest();
        var wanted = JiraShapes.wanted(body.fields());
        var ids = issues.ids(result.issues().stream().map(IssueSummary::key).toList());
        // An issue deleted since the search read it is left out.
        return Map.of("expand", "schema,names", "startAt", result.startAt(), "maxResults", result.maxResults(), "total", result.total(),
                "issues", result.issues().stream().filter(issue -> ids.containsKey(issue.key()))
                        .map(issue -> shapes.issue(issue, ids.get(issue.key()), wanted)).toList());
    }

    record SearchBody(String jql, Integer startAt, Integer maxResults, List<String> fields) {
    }
}
