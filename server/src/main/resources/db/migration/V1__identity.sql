create table users (
    id            bigserial primary key,
    email         text        not null,
    display_name  text        not null,
    password_hash text        not null,
    site_admin    boolean     not null default false,
    active        boolean     not null default true,
    created_at    timestamptz not null default now()
);
create unique index users_email_key on users (lower(email));

create table api_tokens (
    id           bigserial primary key,
    user_id      bigint      not null references users (id) on delete cascade,
    name         text        not null,
    token_hash   bytea       not null unique,
    token_prefix text        not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_tokens_user on api_tokens (user_id);
