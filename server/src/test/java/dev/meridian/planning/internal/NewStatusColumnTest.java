package dev.meridian.planning.internal;

import static dev.meridian.projects.StatusCategory.DONE;
import static dev.meridian.projects.StatusCategory.INDETERMINATE;
import static dev.meridian.projects.StatusCategory.NEW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.planning.BoardConfig.Column;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewStatusColumnTest {

    static final Map<String, dev.meridian.projects.StatusCategory> CATEGORIES = Map.of("To Do", NEW, "In Progress", INDETERMINATE,
            "In Review", INDETERMINATE, "Done", DONE);

    @Test
    void choosesTheLastColumnShowingAStatusOfTheSameCategory() {
        var columns = List.of(column("Open", "To Do"), column("Doing", "In Progress"), column("Review", "In Review"), column("Done", "Done"));

        assertThat(NewStatusColumn.of(columns, CATEGORIES, INDETERMINATE)).isEqualTo(2);
        assertThat(NewStatusColumn.of(columns, CATEGORIES, DONE)).isEqualTo(3);
        assertThat(NewStatusColumn.of(columns, CATEGORIES, NEW)).isZero();
    }

    @Test
    void choosesAColumnMixingCategoriesAndSkipsAnEmptyOne() {
        var columns = List.of(column("Open", "To Do"), column("Working", "In Progress", "Done"), column("Blocked"));

        assertThat(NewStatusColumn.of(columns, CATEGORIES, DONE)).isEqualTo(1);
    }

    @Test
    void choosesTheFirstColumnWhenNoneShowsTheCategoryAndNoneOnABoardWithoutColumns() {
        assertThat(NewStatusColumn.of(List.of(column("Open", "To Do"), column("Done", "Done")), CATEGORIES, INDETERMINATE)).isZero();
        assertThat(NewStatusColumn.of(List.of(), CATEGORIES, INDETERMINATE)).isEqualTo(-1);
    }

    static Column column(String name, String... statuses) {
        return new Column(name, List.of(statuses), null, null);
    }
}
