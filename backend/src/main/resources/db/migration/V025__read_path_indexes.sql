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

-- Lists order by the sort column and then the id (stable pages). Names sort in code-point order
-- (`collate ucs_basic`, what the bundled database's C.UTF-8 locale gives anyway): comparing bytes
-- instead of calling the C library's collation makes sorting a thousand matching rows for a deep
-- page several times cheaper, and the order no longer depends on the server's locale. With the
-- order's columns in an index, early pages are read in index order and stop after a page.
create index township_name_id_idx on township (name collate ucs_basic, id);
drop index township_name_idx;
