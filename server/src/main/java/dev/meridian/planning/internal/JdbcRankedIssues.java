package dev.meridian.planning.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ranks in the issues table. Every row read is locked for the transaction, and a neighbour is read again once locked:
 * two moves into the same gap take turns, and the second sees the first's rank.
 */
@Component
class JdbcRankedIssues implements RankedIssues {

    private final JdbcClient jdbc;

    JdbcRankedIssues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Ranked> find(String key) {
        return jdbc.sql("select id, key, rank from issues where key = ? for update").param(key).query(Ranked.class).optional();
    }

    @Override
    public Optional<Ranked> next(Ranked from, boolean before) {
        for (int attempt = 0; attempt < 5; attempt++) {
            var locked = run(from, before, 1, true);
            var now = run(from, before, 1, false);
            if (locked.equals(now)) {
                return locked.stream().findFirst();
            }
        }
        throw new CannotAcquireLockException("the neighbours of " + from.key() + " keep changing");
    }

    @Override
    public List<Ranked> run(Ranked from, boolean before, int count) {
        return run(from, before, count, true);
    }

    private List<Ranked> run(Ranked from, boolean before, int count, boolean lock) {
        var sql = before ? "select id, key, rank from issues where rank < ? order by rank desc limit ?"
                : "select id, key, rank from issues where rank > ? order by rank limit ?";
        return jdbc.sql(sql + (lock ? " for update" : "")).params(from.rank(), count).query(Ranked.class).list();
    }

    @Override
    public void rank(long id, String rank) {
        jdbc.sql("update issues set rank = ? where id = ?").params(rank, id).update();
    }

    @Override
    public void rankAll(Map<Long, String> ranks) {
        jdbc.sql("set constraints issues_rank_unique deferred").update();
        ranks.forEach(this::rank);
        jdbc.sql("set constraints issues_rank_unique immediate").update();
    }
}
