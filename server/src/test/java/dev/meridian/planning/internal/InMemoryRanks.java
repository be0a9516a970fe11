package dev.meridian.planning.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Ranked issues in memory, keeping the rules the database keeps: ranks unique once a change is done. */
final class InMemoryRanks implements RankedIssues {

    private final TreeMap<String, Long> byRank = new TreeMap<>();
    private final Map<Long, String> rankOf = new HashMap<>();
    int writes;

    static InMemoryRanks withBottomRanks(int n) {
        var ranks = new InMemoryRanks();
        for (long id = 1; id <= n; id++) {
            ranks.put(id, Rank.bottom(id));
        }
        return ranks;
    }

    void put(long id, String rank) {
        if (byRank.containsKey(rank)) {
            throw new IllegalStateException("rank " + rank + " taken");
        }
        var old = rankOf.put(id, rank);
        if (old != null) {
            byRank.remove(old);
        }
        byRank.put(rank, id);
    }

    Ranked get(long id) {
        return new Ranked(id, "P-" + id, rankOf.get(id));
    }

    List<Long> order() {
        return new ArrayList<>(byRank.values());
    }

    List<String> ranks() {
        return new ArrayList<>(byRank.keySet());
    }

    @Override
    public Optional<Ranked> find(String key) {
        long id = Long.parseLong(key.substring(2));
        return rankOf.containsKey(id) ? Optional.of(get(id)) : Optional.empty();
    }

    @Override
    public Optional<Ranked> next(Ranked from, boolean before) {
        var entry = before ? byRank.lowerEntry(from.rank()) : byRank.higherEntry(from.rank());
        return Optional.ofNullable(entry).map(e -> get(e.getValue()));
    }

    @Override
    public List<Ranked> run(Ranked from, boolean before, int count) {
        var view = before ? byRank.headMap(from.rank(), false).descendingMap() : byRank.tailMap(from.rank(), false);
        return view.values().stream().limit(count).map(this::get).toList();
    }

    @Override
    public void rank(long id, String rank) {
        writes++;
        put(id, rank);
    }

    @Override
    public void rankAll(Map<Long, String> ranks) {
        writes += ranks.size();
        ranks.keySet().forEach(id -> byRank.remove(rankOf.remove(id)));
        ranks.forEach(this::put);
    }
}
