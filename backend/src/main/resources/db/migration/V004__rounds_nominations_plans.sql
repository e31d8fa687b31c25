-- Rounds (培育批次) with dated phases and quotas, nominations within quota, cultivation plans with
-- every revision kept, deadline reopenings per township, and in-app notifications.

create table round (
  id                     bigint generated always as identity primary key,
  year                   int          not null,
  name                   varchar(128) not null,
  framework_id           bigint       not null references framework (id),
  state                  varchar(16)  not null default 'DRAFT',
  quota_county_level     int          not null,
  quota_functional_zone  int          not null,
  version                bigint       not null default 0,
  created_at             timestamptz  not null default now(),
  updated_at             timestamptz  not null default now(),
  constraint round_year_key unique (year),
  constraint round_state_valid check (state in ('DRAFT', 'OPEN', 'ASSESSMENT', 'CLOSED')),
  constraint round_quotas_valid check (quota_county_level between 0 and 50 and quota_functional_zone between 0 and 50)
);
create index round_framework_idx on round (framework_id);

create table round_phase (
  round_id   bigint      not null references round (id) on delete cascade,
  phase      varchar(24) not null,
  starts_at  timestamptz not null,
  ends_at    timestamptz not null,
  primary key (round_id, phase),
  constraint round_phase_valid check (phase in ('DEPLOYMENT', 'IMPLEMENTATION', 'PROVINCIAL_SELECTION', 'ASSESSMENT', 'CLOSING')),
  constraint round_phase_order check (ends_at >= starts_at)
);

-- One row per district and round: the quota and the places used. Nominating increments `used`
-- only while it is below the quota; the row lock serialises parallel nominations and the check
-- holds even against a faulty caller.
create table round_district_slot (
  round_id     bigint  not null references round (id) on delete cascade,
  district_id  bigint  not null references district (id) on delete cascade,
  quota        int     not null,
  overridden   boolean not null default false,
  used         int     not null default 0,
  primary key (round_id, district_id),
  constraint round_district_slot_within_quota check (used >= 0 and used <= quota)
);
create index round_district_slot_district_idx on round_district_slot (district_id);

create table nomination (
  id                    bigint generated always as identity primary key,
  round_id              bigint       not null references round (id),
  township_id           bigint       not null references township (id),
  district_id           bigint       not null references district (id),
  state                 varchar(32)  not null default 'NOMINATED',
  provincial_candidate  boolean      not null default false,
  return_reason         varchar(1000),
  decision_reason       varchar(1000),
  version               bigint       not null default 0,
  created_at            timestamptz  not null default now(),
  updated_at            timestamptz  not null default now(),
  constraint nomination_state_valid check (state in ('NOMINATED', 'PLAN_SUBMITTED', 'IN_PROGRESS',
    'SUBMITTED_FOR_ASSESSMENT', 'NAMED', 'NOT_NAMED', 'WITHDRAWN'))
);
-- A township is nominated at most once per round (a withdrawn nomination does not count).
create unique index nomination_round_township_key on nomination (round_id, township_id) where state <> 'WITHDRAWN';
create index nomination_district_idx on nomination (round_id, district_id);
create index nomination_township_idx on nomination (township_id);

-- Every save of a plan is a new row; the newest revision is the plan.
create table plan_revision (
  id                  bigint generated always as identity primary key,
  nomination_id       bigint        not null references nomination (id) on delete cascade,
  revision            int           not null,
  content             text          not null,
  responsible_person  varchar(64)   not null,
  contact_phone       varchar(32)   not null,
  milestones          jsonb         not null,
  saved_by            varchar(64)   not null,
  saved_at            timestamptz   not null default now(),
  constraint plan_revision_key unique (nomination_id, revision)
);

create table deadline_reopening (
  id           bigint generated always as identity primary key,
  round_id     bigint        not null references round (id) on delete cascade,
  township_id  bigint        not null references township (id),
  phase        varchar(24)   not null,
  until        timestamptz   not null,
  reason       varchar(1000) not null,
  created_by   varchar(64)   not null,
  created_at   timestamptz   not null default now()
);
create index deadline_reopening_lookup_idx on deadline_reopening (round_id, township_id, phase);

create table notification (
  id             bigint generated always as identity primary key,
  user_id        bigint        not null references app_user (id) on delete cascade,
  kind           varchar(32)   not null,
  round_id       bigint        references round (id) on delete cascade,
  nomination_id  bigint        references nomination (id) on delete cascade,
  township_name  varchar(64),
  state          varchar(32),
  phase          varchar(24),
  deadline       timestamptz,
  days_left      int,
  reason         varchar(1000),
  -- the same reminder is never sent twice (e.g. "deadline:<round>:<township>:<phase>:<days>")
  dedupe_key     varchar(128),
  read_at        timestamptz,
  created_at     timestamptz   not null default now(),
  constraint notification_dedupe_key unique (user_id, dedupe_key)
);
create index notification_user_idx on notification (user_id, created_at desc);
create index notification_unread_idx on notification (user_id) where read_at is null;
