-- The city's ranking of a round's provincial candidates (省级基地推荐): computed by the documented
-- order until the city moves a candidate; from then on the persisted positions count. Confirmed
-- once, before the provincial selection deadline.

create table provincial_ranking (
  id            bigint generated always as identity primary key,
  round_id      bigint        not null unique references round (id),
  confirmed_at  timestamptz,
  confirmed_by  varchar(64),
  version       bigint        not null default 0,
  created_at    timestamptz   not null default now(),
  updated_at    timestamptz   not null default now()
);

create table provincial_ranking_entry (
  id             bigint generated always as identity primary key,
  ranking_id     bigint         not null references provincial_ranking (id),
  nomination_id  bigint         not null references nomination (id),
  position       int            not null,
  justification  varchar(1000),
  moved_by       varchar(64),
  moved_at       timestamptz,
  constraint provincial_ranking_entry_key unique (ranking_id, nomination_id),
  constraint provincial_ranking_entry_position_valid check (position >= 1)
);
