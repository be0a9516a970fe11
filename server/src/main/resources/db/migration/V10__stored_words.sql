-- Word search keeps its tsvectors in the rows: a phrase or a weighted match is rechecked against the row, and with
-- only an expression index that recheck re-parses every candidate's text (a phrase over descriptions went from
-- ~1 ms for "race & condition" to ~250 ms for "race <-> condition" on 50,000 issues).
drop index issues_summary_words;
drop index issues_description_words;
drop index comments_body_words;
alter table issues
    add column summary_words tsvector generated always as (to_tsvector('english', summary)) stored,
    add column description_words tsvector generated always as (to_tsvector('english', coalesce(description, ''))) stored;
alter table comments add column body_words tsvector generated always as (to_tsvector('english', body)) stored;
create index issues_summary_words on issues using gin (summary_words);
create index issues_description_words on issues using gin (description_words);
create index comments_body_words on comments using gin (body_words);
