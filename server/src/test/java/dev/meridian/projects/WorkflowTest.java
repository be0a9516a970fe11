package dev.meridian.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.projects.Workflow.Status;
import dev.meridian.projects.Workflow.Transition;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowTest {

    private final Workflow workflow = new Workflow(
            List.of(new Status(1, "To Do", StatusCategory.NEW, 0, null, null), new Status(2, "Doing", StatusCategory.INDETERMINATE, 1, null, null),
                    new Status(3, "Done", StatusCategory.DONE, 2, null, null)),
            List.of(new Transition(1, "Start", 1L, 2), new Transition(2, "Finish", 2L, 3), new Transition(3, "Reset", null, 1)));

    @Test
    void allowsOnlyTheDefinedMoves() {
        assertThat(workflow.allows(1, 2)).isTrue();
        assertThat(workflow.allows(1, 3)).isFalse();
        assertThat(workflow.allows(3, 2)).isFalse();
    }

    @Test
    void aTransitionWithoutFromIsAllowedFromEveryStatus() {
        assertThat(workflow.allows(3, 1)).isTrue();
        assertThat(workflow.allows(2, 1)).isTrue();
        assertThat(workflow.targetsFrom(3)).containsExactly("To Do");
    }

    @Test
    void listsTargetsInBoardOrderAndFindsStatusesByNameInAnyCase() {
        assertThat(workflow.targetsFrom(2)).containsExactly("To Do", "Done");
        assertThat(workflow.status(" doing ")).map(Status::id).contains(2L);
        assertThat(workflow.initial().name()).isEqualTo("To Do");
    }
}
