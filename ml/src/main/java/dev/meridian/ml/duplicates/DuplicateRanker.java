package dev.meridian.ml.duplicates;

import dev.meridian.ml.DuplicateLink;
import dev.meridian.ml.SimilarIssue;
import dev.meridian.ml.learn.LinearModel;
import dev.meridian.ml.learn.ListwiseSoftmax;
import dev.meridian.ml.learn.Order;
import dev.meridian.ml.learn.SoftmaxRegression;
import dev.meridian.ml.text.IssueProfile;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Ranks candidates by a linear score over {@link PairFeatures}, learned listwise from the project's duplicate links:
 * "among this issue's strongest candidates, its known duplicate should take the top".
 */
public final class DuplicateRanker {

    // L2 picked from 0.1..10 by cross-validation; Recall@1 and MRR moved less than the fold-to-fold noise
    static final SoftmaxRegression.Options OPTIONS = new SoftmaxRegression.Options(3, 40, 1, 0.01, 7);

    private final LinearModel model;

    DuplicateRanker(LinearModel model) {
        this.model = model;
    }

    /**
     * For a project with no duplicate links yet: reciprocal-rank-like fusion of full-text BM25 and both sentence
     * similarities, the best untrained combination measured on the demo data.
     */
    public static DuplicateRanker untrained() {
        int width = PairFeatures.WIDTH;
        var mean = new double[width];
        var scale = new double[width];
        java.util.Arrays.fill(scale, 1);
        var weights = new double[2][width + 1];
        for (int column : new int[] {2, 17, 20}) {
            weights[1][column] = 1;
        }
        return new DuplicateRanker(new LinearModel(new dev.meridian.ml.learn.Standardizer(mean, scale), weights));
    }

    /** Learns from the links whose both ends are in {@code index}; each link teaches both directions. */
    public static DuplicateRanker train(CandidateIndex index, Collection<DuplicateLink> links) {
        var lists = TrainingLists.of(index, links);
        return new DuplicateRanker(ListwiseSoftmax.fit(lists.rows(), lists.relevant(), OPTIONS));
    }

    /** Continues training from this ranker with new links only. */
    public DuplicateRanker warmStart(CandidateIndex index, Collection<DuplicateLink> newLinks) {
        var lists = TrainingLists.of(index, newLinks);
        return new DuplicateRanker(ListwiseSoftmax.warmStart(model, lists.rows(), lists.relevant(),
                OPTIONS.withEpochs(10)));
    }

    public List<SimilarIssue> rank(IssueProfile query, CandidateIndex index, int limit) {
        var candidates = PairFeatures.of(query, index);
        var scores = new double[candidates.issues().size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.margin(candidates.rows()[i]);
        }
        var order = Order.descending(scores);
        var top = new ArrayList<SimilarIssue>(Math.min(limit, order.length));
        for (int i = 0; i < order.length && i < limit; i++) {
            top.add(new SimilarIssue(candidates.issues().get(order[i]).key(), scores[order[i]]));
        }
        return List.copyOf(top);
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeUTF(PairFeatures.LAYOUT);
        model.writeTo(out);
    }

    public static DuplicateRanker readFrom(DataInput in) throws IOException {
        var signals = in.readUTF();
        if (!signals.equals(PairFeatures.LAYOUT)) {
            throw new IOException("Ranker was trained on other features: " + signals);
        }
        return new DuplicateRanker(LinearModel.readFrom(in));
    }

    double score(double[] row) {
        return model.margin(row);
    }
}
