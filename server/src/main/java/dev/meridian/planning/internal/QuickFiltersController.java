package dev.meridian.planning.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.planning.BoardConfig;
import dev.meridian.planning.QuickFilters;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class QuickFiltersController {

    private final QuickFilters quickFilters;

    QuickFiltersController(QuickFilters quickFilters) {
        this.quickFilters = quickFilters;
    }

    /** {@code jql}: the clause the filter adds to the board's; {@code description}: optional. */
    record QuickFilterInput(String name, String jql, String description) {

        BoardConfig.QuickFilter filter() {
            return new BoardConfig.QuickFilter(null, name, jql, description);
        }
    }

    /** Every quick filter id of the board, once each, in the new order. */
    record QuickFilterOrder(List<Long> ids) {
    }

    @GetMapping("/api/v1/boards/{id}/quick-filters")
    List<BoardConfig.QuickFilter> list(@PathVariable long id, CurrentUser user) {
        return quickFilters.of(id, user);
    }

    @PostMapping("/api/v1/boards/{id}/quick-filters")
    ResponseEntity<BoardConfig.QuickFilter> add(@PathVariable long id, @RequestBody QuickFilterInput input, CurrentUser user) {
        var filter = quickFilters.add(id, input.filter(), user);
        return ResponseEntity.created(URI.create("/api/v1/boards/" + id + "/quick-filters/" + filter.id())).body(filter);
    }

    @PutMapping("/api/v1/boards/{id}/quick-filters/{quickFilterId}")
    BoardConfig.QuickFilter edit(@PathVariable long id, @PathVariable long quickFilterId, @RequestBody QuickFilterInput input,
            CurrentUser user) {
        return quickFilters.edit(id, quickFilterId, input.filter(), user);
    }

    @DeleteMapping("/api/v1/boards/{id}/quick-filters/{quickFilterId}")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long quickFilterId, CurrentUser user) {
        quickFilters.delete(id, quickFilterId, user);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/boards/{id}/quick-filters/order")
    List<BoardConfig.QuickFilter> reorder(@PathVariable long id, @RequestBody QuickFilterOrder order, CurrentUser user) {
        return quickFilters.reorder(id, order.ids(), user);
    }
}
