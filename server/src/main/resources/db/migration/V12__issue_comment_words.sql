-- `text ~` searches summary, description and comments. With the comments' words kept on the issue row, the three
-- GIN indexes of issues combine in one bitmap scan (BitmapOr, then BitmapAnd with the other clauses), where ids
-- gathered from three scans and fetched one by one by primary key took seconds for a common word at 1,000,000 issues.
-- A trigger keeps the column right in the comment's own transaction, whoever writes the comment (API, import).

create function comment_words_of(issue bigint) returns tsvector
    language plpgsql stable as $$
declare
    thread text;
begin
    select string_agg(body, E'\n' order by id) into thread from comments where issue_id = issue;
    return to_tsvector('english', coalesce(thread, ''));
exception when program_limit_exceeded then
    -- A thread whose words exceed a tsvector's 1 MB: its beginning stays searchable rather than the comment failing.
    return to_tsvector('english', left(thread, 200000));
end $$;

create function comments_refresh_issue_words() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        update issues set comment_words = comment_words_of(old.issue_id) where id = old.issue_id;
    else
        update issues set comment_words = comment_words_of(new.issue_id) where id = new.issue_id;
    end if;
    return null;
end $$;

alter table issues add column comment_words tsvector not null default ''::tsvector;

update issues i set comment_words = comment_words_of(i.id) where exists (select 1 from comments c where c.issue_id = i.id);

create index issues_comment_words on issues using gin (comment_words);

create trigger comments_issue_words after insert or delete or update of body on comments
    for each row execute function comments_refresh_issue_words();

-- Comment words are searched on the issue row now.
drop index comments_body_words;
alter table comments drop column body_words;
