-- The participants facilitation knows, by the reference partners gave them (fed by ParticipantEnrolled).
create table known_participant (
    participant_id uuid primary key,
    reference      varchar(30) not null unique
);

-- A participant placed on a clause with an employer, and the eligibility decision taken at its start.
create table placement (
    id                      uuid primary key,
    participant_id          uuid         not null,
    participant_reference   varchar(30)  not null,
    employer_siret          char(14)     not null check (employer_siret ~ '^[0-9]{14}$'),
    employer_name           varchar(300) not null,
    modality                varchar(30)  not null check (modality in ('DIRECT_HIRE', 'PROVISION', 'SIAE_SUBCONTRACTING',
                                                                     'SIAE_OWN_WORKFORCE')),
    contract_type           varchar(30),
    start_date              date         not null,
    end_date                date,
    eligible_at_start       boolean      not null,
    exception_justification varchar(2000),
    validated_by            varchar(100) not null,
    validated_at            timestamptz  not null,
    version                 bigint       not null,
    constraint placement_dates check (end_date is null or end_date >= start_date),
    -- a participant who was not eligible is placed only with a written justification
    constraint placement_eligible_or_justified check (eligible_at_start or exception_justification is not null)
);
create index placement_participant on placement (participant_id);

-- The criteria met when the placement started: the snapshot that keeps the decision auditable.
create table placement_criterion (
    placement_id uuid        not null references placement (id) on delete cascade,
    position     int         not null,
    code         varchar(40) not null,
    level        int         not null,
    proof_date   date        not null,
    valid_until  date        not null,
    primary key (placement_id, position)
);

-- Globalisation: the placement's hours shared across clauses; the shares sum to 100 %.
create table placement_share (
    placement_id uuid         not null references placement (id) on delete cascade,
    position     int          not null,
    clause_id    uuid         not null,
    percent      numeric(5, 2) not null check (percent > 0 and percent <= 100),
    primary key (placement_id, position)
);
create index placement_share_clause on placement_share (clause_id);

-- A monthly statement an employer sent: received, checked, then validated by a facilitator.
create table statement (
    id           uuid primary key,
    file_name    varchar(300) not null,
    received_at  timestamptz  not null,
    received_by  varchar(100) not null,
    state        varchar(10)  not null check (state in ('RECEIVED', 'CHECKED', 'VALIDATED')),
    checked_by   varchar(100),
    checked_at   timestamptz,
    validated_by varchar(100),
    validated_at timestamptz,
    lines        int          not null,
    version      bigint       not null
);

-- The ledger: hours worked per placement and month. Hours from a statement count once it is validated;
-- hours a facilitator enters by hand count at once.
create table hours_entry (
    placement_id uuid          not null references placement (id),
    month        date          not null check (extract(day from month) = 1),
    hours        numeric(6, 2) not null check (hours >= 0),
    statement_id uuid references statement (id),
    entered_by   varchar(100)  not null,
    primary key (placement_id, month)
);
create index hours_entry_statement on hours_entry (statement_id);
