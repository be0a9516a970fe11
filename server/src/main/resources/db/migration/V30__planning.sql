-- Ranks: LexoRank-style strings compared byte by byte (collation "C"). A move writes one row's rank between its new
-- neighbours'; new issues take the next base-36 step at the bottom, from a sequence, so concurrent creates never wait
-- for each other; a DEFERRABLE unique constraint lets a rebalance rewrite a run of ranks in one transaction.
create function meridian_base36(n bigint, width int) returns text language plpgsql immutable as $$
declare
    digits constant text := '0123456789abcdefghijklmnopqrstuvwxyz';
    out text := '';
    rest bigint := n;
begin
    while rest > 0 loop
        out := substr(digits, (rest % 36)::int + 1, 1) || out;
        rest := rest / 36;
    end loop;
    return lpad(out, width, '0');
end $$;

create sequence issue_rank_bottom;
alter table issues add column rank text collate "C";
with ordered as (
    select i.id, row_number() over (order by p.key, i.number) as n from issues i join projects p on p.id = i.project_id)
update issues i set rank = meridian_base36(o.n, 6) || 'i' from ordered o where o.id = i.id;
select setval('issue_rank_bottom', (select count(*) + 1 from issues), false);
alter table issues alter column rank set default meridian_base36(nextval('issue_rank_bottom'), 6) || 'i';
alter table issues alter column rank set not null;
alter table issues add constraint issues_rank_unique unique (rank) deferrable initially immediate;

create table boards (
    id          bigserial primary key,
    project_id  bigint      not null references projects (id) on delete cascade,
    name        text        not null,
    kind        text        not null check (kind in ('scrum', 'kanban')),
    filter_id   bigint      not null references filters (id),
    swimlanes   text        not null default 'none' check (swimlanes in ('none', 'assignee', 'epic', 'priority')),
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index boards_project on boards (project_id);

create table board_columns (
    board_id    bigint  not null references boards (id) on delete cascade,
    position    integer not null,
    name        text    not null,
    status_ids  bigint[] not null,
    min_issues  integer,
    max_issues  integer,
    primary key (board_id, position)
);

create table board_quick_filters (
    board_id    bigint  not null references boards (id) on delete cascade,
    position    integer not null,
    name        text    not null,
    jql         text    not null,
    primary key (board_id, position)
);

create table sprints (
    id           bigserial primary key,
    board_id     bigint      not null references boards (id) on delete cascade,
    project_id   bigint      not null references projects (id) on delete cascade,
    name         text        not null,
    goal         text,
    state        text        not null check (state in ('future', 'active', 'closed')),
    start_date   timestamptz,
    end_date     timestamptz,
    started_at   timestamptz,
    completed_at timestamptz,
    created_at   timestamptz not null
);
create index sprints_board on sprints (board_id, state);
create unique index sprints_one_active on sprints (board_id) where state = 'active';

-- An issue's sprints: at most one that is not closed (enforced by Sprints), and the closed ones it was in at their end.
create table sprint_issues (
    sprint_id bigint not null references sprints (id) on delete cascade,
    issue_id  bigint not null references issues (id) on delete cascade,
    primary key (sprint_id, issue_id)
);
create index sprint_issues_issue on sprint_issues (issue_id);
