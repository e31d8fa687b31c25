-- Organisation units: county-level units and functional zones, and their townships.

create table district (
  id          bigint generated always as identity primary key,
  code        varchar(6)  not null,
  name        varchar(64) not null,
  kind        varchar(20) not null,
  version     bigint      not null default 0,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  constraint district_code_key unique (code),
  constraint district_name_key unique (name),
  constraint district_code_format check (code ~ '^[0-9]{6}$'),
  constraint district_kind_valid check (kind in ('COUNTY_LEVEL', 'FUNCTIONAL_ZONE'))
);

create table township (
  id          bigint generated always as identity primary key,
  code        varchar(12) not null,
  name        varchar(64) not null,
  district_id bigint      not null,
  version     bigint      not null default 0,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  constraint township_code_key unique (code),
  constraint township_district_name_key unique (district_id, name),
  constraint township_code_format check (code ~ '^([0-9]{9}|[0-9]{12})$'),
  constraint township_district_fkey foreign key (district_id) references district (id)
);

create index township_district_code_idx on township (district_id, code);
create index township_name_idx on township (name);

-- Yangzhou's county-level units and functional zones (public facts; the plan's quotas: 2 and 1).
-- Functional zones have no national division code; 32107x are the city's statistical codes.
insert into district (code, name, kind) values
  ('321002', '广陵区', 'COUNTY_LEVEL'),
  ('321003', '邗江区', 'COUNTY_LEVEL'),
  ('321012', '江都区', 'COUNTY_LEVEL'),
  ('321023', '宝应县', 'COUNTY_LEVEL'),
  ('321081', '仪征市', 'COUNTY_LEVEL'),
  ('321084', '高邮市', 'COUNTY_LEVEL'),
  ('321071', '扬州经济技术开发区', 'FUNCTIONAL_ZONE'),
  ('321072', '扬州市生态科技新城', 'FUNCTIONAL_ZONE'),
  ('321073', '蜀冈—瘦西湖风景名胜区', 'FUNCTIONAL_ZONE');

-- Replays of creates sent with an Idempotency-Key: the first answer, kept for a day.
create table idempotency_record (
  idempotency_key varchar(128) not null,
  operation       varchar(128) not null,
  request_hash    varchar(64)  not null,
  status          int          not null,
  location        varchar(2048),
  etag            varchar(64),
  body            text         not null,
  created_at      timestamptz  not null default now(),
  primary key (operation, idempotency_key)
);
create index idempotency_record_created_idx on idempotency_record (created_at);
