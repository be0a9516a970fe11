package dev.meridian.ml.duplicates;

import dev.meridian.ml.DuplicateLink;
import dev.meridian.ml.SimilarIssue;
import dev.meridian.ml.learn.BoostedTrees;
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

    /**
     * Boosted on top of the linear score, and only to re-order the linear ranker's top {@link #RERANK}: the trees learn
     * from lists of hard candidates, so they are trusted only among such candidates. Picked a priori (not searched):
     * few, shallow, strongly shrunk trees.
     */
    static final int RERANK = 30;
    static final BoostedTrees.Options TREES = new BoostedTrees.Options(60, 3, 0.1, 30, 1);

    private final LinearModel model;
    /** Null for an untrained ranker. */
    private final BoostedTrees trees;

    DuplicateRanker(LinearModel model) {
        this(model, null);
    }

    DuplicateRanker(LinearModel model, BoostedTrees trees) {
        this.model = model;
        this.trees = trees;
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
        return fit(TrainingLists.of(index, links));
    }

    /** The linear ranker, then trees boosted on top of its scores over the same lists. */
    static DuplicateRanker fit(TrainingLists.Lists lists) {
        return fit(lists, TREES);
    }

    static DuplicateRanker fit(TrainingLists.Lists lists, BoostedTrees.Options treeOptions) {
        var linear = ListwiseSoftmax.fit(lists.rows(), lists.relevant(), OPTIONS);
        if (treeOptions == null || treeOptions.trees() == 0) {
            return new DuplicateRanker(linear);
        }
        var base = lists.rows().stream().map(list -> {
            var scores = new double[list.length];
            for (int i = 0; i < list.length; i++) {
                scores[i] = linear.margin(list[i]);
            }
            return scores;
        }).toList();
        return new DuplicateRanker(linear, BoostedTrees.fit(lists.rows(), lists.relevant(), base, treeOptions));
    }

    /** Continues training the linear part from this ranker with new links only; the trees stay as they were. */
    public DuplicateRanker warmStart(CandidateIndex index, Collection<DuplicateLink> newLinks) {
        var lists = TrainingLists.of(index, newLinks);
        return new DuplicateRanker(ListwiseSoftmax.warmStart(model, lists.rows(), lists.relevant(),
                OPTIONS.withEpochs(10)), trees);
    }

    public List<SimilarIssue> rank(IssueProfile query, CandidateIndex index, int limit) {
        var candidates = PairFeatures.of(query, index);
        var scores = scores(candidates.rows());
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
        out.writeBoolean(trees != null);
        if (trees != null) {
            trees.writeTo(out);
        }
    }

    public static DuplicateRanker readFrom(DataInput in) throws IOException {
        var signals = in.readUTF();
        if (!signals.equals(PairFeatures.LAYOUT)) {
            throw new IOException("Ranker was trained on other features: " + signals);
        }
        var model = LinearModel.readFrom(in);
        return new DuplicateRanker(model, in.readBoolean() ? BoostedTrees.readFrom(in) : null);
    }

    /**
     * Scores of one query's candidates: the linear score, then the linear ranker's top {@link #RERANK} re-ordered by
     * linear + trees and lifted above the rest (so the order below them is the linear one).
     */
    double[] scores(double[][] rows) {
        var scores = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            scores[i] = model.margin(rows[i]);
        }
        if (trees == null || rows.length == 0) {
            return scores;
        }
        var order = Order.descending(scores);
        int top = Math.min(RERANK, order.length);
        double floor = scores[order[top - 1]];
        var boosted = new double[top];
        double minBoosted = Double.POSITIVE_INFINITY;
        for (int k = 0; k < top; k++) {
            boosted[k] = scores[order[k]] + trees.score(rows[order[k]]);
            minBoosted = Math.min(minBoosted, boosted[k]);
        }
        // the re-ordered top stays strictly above every candidate below it
        double shift = Math.max(0, floor - minBoosted);
        for (int k = 0; k < top; k++) {
            double lifted = boosted[k] + shift;
            scores[order[k]] = lifted > floor ? lifted : Math.nextUp(floor);
        }
        return scores;
    }
}
