-- Attachments hang on an evidence item (nomination x indicator code) or on a typical case, never
-- on both: the same store, content rows and removal rules serve both.
alter table attachment alter column nomination_id drop not null;
alter table attachment alter column indicator_code drop not null;
alter table attachment add column case_id bigint references typical_case (id);
alter table attachment add constraint attachment_one_holder check (
  (case_id is null and nomination_id is not null and indicator_code is not null)
  or (case_id is not null and nomination_id is null and indicator_code is null));
-- The current attachments of one case, in upload order.
create index attachment_case_idx on attachment (case_id, id) where case_id is not null and removed_at is null;

-- Notifications about a typical case name it.
alter table notification add column case_id bigint references typical_case (id) on delete cascade;
alter table notification add column case_title varchar(200);
