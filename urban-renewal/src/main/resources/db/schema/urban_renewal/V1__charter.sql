-- Pillar 3: the local insertion charter of the urban-renewal projects (PRUS).

-- A project (PRUS Université, PRUS Petit Nanterre) and the charter rate its operations inherit.
create table project (
    id                   uuid primary key,
    name                 varchar(200)  not null unique,
    qpvs                 varchar(500)  not null, -- the QPV(s) it covers, as users write them
    start_date           date          not null,
    end_date             date,
    project_lead         varchar(200),
    charter_rate_percent numeric(5, 2) not null check (charter_rate_percent > 0 and charter_rate_percent <= 100),
    search_key           varchar(800)  not null, -- lower case, no accents: see SearchKey
    version              bigint        not null,
    constraint project_dates check (end_date is null or end_date >= start_date)
);

-- An operation (worksite) of a project, by project owner, with its own rate when one was set (and by whom, why).
create table operation (
    id                    uuid primary key,
    project_id            uuid          not null references project (id),
    name                  varchar(300)  not null,
    owner_kind            varchar(20)   not null check (owner_kind in ('CITY', 'SOCIAL_LANDLORD', 'DEVELOPER', 'OTHER')),
    owner_name            varchar(200)  not null,
    category              varchar(20)   not null check (category in ('WORKS', 'LOCAL_MANAGEMENT', 'ENGINEERING')),
    start_date            date          not null,
    end_date              date          not null,
    rate_override_percent numeric(5, 2) check (rate_override_percent > 0 and rate_override_percent <= 100),
    rate_override_by      varchar(100),
    rate_override_at      timestamptz,
    rate_override_reason  varchar(1000),
    search_key            varchar(800)  not null,
    version               bigint        not null,
    constraint operation_dates check (end_date >= start_date),
    constraint operation_override_complete check ((rate_override_percent is null) = (rate_override_by is null)
        and (rate_override_percent is null) = (rate_override_at is null)
        and (rate_override_percent is null) = (rate_override_reason is null))
);
create index operation_project on operation (project_id, owner_name);
create index operation_search_key on operation (search_key);

-- The lots (of procurement, by id: no foreign key across schemas) that carry out an operation. A lot carries out
-- one operation at most, so that its hours are never counted twice.
create table linked_lot (
    operation_id      uuid not null references operation (id) on delete cascade,
    position          int  not null,
    lot_id            uuid not null unique,
    manual_work_hours int check (manual_work_hours >= 0), -- where the lot's clause gives no calculator inputs
    primary key (operation_id, position)
);

-- What procurement said of each linked lot (its API when the lot was linked, then ContractAwarded and
-- ContractClosed): a read model, no foreign key.
create table procured_lot (
    lot_id               uuid primary key,
    contract_id          uuid          not null,
    contract_reference   varchar(100)  not null,
    buyer                varchar(200)  not null,
    lot_number           int           not null,
    lot_title            varchar(500)  not null,
    amount_excl_tax      numeric(15, 2) not null,
    clause_id            uuid,
    clause_target_hours  int           not null,
    estimated_work_hours int,
    notified_on          date,
    duration_months      int           not null,
    closed_on            date
);
create index procured_lot_contract on procured_lot (contract_id);
create index procured_lot_clause on procured_lot (clause_id);

-- The hours facilitation counted on every clause, by placement and year, with the placement's profile at its start
-- (fed by ClauseWorkCounted; kept for every clause, so that a lot linked later shows its hours at once).
create table clause_work (
    clause_id      uuid          not null,
    placement_id   uuid          not null,
    participant_id uuid          not null,
    year           int           not null,
    residence      varchar(20) check (residence in ('NANTERRE_QPV', 'NANTERRE', 'ELSEWHERE')),
    sex            varchar(20),
    age_band       varchar(20),
    hours          numeric(12, 2) not null,
    primary key (clause_id, placement_id, year)
);

-- When each clause's breakdown was counted: an older count, or the same one delivered again, changes nothing.
create table clause_work_count (
    clause_id  uuid primary key,
    counted_at timestamptz not null
);
