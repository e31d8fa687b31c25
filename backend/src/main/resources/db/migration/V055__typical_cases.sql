-- Typical cases (典型案例): good-practice write-ups a district reports to the city, which returns
-- them for supplement or publishes them. Nothing is deleted: a published case is withdrawn from
-- publication with a reason and stays.
create table typical_case (
  id                  bigint generated always as identity primary key,
  district_id         bigint        not null references district (id),
  township_id         bigint        not null references township (id),
  round_id            bigint        references round (id),
  -- the round's year, or the Asia/Shanghai year the case was written in without a round
  year                integer       not null,
  title               varchar(200)  not null,
  summary             varchar(1000) not null default '',
  body                text          not null default '',
  state               varchar(16)   not null default 'DRAFT',
  return_reason       varchar(1000),
  withdrawal_reason   varchar(1000),
  written_by          varchar(64)   not null,
  submitted_at        timestamptz,
  submitted_by        varchar(64),
  published_at        timestamptz,
  published_by        varchar(64),
  version             bigint        not null default 0,
  created_at          timestamptz   not null,
  updated_at          timestamptz   not null,
  constraint typical_case_state_known check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'WITHDRAWN')),
  constraint typical_case_year_range check (year between 2000 and 2100)
);
-- a district's cases, newest first; the city's queue by state; the public list of published cases
create index typical_case_district_idx on typical_case (district_id, id desc);
create index typical_case_state_idx on typical_case (state, id desc);
create index typical_case_published_idx on typical_case (published_at desc, id desc) where state = 'PUBLISHED';
