-- A quoted two-word phrase is answered by one index lookup: for each stored tsvector, the pairs of lexemes at adjacent
-- positions, prefixed by the column they come from (s: summary, d: description, c: comments). Taken from the stored
-- tsvector itself, a pair is present exactly when ts_match_vq(column, 'a' <-> 'b') holds on it, with PostgreSQL's own
-- limits applied (256 positions per lexeme, positions above 16383 kept as 16383), and never spans two columns. Text
-- pairs, not hashes: GIN answers @> and && on them without rechecking a row, where "race condition" as the site
-- administrator rechecked ts_match_vq on tens of thousands of rows (0.8 s at 1,000,000 issues).
-- An expression index: kept current with the tsvectors it is computed from (the generated columns, and comment_words'
-- trigger), with no column to store and no table rewrite.

-- One function of the three columns (its body names only built-in functions: CREATE INDEX and ANALYZE run it with
-- search_path = pg_catalog).
create function issue_word_pairs(summary tsvector, description tsvector, comments tsvector) returns text[]
    language sql immutable parallel safe as $$
    with w as (
        select 's' as part, u.lexeme, p from unnest(summary) u, unnest(u.positions) p
        union all
        select 'd', u.lexeme, p from unnest(description) u, unnest(u.positions) p
        union all
        select 'c', u.lexeme, p from unnest(comments) u, unnest(u.positions) p)
    select coalesce(array_agg(distinct a.part || ':' || a.lexeme || ' ' || b.lexeme), '{}')
    from w a join w b on b.part = a.part and b.p = a.p + 1
$$;

set local maintenance_work_mem = '256MB';
create index issues_word_pairs on issues using gin (issue_word_pairs(summary_words, description_words, comment_words));
-- Statistics of the expression, for the planner's estimate of a pair's matches.
analyze issues;
