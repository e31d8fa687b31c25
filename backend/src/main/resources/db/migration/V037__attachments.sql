-- Attachments of evidence items. The content is stored once per SHA-256 (identical files share it);
-- an attachment is a named reference from an evidence item (nomination x indicator code) to it.
-- Nothing here is ever hard-deleted: a removed attachment keeps its row (removed_at) and content,
-- because earlier evidence revisions and the audit trail still point to it.

-- Every content the application has stored, in whichever store (fumin.attachments.store) was
-- configured when it was written.
create table attachment_content (
  sha256      char(64)     primary key,
  size_bytes  bigint       not null,
  store       varchar(16)  not null,
  created_at  timestamptz  not null,
  constraint attachment_content_sha256_hex check (sha256 ~ '^[0-9a-f]{64}$'),
  constraint attachment_content_size_positive check (size_bytes > 0),
  constraint attachment_content_store_known check (store in ('postgres', 's3'))
);

-- The PostgreSQL store: content in 1 MiB chunks, numbered from 0, so that a write streams chunk by
-- chunk, a range read fetches only the chunks it needs, and every replica reads the same rows.
-- (Large objects would need their own clean-up and are not replicated by logical replication.)
create table attachment_chunk (
  sha256  char(64)  not null,
  seq     integer   not null,
  data    bytea     not null,
  primary key (sha256, seq),
  constraint attachment_chunk_seq_non_negative check (seq >= 0)
);
-- Files such as PDF, JPEG, PNG and the ZIP-based office formats are compressed already: store the
-- chunks out of line without compressing them again, which also lets substring() read a range of a
-- chunk without fetching all of it.
alter table attachment_chunk alter column data set storage external;

create table attachment (
  id              bigint generated always as identity primary key,
  nomination_id   bigint        not null references nomination (id),
  indicator_code  varchar(16)   not null,
  file_name       varchar(200)  not null,
  content_type    varchar(128)  not null,
  size_bytes      bigint        not null,
  sha256          char(64)      not null references attachment_content (sha256),
  uploaded_at     timestamptz   not null,
  uploaded_by     varchar(64)   not null,
  removed_at      timestamptz,
  removed_by      varchar(64),
  version         bigint        not null default 0,
  constraint attachment_removed_together check ((removed_at is null) = (removed_by is null))
);
-- The current attachments of one item, in upload order.
create index attachment_item_idx on attachment (nomination_id, indicator_code, id) where removed_at is null;
create index attachment_sha256_idx on attachment (sha256);
