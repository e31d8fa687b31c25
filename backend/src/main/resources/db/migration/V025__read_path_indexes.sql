-- Indexes for the read path: the lists' text filter and their sort orders.

-- `q` looks for a part of a name or code (`lower(name) like '%q%' or code like '%q%'`); trigram
-- indexes answer that without reading the table once the text has three characters or more.
-- Shorter texts (one or two Chinese characters are common) have no trigram to look up: those lists
-- walk the sort index below and filter, which stays cheap at a city's scale (thousands of rows).
create extension if not exists pg_trgm;

create index township_name_trgm_idx on township using gin (lower(name) gin_trgm_ops);
create index township_code_trgm_idx on township using gin (code gin_trgm_ops);
create index district_name_trgm_idx on district using gin (lower(name) gin_trgm_ops);
create index district_code_trgm_idx on district using gin (code gin_trgm_ops);

-- Lists order by the sort column and then the id (stable pages); with both in the index a page
-- is read in index order, so the last page costs about what the first does instead of a sort of
-- every matching row.
create index township_name_id_idx on township (name, id);
drop index township_name_idx;
-- A district's townships by name: the unique key (district_id, name) already has that order.
