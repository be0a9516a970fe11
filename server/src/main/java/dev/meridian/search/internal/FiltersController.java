package dev.meridian.search.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.search.Search;
import dev.meridian.search.SearchResult;
import dev.meridian.search.internal.SavedFilters.FilterInput;
import dev.meridian.search.internal.SavedFilters.FilterView;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/filters")
class FiltersController {

    private final SavedFilters filters;
    private final Search search;

    FiltersController(SavedFilters filters, Search search) {
        this.filters = filters;
        this.search = search;
    }

    @GetMapping
    List<FilterView> list(CurrentUser user) {
        return filters.list(user);
    }

    @PostMapping
    ResponseEntity<FilterView> create(@RequestBody FilterInput input, CurrentUser user) {
        var created = filters.create(input, user);
        return ResponseEntity.created(URI.create("/api/v1/filters/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    FilterView get(@PathVariable long id, CurrentUser user) {
        return filters.get(id, user);
    }

    @PutMapping("/{id}")
    FilterView update(@PathVariable long id, @RequestBody FilterInput input, CurrentUser user) {
        return filters.update(id, input, user);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, CurrentUser user) {
        filters.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/search")
    SearchResult run(@PathVariable long id, @RequestParam(required = false) Integer startAt,
            @RequestParam(required = false) Integer maxResults, CurrentUser user) {
        return search.search(filters.get(id, user).jql(), startAt, maxResults, user);
    }
}
