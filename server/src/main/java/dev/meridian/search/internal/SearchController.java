package dev.meridian.search.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.search.Search;
import dev.meridian.search.SearchResult;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
class SearchController {

    static final int MAX_JQL = 10_000;

    private final Search search;
    private final JsonMapper json;
    private final Set<String> issueProperties;

    SearchController(Search search, JsonMapper json) {
        this.search = search;
        this.json = json;
        this.issueProperties = new TreeSet<>(Arrays.stream(dev.meridian.issues.IssueSummary.class.getRecordComponents())
                .map(c -> c.getName()).toList());
    }

    @GetMapping("/api/v1/search")
    Map<String, Object> get(@RequestParam(required = false) String jql, @RequestParam(required = false) Integer startAt,
            @RequestParam(required = false) Integer maxResults, @RequestParam(required = false) List<String> fields,
            CurrentUser user) {
        return run(new SearchRequest(jql, startAt, maxResults, fields), user);
    }

    @PostMapping("/api/v1/search")
    Map<String, Object> post(@RequestBody SearchRequest request, CurrentUser user) {
        return run(request, user);
    }

    record SearchRequest(@Size(max = MAX_JQL) String jql, Integer startAt, Integer maxResults, List<String> fields) {
    }

    private Map<String, Object> run(SearchRequest request, CurrentUser user) {
        if (request.jql() != null && request.jql().length() > MAX_JQL) {
            throw new InvalidInputException("jql", "must be at most " + MAX_JQL + " characters");
        }
        var fields = fields(request.fields());
        var result = search.search(request.jql(), request.startAt(), request.maxResults(), user);
        return shape(result, fields);
    }

    private Set<String> fields(List<String> requested) {
        if (requested == null) {
            return null;
        }
        var names = requested.stream().flatMap(f -> Arrays.stream(f.split(","))).map(String::trim).filter(f -> !f.isEmpty()).toList();
        var unknown = names.stream().filter(n -> !issueProperties.contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("fields", "unknown " + unknown + "; choose among " + issueProperties);
        }
        return Set.copyOf(names);
    }

    private Map<String, Object> shape(SearchResult result, Set<String> fields) {
        var out = new LinkedHashMap<String, Object>();
        out.put("startAt", result.startAt());
        out.put("maxResults", result.maxResults());
        out.put("total", result.total());
        out.put("totalExact", result.totalExact());
        if (fields == null) {
            out.put("issues", result.issues());
            return out;
        }
        out.put("issues", result.issues().stream().map(issue -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> all = json.convertValue(issue, LinkedHashMap.class);
            var kept = new LinkedHashMap<String, Object>();
            all.forEach((k, v) -> {
                if (k.equals("key") || fields.contains(k)) {
                    kept.put(k, v);
                }
            });
            return kept;
        }).toList());
        return out;
    }
}
