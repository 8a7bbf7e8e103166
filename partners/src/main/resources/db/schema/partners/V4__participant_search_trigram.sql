-- A search on part of a name is a like '%…%' on search_key, which no btree serves: without this index, a rare name
-- made PostgreSQL walk the whole table in name order (130 ms over 100,000 participants, ParticipantSearchBenchmark).
-- pg_trgm ships with PostgreSQL (contrib, in the embedded binaries too) and is a trusted extension: the database
-- owner may create it. It goes to public, like any shared extension, hence the qualified operator class.
create extension if not exists pg_trgm with schema public;

create index participant_search_key_trigram on participant using gin (search_key public.gin_trgm_ops);
