-- JQL: WAS and CHANGED compare ids, so a renamed status or user keeps its history.
alter table issue_changes add column from_id bigint, add column to_id bigint;

update issue_changes c set from_id = s.id from issues i, statuses s
    where c.field = 'status' and i.id = c.issue_id and s.project_id = i.project_id and s.name = c.from_value;
update issue_changes c set to_id = s.id from issues i, statuses s
    where c.field = 'status' and i.id = c.issue_id and s.project_id = i.project_id and s.name = c.to_value;
update issue_changes c set from_id = p.id from issues i, priorities p
    where c.field = 'priority' and i.id = c.issue_id and p.project_id = i.project_id and p.name = c.from_value;
update issue_changes c set to_id = p.id from issues i, priorities p
    where c.field = 'priority' and i.id = c.issue_id and p.project_id = i.project_id and p.name = c.to_value;
update issue_changes c set from_id = r.id from issues i, resolutions r
    where c.field = 'resolution' and i.id = c.issue_id and r.project_id = i.project_id and r.name = c.from_value;
update issue_changes c set to_id = r.id from issues i, resolutions r
    where c.field = 'resolution' and i.id = c.issue_id and r.project_id = i.project_id and r.name = c.to_value;
update issue_changes c set from_id = (select min(u.id) from users u where u.display_name = c.from_value)
    where c.field in ('assignee', 'reporter') and c.from_value is not null;
update issue_changes c set to_id = (select min(u.id) from users u where u.display_name = c.to_value)
    where c.field in ('assignee', 'reporter') and c.to_value is not null;

-- Word search (~) with English stemming; the expressions must match TextSql's exactly.
create index issues_summary_words on issues using gin (to_tsvector('english', summary));
create index issues_description_words on issues using gin (to_tsvector('english', coalesce(description, '')));
create index comments_body_words on comments using gin (to_tsvector('english', body));

create table filters (
    id          bigserial primary key,
    owner_id    bigint      not null references users (id) on delete cascade,
    name        text        not null,
    description text,
    jql         text        not null,
    project_id  bigint references projects (id) on delete cascade,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create unique index filters_owner_name on filters (owner_id, lower(name));
create index filters_project on filters (project_id);
