-- What the DECP open data say of a lot without the details: an execution clause announced with no hours target,
-- a social award criterion announced with no weight. The procurement department completes them afterwards.
alter table lot
    add column clause_announced    boolean not null default false,
    add column criterion_announced boolean not null default false;
