-- Failed sign-ins and failed password confirmations: a key for the entity, and the account they were
-- against (when known), so that wrong current passwords of a signed-in user can be throttled per user.
alter table login_failure add column id bigint generated always as identity primary key;
alter table login_failure add column user_id bigint references app_user (id) on delete cascade;
create index login_failure_user_idx on login_failure (user_id, at);
