-- Evidence (佐证材料) per nomination and framework indicator: the item with its review state, the
-- revisions (one row per save, never changed or deleted) and the review events (submit, approve,
-- accept, return), which say which revision was submitted, approved or returned, by whom and why.

create table evidence_item (
  id                  bigint generated always as identity primary key,
  nomination_id       bigint        not null references nomination (id),
  indicator_code      varchar(8)    not null,
  kind                varchar(16)   not null,
  -- copied from the nomination (which never changes them) so the review queue filters and sorts
  -- on this table's own indexes
  round_id            bigint        not null references round (id),
  district_id         bigint        not null references district (id),
  township_id         bigint        not null references township (id),
  state               varchar(24)   not null default 'DRAFT',
  revision            int           not null default 0,
  -- the revision last submitted: what readers outside the township (API keys) may see
  submitted_revision  int,
  return_reason       varchar(1000),
  returned_by         varchar(16),
  saved_at            timestamptz,
  saved_by            varchar(64),
  submitted_at        timestamptz,
  reviewed_at         timestamptz,
  reviewed_by         varchar(64),
  version             bigint        not null default 0,
  created_at          timestamptz   not null default now(),
  updated_at          timestamptz   not null default now(),
  constraint evidence_item_key unique (nomination_id, indicator_code),
  constraint evidence_item_kind_valid check (kind in ('STANDARD', 'BONUS')),
  constraint evidence_item_state_valid check (state in ('DRAFT', 'SUBMITTED', 'DISTRICT_APPROVED', 'ACCEPTED', 'RETURNED')),
  constraint evidence_item_returned_by_valid check (returned_by in ('DISTRICT', 'CITY')),
  constraint evidence_item_revision_valid check (revision >= 0 and (submitted_revision is null or submitted_revision <= revision))
);

create table evidence_revision (
  id               bigint generated always as identity primary key,
  item_id          bigint         not null references evidence_item (id),
  revision         int            not null,
  self_assessment  varchar(16),
  statement        varchar(500),
  narrative        text,
  -- [{"metricId": 1, "value": "95.5"}]: values as decimal strings, exactly as checked
  metric_values    jsonb          not null default '[]',
  -- {"entries": [BonusEntry...]} for bonus items, null for standard indicators
  bonus            jsonb,
  saved_at         timestamptz    not null,
  saved_by         varchar(64)    not null,
  constraint evidence_revision_key unique (item_id, revision),
  constraint evidence_revision_self_assessment_valid check (self_assessment in ('MET', 'PARTLY_MET', 'NOT_MET'))
);

create table evidence_review (
  id        bigint generated always as identity primary key,
  item_id   bigint         not null references evidence_item (id),
  revision  int            not null,
  action    varchar(16)    not null,
  state     varchar(24)    not null,
  actor     varchar(64)    not null,
  reason    varchar(1000),
  at        timestamptz    not null,
  constraint evidence_review_action_valid check (action in ('SUBMIT', 'APPROVE', 'ACCEPT', 'RETURN'))
);
create index evidence_review_item_idx on evidence_review (item_id, revision, id);
