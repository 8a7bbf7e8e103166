-- The City's support to the structures: grants with their payments, and yearly objectives against results.
create table grant_agreement (
    id           uuid primary key,
    structure_id uuid           not null references structure (id),
    year         int            not null check (year between 2000 and 2100),
    purpose      varchar(300)   not null,
    amount       numeric(12, 2) not null check (amount > 0),
    conditions   varchar(2000),
    signed_on    date,
    version      bigint         not null
);
create index grant_agreement_structure on grant_agreement (structure_id, year);

create table grant_payment (
    grant_id uuid           not null references grant_agreement (id) on delete cascade,
    position int            not null,
    paid_on  date           not null,
    amount   numeric(12, 2) not null check (amount > 0),
    primary key (grant_id, position)
);

create table yearly_objectives (
    id                       uuid primary key,
    structure_id             uuid   not null references structure (id),
    year                     int    not null check (year between 2000 and 2100),
    objective_hires          int    not null check (objective_hires >= 0),
    objective_hours          int    not null check (objective_hours >= 0),
    objective_durable_exits  int    not null check (objective_durable_exits >= 0),
    result_hires             int check (result_hires >= 0),
    result_hours             int check (result_hours >= 0),
    result_durable_exits     int check (result_durable_exits >= 0),
    results_reported_on      date,
    version                  bigint not null,
    constraint yearly_objectives_one_per_year unique (structure_id, year)
);
