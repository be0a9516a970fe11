package dev.meridian.training.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PromotionPolicyTest {

    private final PromotionPolicy policy = new PromotionPolicy("duplicates.recall@10", 0.01, 0.02);

    @Test
    void promotesTheFirstVersionOfAProject() {
        assertThat(policy.decide(Map.of(), null).promote()).isTrue();
    }

    @Test
    void promotesACandidateThatBeatsTheActiveVersionByTheMarginWithoutRegressing() {
        var active = Map.of("duplicates.recall@10", 0.80, "triage.priority.macroF1", 0.30);
        var candidate = Map.of("duplicates.recall@10", 0.82, "triage.priority.macroF1", 0.29);
        assertThat(policy.decide(candidate, active).promote()).isTrue();
    }

    @Test
    void keepsACandidateThatDoesNotBeatThePrimaryMetricByTheMargin() {
        var decision = policy.decide(Map.of("duplicates.recall@10", 0.805), Map.of("duplicates.recall@10", 0.80));
        assertThat(decision.promote()).isFalse();
        assertThat(decision.explain()).contains("kept as candidate: duplicates.recall@10 0.805 vs 0.800 (needs +0.010)");
    }

    @Test
    void keepsACandidateThatRegressesAnotherMetricBeyondTheTolerance() {
        var active = Map.of("duplicates.recall@10", 0.80, "triage.priority.macroF1", 0.30);
        var candidate = Map.of("duplicates.recall@10", 0.90, "triage.priority.macroF1", 0.27);
        var decision = policy.decide(candidate, active);
        assertThat(decision.promote()).isFalse();
        assertThat(decision.explain()).contains("triage.priority.macroF1 drops 0.300 → 0.270");
    }

    @Test
    void aStoryPointErrorIsBetterLowerAndItsBaselineAndCountsAreIgnored() {
        var active = Map.of("duplicates.recall@10", 0.80, "triage.storyPoints.mae", 1.5,
                "triage.storyPoints.baselineMae", 3.0, "triage.storyPoints.heldOutIssues", 40.0);
        var better = Map.of("duplicates.recall@10", 0.85, "triage.storyPoints.mae", 1.2,
                "triage.storyPoints.baselineMae", 2.0, "triage.storyPoints.heldOutIssues", 12.0);
        var worse = Map.of("duplicates.recall@10", 0.85, "triage.storyPoints.mae", 1.9);

        assertThat(policy.decide(better, active).promote()).as(policy.decide(better, active).explain()).isTrue();
        var decision = policy.decide(worse, active);
        assertThat(decision.promote()).isFalse();
        assertThat(decision.explain()).contains("triage.storyPoints.mae rises 1.500 → 1.900");
    }

    @Test
    void ignoresBaselinesWhichDescribeTheDataNotTheModel() {
        var active = Map.of("duplicates.recall@10", 0.80, "duplicates.bm25.recall@10", 0.70, "triage.priority.majorityMacroF1", 0.20);
        var candidate = Map.of("duplicates.recall@10", 0.85, "duplicates.bm25.recall@10", 0.50, "triage.priority.majorityMacroF1", 0.10);
        assertThat(policy.decide(candidate, active).promote()).isTrue();
    }

    @Test
    void keepsACandidateWithoutThePrimaryMetricWhenAnotherVersionIsActive() {
        assertThat(policy.decide(Map.of("triage.priority.macroF1", 0.9), Map.of("duplicates.recall@10", 0.5)).promote()).isFalse();
    }
}
