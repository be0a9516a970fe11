-- A quoted two-word phrase is answered by one index lookup: for each stored tsvector, the pairs of lexemes at adjacent
-- positions, prefixed by the column they come from (s: summary, d: description, c: comments). Taken from the stored
-- tsvectors as stored, a pair is present exactly when ts_match_vq(column, 'a' <-> 'b') holds on it, with PostgreSQL's own
-- limits applied (256 positions per lexeme, positions above 16383 kept as 16383), and never spans two columns. Text
-- pairs, not hashes: GIN answers @> and && on them without rechecking a row, where "race condition" as the site
-- administrator rechecked ts_match_vq on tens of thousands of rows (0.8 s at 1,000,000 issues).
-- A stored column, kept current as the tsvectors are: generated from the same expressions as summary_words and
-- description_words (V10; a generated column cannot read another) and from comment_words (kept by the comments trigger,
-- V12). Not an expression index: ordering a common phrase's matches by date walks the date index and tests each row,
-- and computing the pairs there took 0.4 ms a row (1.4 s for "race condition"), where reading a stored array is cheap.

-- One function of the three columns (its body names only built-in functions, so it reads the same whatever the
-- search_path).
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

alter table issues add column word_pairs text[] generated always as (issue_word_pairs(to_tsvector('english', summary),
    to_tsvector('english', coalesce(description, '')), comment_words)) stored;
set local maintenance_work_mem = '256MB';
create index issues_word_pairs on issues using gin (word_pairs);
-- Statistics of the new column, for the planner's estimate of a pair's matches.
analyze issues;
