-- What the DECP open data say of a lot without the details: an execution clause announced with no hours target,
-- a social award criterion announced with no weight. The procurement department completes them afterwards.
alter table lot
    add column clause_announced    boolean not null default false,
    add column criterion_announced boolean not null default false;

-- The contracts grid with 50,000 contracts (DecpBenchmarkTest): pages sorted by reference read the index instead
-- of sorting the table, and a search for part of a reference, object or buyer ('%key%', see SearchKey) uses
-- trigrams instead of reading every row. pg_trgm is a trusted extension: the right to create the schemas suffices.
create index contract_reference on contract (reference);
create extension if not exists pg_trgm with schema public;
create index contract_search_key_trigrams on contract using gin (search_key public.gin_trgm_ops);
drop index contract_search_key;
