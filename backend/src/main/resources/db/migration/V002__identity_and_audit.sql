-- Users, browser sessions, API keys, login throttling and the append-only audit trail.

create table app_user (
  id                    bigint generated always as identity primary key,
  username              varchar(64)  not null,
  display_name          varchar(64)  not null,
  password_hash         varchar(256) not null,
  role                  varchar(24)  not null,
  district_id           bigint references district (id),
  township_id           bigint references township (id),
  enabled               boolean      not null default true,
  must_change_password  boolean      not null default true,
  failed_logins         int          not null default 0,
  locked                boolean      not null default false,
  password_changed_at   timestamptz  not null default now(),
  version               bigint       not null default 0,
  created_at            timestamptz  not null default now(),
  updated_at            timestamptz  not null default now(),
  constraint app_user_username_key unique (username),
  constraint app_user_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  constraint app_user_role_valid check (role in ('CITY_ADMIN', 'CITY_ASSESSOR', 'DISTRICT_ADMIN', 'TOWNSHIP_OPERATOR', 'VIEWER')),
  -- the scope follows the role: city roles see everything, district roles a district, township roles a township
  constraint app_user_scope_valid check (
    (role in ('CITY_ADMIN', 'CITY_ASSESSOR') and district_id is null and township_id is null)
    or (role = 'DISTRICT_ADMIN' and district_id is not null and township_id is null)
    or (role = 'TOWNSHIP_OPERATOR' and township_id is not null)
    or (role = 'VIEWER' and township_id is null))
);

-- Sessions live in the database so that any replica can serve any request.
create table user_session (
  id            bigint generated always as identity primary key,
  token_hash    varchar(64)  not null unique,
  csrf_token    varchar(64)  not null,
  user_id       bigint       not null references app_user (id) on delete cascade,
  created_at    timestamptz  not null default now(),
  last_seen_at  timestamptz  not null default now(),
  expires_at    timestamptz  not null,
  revoked_at    timestamptz,
  client_address varchar(64),
  user_agent    varchar(256)
);
create index user_session_user_idx on user_session (user_id);

create table api_key (
  id                     bigint generated always as identity primary key,
  name                   varchar(64)  not null,
  owner_system           varchar(128) not null,
  prefix                 varchar(16)  not null unique,
  secret_hash            varchar(64)  not null,
  previous_secret_hash   varchar(64),
  previous_valid_until   timestamptz,
  scopes                 varchar(64)  not null,
  district_id            bigint references district (id),
  expires_at             timestamptz,
  revoked_at             timestamptz,
  last_used_at           timestamptz,
  rate_limit_per_minute  int          not null default 600,
  created_by             bigint references app_user (id),
  version                bigint       not null default 0,
  created_at             timestamptz  not null default now(),
  updated_at             timestamptz  not null default now(),
  constraint api_key_name_key unique (name)
);

-- Fixed one-minute windows, shared by all replicas.
create table api_key_usage (
  api_key_id    bigint      not null references api_key (id) on delete cascade,
  window_start  timestamptz not null,
  requests      int         not null,
  primary key (api_key_id, window_start)
);

-- Failed sign-ins per client address, for throttling.
create table login_failure (
  client_address varchar(64) not null,
  at             timestamptz not null default now()
);
create index login_failure_address_idx on login_failure (client_address, at);

create table audit_event (
  id              bigint generated always as identity primary key,
  at              timestamptz  not null default now(),
  actor_type      varchar(16)  not null,
  actor_id        bigint,
  actor_name      varchar(128),
  actor_role      varchar(24),
  action          varchar(64)  not null,
  entity_type     varchar(64),
  entity_id       varchar(64),
  before          jsonb,
  after           jsonb,
  client_address  varchar(64),
  request_id      varchar(128),
  constraint audit_event_actor_type_valid check (actor_type in ('USER', 'API_KEY', 'ANONYMOUS', 'SYSTEM'))
);
create index audit_event_at_idx on audit_event (at desc, id desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_actor_idx on audit_event (actor_name);

-- The audit trail is append-only for everyone, the application's role included: refuse UPDATE,
-- DELETE and TRUNCATE in the database itself, not only in the code.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op using errcode = '42501';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
  for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_event_is_append_only();
