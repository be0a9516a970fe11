create table projects (
    id                  bigserial primary key,
    key                 text        not null unique check (key ~ '^[A-Z][A-Z0-9]{1,9}$'),
    name                text        not null,
    description         text,
    lead_id             bigint references users (id),
    issue_counter       integer     not null default 0,
    ai_training_enabled boolean     not null default true,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             integer     not null default 1
);

create table project_members (
    project_id bigint not null references projects (id) on delete cascade,
    user_id    bigint not null references users (id) on delete cascade,
    role       text   not null check (role in ('admin', 'member', 'viewer')),
    primary key (project_id, user_id)
);
create index project_members_user on project_members (user_id);

create table statuses (
    id         bigserial primary key,
    project_id bigint  not null references projects (id) on delete cascade,
    name       text    not null,
    category   text    not null check (category in ('new', 'indeterminate', 'done')),
    position   integer not null,
    unique (project_id, name)
);

-- from_status_id null means "from any status" (Jira's global transition).
create table transitions (
    id             bigserial primary key,
    project_id     bigint not null references projects (id) on delete cascade,
    name           text   not null,
    from_status_id bigint references statuses (id) on delete cascade,
    to_status_id   bigint not null references statuses (id) on delete cascade
);
create unique index transitions_edge on transitions (project_id, coalesce(from_status_id, 0), to_status_id);

create table issue_types (
    id         bigserial primary key,
    project_id bigint  not null references projects (id) on delete cascade,
    name       text    not null,
    level      integer not null, -- 1 epic, 0 standard, -1 sub-task
    position   integer not null,
    unique (project_id, name)
);

create table priorities (
    id         bigserial primary key,
    project_id bigint  not null references projects (id) on delete cascade,
    name       text    not null,
    position   integer not null,
    is_default boolean not null default false,
    unique (project_id, name)
);

create table resolutions (
    id         bigserial primary key,
    project_id bigint  not null references projects (id) on delete cascade,
    name       text    not null,
    position   integer not null,
    unique (project_id, name)
);

create table components (
    id          bigserial primary key,
    project_id  bigint not null references projects (id) on delete cascade,
    name        text   not null,
    description text,
    unique (project_id, name)
);

create table versions (
    id           bigserial primary key,
    project_id   bigint  not null references projects (id) on delete cascade,
    name         text    not null,
    description  text,
    released     boolean not null default false,
    release_date date,
    unique (project_id, name)
);
