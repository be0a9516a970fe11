package dev.meridian.ml.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.ml.HashingEmbedder;
import dev.meridian.ml.SyntheticProject;
import dev.meridian.ml.text.IssueProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageModelTest {

    @Test
    void beatsTheMajorityBaselineInMacroF1OnHeldOutIssues() {
        var project = new SyntheticProject();
        var profiles = IssueProfile.of(project.issues, new HashingEmbedder());
        var train = project.issues.subList(0, 75);
        var test = project.issues.subList(75, 100);

        var model = TriageModel.train(train, profiles.subList(0, 75), List.of("priority"));
        var score = TriageEvaluation.of(model, train, test, profiles.subList(75, 100)).get("priority");

        assertThat(score.majorityMacroF1()).isLessThan(0.5);
        assertThat(score.modelMacroF1()).isGreaterThan(0.9);
    }

    @Test
    void foldsRareValuesIntoOtherAndEmptyIntoNone() {
        var values = List.of("Major", "Major", "Major", "Major", "Major", "Minor", "");

        assertThat(TriageHead.labels(values)).containsExactly("(other)", "Major");
        assertThat(TriageHead.normalize("")).isEqualTo("(none)");
    }

    @Test
    void macroF1AveragesOverLabelsSeenInTruthOrPrediction() {
        var truth = List.of("a", "a", "b", "c");
        var predicted = List.of("a", "b", "b", "b");

        // a: P=1 R=.5 F=2/3; b: P=1/3 R=1 F=.5; c: F=0
        assertThat(MacroF1.of(truth, predicted)).isCloseTo((2 / 3.0 + 0.5) / 3, org.assertj.core.api.Assertions.within(1e-12));
    }

}
