package dev.meridian.ml.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class Bm25IndexTest {

    @Test
    void scoresLikeOkapiBm25WithLuceneIdf() {
        var index = new Bm25Index();
        index.put(0, List.of("netty", "upgrade"));
        index.put(1, List.of("jetty", "upgrade", "cve", "fix"));
        index.put(2, List.of("typo", "docs"));

        double[] scores = index.scores(List.of("netty", "upgrade"));

        double avg = 8 / 3.0;
        double idfNetty = Math.log(1 + (3 - 1 + 0.5) / (1 + 0.5));
        double idfUpgrade = Math.log(1 + (3 - 2 + 0.5) / (2 + 0.5));
        double norm0 = 1.2 * (1 - 0.75 + 0.75 * 2 / avg);
        double norm1 = 1.2 * (1 - 0.75 + 0.75 * 4 / avg);
        assertThat(scores[0]).isCloseTo((idfNetty + idfUpgrade) * 2.2 / (1 + norm0), within(1e-12));
        assertThat(scores[1]).isCloseTo(idfUpgrade * 2.2 / (1 + norm1), within(1e-12));
        assertThat(scores[2]).isZero();
    }

    @Test
    void forgetsRemovedDocuments() {
        var index = new Bm25Index();
        index.put(0, List.of("netty"));
        index.put(1, List.of("netty", "jetty"));
        index.remove(0);

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.scores(List.of("netty"))[0]).isZero();
        assertThat(index.scores(List.of("netty"))[1]).isPositive();
    }

    @Test
    void scoresTheSameAfterReplacingAndRemovingDocumentsAsAFreshIndex() {
        var edited = new Bm25Index();
        edited.put(0, List.of("netty", "netty", "upgrade"));
        edited.put(1, List.of("jetty", "netty"));
        edited.put(2, List.of("netty", "docs"));
        edited.put(0, List.of("netty", "typo", "netty", "netty"));
        edited.remove(1);
        edited.put(3, List.of("upgrade", "netty"));

        var fresh = new Bm25Index();
        fresh.put(0, List.of("netty", "typo", "netty", "netty"));
        fresh.put(2, List.of("netty", "docs"));
        fresh.put(3, List.of("upgrade", "netty"));

        var query = List.of("netty", "upgrade", "typo", "jetty");
        assertThat(edited.scores(query)).containsExactly(fresh.scores(query));
        assertThat(edited.idf("netty")).isEqualTo(fresh.idf("netty"));
        assertThat(edited.idf("jetty")).isEqualTo(fresh.idf("jetty"));
        assertThat(edited.scores(query)[0]).isGreaterThan(edited.scores(query)[2]);
    }
}
