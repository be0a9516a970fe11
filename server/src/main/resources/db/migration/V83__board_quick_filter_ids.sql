-- A quick filter gets an id of its own, so that a board's address naming the ones chosen keeps meaning them when the
-- board's admins reorder or delete others, and an optional description, as in Jira.
alter table board_quick_filters drop constraint board_quick_filters_pkey;
alter table board_quick_filters add column id bigserial primary key;
alter table board_quick_filters add column description text;
create index board_quick_filters_board on board_quick_filters (board_id, position);
