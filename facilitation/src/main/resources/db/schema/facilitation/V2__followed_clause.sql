-- The clauses the facilitators follow, whoever the buyer: facilitation's copy of what procurement awarded,
-- fed by ContractAwarded and ContractClosed (no foreign key across schemas).
create table followed_clause (
    clause_id       uuid primary key,
    contract_id     uuid         not null,
    contract_reference varchar(100) not null,
    buyer           varchar(200) not null,
    lot_number      int          not null,
    lot_title       varchar(500) not null,
    awardee_siret   varchar(20)  not null,
    target_hours    int          not null check (target_hours >= 0),
    notified_on     date         not null,
    duration_months int          not null check (duration_months >= 1),
    closed_on       date
);
create index followed_clause_contract on followed_clause (contract_id);
