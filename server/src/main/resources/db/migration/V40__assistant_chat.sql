-- The assistant's conversations, private to the user who holds them.
create table assistant_conversations (
    id          bigserial primary key,
    user_id     bigint      not null references users (id) on delete cascade,
    title       text        not null,
    project_key text,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index assistant_conversations_user on assistant_conversations (user_id, updated_at desc);

-- A question (role 'user') or an answer (role 'assistant'). An answer records which provider, model and version
-- wrote it, the issues it cites, the tool calls it made (what it tried) and the project it was about.
create table assistant_messages (
    id              bigserial primary key,
    conversation_id bigint      not null references assistant_conversations (id) on delete cascade,
    role            text        not null check (role in ('user', 'assistant')),
    text            text        not null,
    citations       text[]      not null default '{}',
    provider        text,
    model           text,
    model_version   text,
    intent          text,
    tools           jsonb,
    project_key     text,
    note            text,
    created_at      timestamptz not null default now()
);
create index assistant_messages_conversation on assistant_messages (conversation_id, id);

-- Thumbs up (1) or down (-1) on an answer, with an optional comment; one per answer, the latest wins.
create table assistant_feedback (
    message_id bigint      primary key references assistant_messages (id) on delete cascade,
    user_id    bigint      not null references users (id) on delete cascade,
    rating     smallint    not null check (rating in (-1, 1)),
    comment    text,
    created_at timestamptz not null default now()
);
