-- A second module of the dump tests: values that are hard to round-trip, and a big table.
create table note (
    id   int primary key,
    body text,
    raw  bytea,
    tags text[],
    at   timestamptz,
    doc  jsonb
);

create table reading (
    id    int primary key,
    value text not null
);
