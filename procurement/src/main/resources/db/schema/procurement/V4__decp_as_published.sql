-- DECP files kept as the State publishes them (decision 0024): every awardee of a contract (the holder of each lot,
-- its co-contractors, the subcontractors the file declares), what our register cannot confirm of them ("awardee to
-- check"), the contract's modifications (amount, duration) as its history, and what tells one published version
-- of a contract from the next.
alter table contract
    add column awardee_to_check  boolean not null default false,
    add column decp_fingerprint  char(64), -- SHA-256 of the marché as read: the same file again changes nothing
    add column decp_published_on date;     -- datePublicationDonnees: an older version never replaces a newer one
create index contract_awardee_to_check on contract (awardee_to_check) where awardee_to_check;

create table contract_awardee (
    contract_id     uuid         not null references contract (id) on delete cascade,
    position        int          not null,
    lot_number      int          not null check (lot_number >= 1),
    role            varchar(20)  not null check (role in ('HOLDER', 'CO_CONTRACTOR', 'SUBCONTRACTOR')),
    id_type         varchar(20)  not null, -- SIRET, TVA, HORS-UE, SIREN…
    identifier      varchar(50)  not null,
    name            varchar(300),
    structure_id    uuid, -- a structure of partners, by id only: no foreign key across schemas
    amount_excl_tax numeric(15, 2) check (amount_excl_tax >= 0), -- a subcontract's amount
    to_check        varchar(60), -- the message key of what the register cannot confirm, null when confirmed
    primary key (contract_id, position)
);
create index contract_awardee_structure on contract_awardee (structure_id);

create table contract_modification (
    contract_id     uuid not null references contract (id) on delete cascade,
    position        int  not null,
    decp_id         varchar(50),
    notified_on     date,
    published_on    date,
    amount_excl_tax numeric(15, 2) check (amount_excl_tax >= 0),
    duration_months int check (duration_months >= 1),
    primary key (contract_id, position)
);

-- The CPV families each trade covers (prefixes of the 8-digit code, separated by spaces): the recommender finds the
-- labour share of a planned purchase from its CPV code.
alter table trade add column cpv_prefixes varchar(300) not null default '';
update trade set cpv_prefixes = case code
    when 'PAINTING' then '45442 45441'
    when 'CLEANING' then '9091 9092 9061'
    when 'GREEN_SPACES' then '7731 7721 45112710 7734'
    when 'ELECTRICITY' then '4531'
    when 'MASONRY' then '45262 45223 45211 45212 45213 45214 45215 45216'
    when 'ROOFING' then '45261'
    when 'PLUMBING' then '4533'
    when 'CARPENTRY' then '45421 45422'
    when 'DEMOLITION' then '45111 45262660'
    when 'ROAD_WORKS' then '45233 45232'
    when 'STEEL_FRAMING' then '45223100 45223200 45262400'
    else '' end;
