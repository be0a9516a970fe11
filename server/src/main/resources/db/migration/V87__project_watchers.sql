-- People who watch a whole project: told of every issue created in it while they may browse it. Kept by the project's
-- key, as the outbox and notifications name projects (a project's key never changes).
create table project_watchers (
    project_key text        not null references projects (key) on delete cascade,
    user_id     bigint      not null references users (id) on delete cascade,
    created_at  timestamptz not null default now(),
    primary key (project_key, user_id)
);

create index project_watchers_by_user on project_watchers (user_id);
