create table issues (
    id            bigserial primary key,
    project_id    bigint        not null references projects (id) on delete cascade,
    number        integer       not null,
    key           text          not null unique,
    external_id   text,
    type_id       bigint        not null references issue_types (id),
    status_id     bigint        not null references statuses (id),
    priority_id   bigint references priorities (id),
    resolution_id bigint references resolutions (id),
    summary       text          not null,
    description   text,
    assignee_id   bigint references users (id),
    reporter_id   bigint references users (id),
    creator_id    bigint references users (id),
    parent_id     bigint references issues (id),
    labels        text[]        not null default '{}',
    story_points  numeric(8, 2),
    due_date      date,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    resolved_at   timestamptz,
    version       integer       not null default 1,
    unique (project_id, number)
);
create index issues_project_status on issues (project_id, status_id);
create index issues_project_assignee on issues (project_id, assignee_id);
create index issues_parent on issues (parent_id);
create index issues_external_id on issues (project_id, external_id);
create index issues_labels on issues using gin (labels);

create table issue_components (
    issue_id     bigint not null references issues (id) on delete cascade,
    component_id bigint not null references components (id) on delete cascade,
    primary key (issue_id, component_id)
);

-- kind: 'fix' or 'affects'
create table issue_versions (
    issue_id   bigint not null references issues (id) on delete cascade,
    version_id bigint not null references versions (id) on delete cascade,
    kind       text   not null check (kind in ('fix', 'affects')),
    primary key (issue_id, version_id, kind)
);

create table comments (
    id         bigserial primary key,
    issue_id   bigint      not null references issues (id) on delete cascade,
    author_id  bigint      not null references users (id),
    body       text        not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index comments_issue on comments (issue_id, id);

create table link_types (
    id      bigserial primary key,
    name    text not null unique,
    outward text not null,
    inward  text not null
);
insert into link_types (name, outward, inward) values
    ('Blocks', 'blocks', 'is blocked by'),
    ('Duplicate', 'duplicates', 'is duplicated by'),
    ('Relates', 'relates to', 'relates to'),
    ('Cloners', 'clones', 'is cloned by');

create table issue_links (
    id         bigserial primary key,
    type_id    bigint      not null references link_types (id),
    source_id  bigint      not null references issues (id) on delete cascade,
    target_id  bigint      not null references issues (id) on delete cascade,
    created_at timestamptz not null default now(),
    unique (type_id, source_id, target_id),
    check (source_id <> target_id)
);
create index issue_links_target on issue_links (target_id);

create table watchers (
    issue_id bigint not null references issues (id) on delete cascade,
    user_id  bigint not null references users (id) on delete cascade,
    primary key (issue_id, user_id)
);

create table issue_changes (
    id       bigserial primary key,
    issue_id bigint      not null references issues (id) on delete cascade,
    actor_id bigint references users (id),
    at       timestamptz not null,
    field    text        not null,
    from_value text,
    to_value   text
);
create index issue_changes_issue on issue_changes (issue_id, id);
create index issue_changes_field on issue_changes (field, at);
