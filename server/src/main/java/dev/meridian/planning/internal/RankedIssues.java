package dev.meridian.planning.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The issues in rank order, as {@link Ranking} needs to see them; in the database, each row read is locked. */
public interface RankedIssues {

    record Ranked(long id, String key, String rank) {
    }

    Optional<Ranked> find(String key);

    /** The issue right before ({@code before}) or after an issue in rank order, if any. */
    Optional<Ranked> next(Ranked from, boolean before);

    /** Up to {@code count} issues before ({@code before}) or after one, nearest first. */
    List<Ranked> run(Ranked from, boolean before, int count);

    void rank(long id, String rank);

    /** Rewrites several ranks at once; in between, two issues may share a rank. */
    void rankAll(Map<Long, String> ranks);
}
