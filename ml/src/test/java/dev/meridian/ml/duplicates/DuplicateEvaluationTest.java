package dev.meridian.ml.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.ml.HashingEmbedder;
import dev.meridian.ml.SyntheticProject;
import dev.meridian.ml.text.IssueProfile;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DuplicateEvaluationTest {

    private final SyntheticProject project = new SyntheticProject();
    private final DuplicateEvaluation evaluation =
            new DuplicateEvaluation(new CandidateIndex(IssueProfile.of(project.issues, new HashingEmbedder())));

    @Test
    void trainedRankerBeatsBm25OnPairsItDidNotTrainOn() {
        var train = queries(0, 10);
        var test = queries(10, 20);

        var bm25 = evaluation.bm25(test);
        var trained = evaluation.trained(train, test);

        assertThat(bm25.recallAt1()).isZero();
        assertThat(trained.recallAt1()).isEqualTo(1.0);
        assertThat(trained.mrr()).isGreaterThan(bm25.mrr());
    }

    @Test
    void crossValidationKeepsEveryQueryOutOfItsOwnTrainingFold() {
        var metrics = evaluation.crossValidated(queries(0, 20), 5, 2);

        assertThat(metrics.queries()).isEqualTo(20);
        assertThat(metrics.recallAt1()).isEqualTo(1.0);
    }

    @Test
    void tiesCountAgainstTheDuplicate() {
        var constant = evaluation.evaluate(queries(0, 5), row -> 0.0);

        assertThat(constant.recallAt10()).isZero();
    }

    private static List<DuplicateQuery> queries(int from, int to) {
        return IntStream.range(from, to).mapToObj(t -> new DuplicateQuery("B" + t, Set.of("A" + t))).toList();
    }
}
