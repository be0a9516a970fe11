-- A quoted phrase matches within one comment, as in Jira: the comments' words were taken from the thread as one text,
-- so "disk full" matched an issue whose one comment ended with "disk" and the next began with "full". Each comment's
-- words now follow the previous ones with a one-position gap (a placeholder lexeme that no text yields, appended and
-- then deleted), so no phrase and no word pair (V60) spans two comments, while a phrase within a comment matches as
-- before.
create or replace function comment_words_of(issue bigint) returns tsvector
    language plpgsql stable as $$
declare
    words tsvector := ''::tsvector;
    body text;
begin
    for body in select c.body from comments c where c.issue_id = issue order by c.id loop
        if words = ''::tsvector then
            words := to_tsvector('english', body);
        else
            words := ts_delete(words || ''' '':1'::tsvector || to_tsvector('english', body), ' ');
        end if;
    end loop;
    return words;
exception when program_limit_exceeded then
    -- A thread whose words exceed a tsvector's 1 MB: its beginning stays searchable rather than the comment failing.
    return to_tsvector('english', left((select string_agg(c.body, E'\n' order by c.id) from comments c where c.issue_id = issue),
        200000));
end $$;

-- Issues with one comment keep their words as they are.
update issues i set comment_words = comment_words_of(i.id)
where i.id in (select c.issue_id from comments c group by c.issue_id having count(*) > 1);
