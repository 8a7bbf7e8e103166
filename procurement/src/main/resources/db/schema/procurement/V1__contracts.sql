-- Contracts (marchés) and their lots with their social considerations.
create table contract (
    id                   uuid primary key,
    reference            varchar(100)   not null,
    object               varchar(1000)  not null,
    buyer                varchar(200)   not null,
    buyer_id             varchar(50),
    procedure            varchar(40)    not null,
    cpv_code             char(8) check (cpv_code ~ '^[0-9]{8}$'),
    ccag                 varchar(40)    not null,
    amount_excl_tax      numeric(15, 2) not null check (amount_excl_tax >= 0),
    duration_months      int            not null check (duration_months >= 1),
    planned_notification date,
    notified_on          date,
    closed_on            date,
    status               varchar(10)    not null check (status in ('PLANNED', 'AWARDED', 'CLOSED')),
    search_key           varchar(1400)  not null, -- lower case, no accents: see SearchKey
    version              bigint         not null,
    constraint contract_reference_per_buyer unique (buyer, reference),
    constraint contract_awarded_is_notified check (status = 'PLANNED' or notified_on is not null),
    constraint contract_closed_after_notified check (closed_on is null or closed_on >= notified_on)
);
create index contract_search_key on contract (search_key);
create index contract_status on contract (status, planned_notification);

create table lot (
    contract_id                        uuid           not null references contract (id) on delete cascade,
    position                           int            not null,
    id                                 uuid           not null unique,
    number                             int            not null check (number >= 1),
    title                              varchar(500)   not null,
    amount_excl_tax                    numeric(15, 2) not null check (amount_excl_tax >= 0),
    awardee_siret                      varchar(20),
    awardee_name                       varchar(300),
    awardee_structure_id               uuid, -- a structure of partners, by id only: no foreign key across schemas
    reservation                        varchar(10)    not null check (reservation in ('NONE', 'SIAE', 'EA_ESAT')),
    insertion_contract                 boolean        not null,
    clause_id                          uuid unique,
    clause_method                      varchar(30),
    clause_amount_excl_tax             numeric(15, 2),
    clause_labour_share_percent        numeric(5, 2) check (clause_labour_share_percent > 0 and clause_labour_share_percent <= 100),
    clause_hourly_cost                 numeric(8, 2) check (clause_hourly_cost > 0),
    clause_rate_percent                numeric(5, 2) check (clause_rate_percent > 0 and clause_rate_percent <= 100),
    clause_fixed_hours                 int check (clause_fixed_hours >= 0),
    clause_estimated_total_hours       int check (clause_estimated_total_hours > 0),
    clause_target_hours                int check (clause_target_hours >= 0),
    clause_penalty_per_hour            numeric(8, 2) check (clause_penalty_per_hour >= 0),
    clause_trade_code                  varchar(40),
    criterion_weight_percent           numeric(5, 2) check (criterion_weight_percent > 0 and criterion_weight_percent <= 100),
    criterion_commitment               varchar(2000),
    primary key (contract_id, position),
    constraint lot_number_unique unique (contract_id, number),
    constraint lot_clause_complete check ((clause_id is null) = (clause_method is null)
        and (clause_id is null) = (clause_target_hours is null) and (clause_id is null) = (clause_penalty_per_hour is null))
);
create index lot_awardee_siret on lot (awardee_siret);

-- The trades and the share of labour in their amounts, for the amount-based target (editable by users).
create table trade (
    code                 varchar(40) primary key,
    label_fr             varchar(200) not null,
    label_en             varchar(200) not null,
    labour_share_percent numeric(5, 2) not null check (labour_share_percent > 0 and labour_share_percent <= 100),
    version              bigint not null
);
insert into trade (code, label_fr, label_en, labour_share_percent, version) values
    ('PAINTING', 'Peinture', 'Painting', 70, 0),
    ('CLEANING', 'Nettoyage, propreté', 'Cleaning', 80, 0),
    ('GREEN_SPACES', 'Espaces verts', 'Green spaces', 65, 0),
    ('ELECTRICITY', 'Électricité', 'Electrical work', 55, 0),
    ('MASONRY', 'Maçonnerie, gros œuvre', 'Masonry, structural work', 50, 0),
    ('ROOFING', 'Couverture, étanchéité', 'Roofing, waterproofing', 50, 0),
    ('PLUMBING', 'Plomberie, chauffage', 'Plumbing, heating', 45, 0),
    ('CARPENTRY', 'Menuiserie', 'Carpentry', 45, 0),
    ('DEMOLITION', 'Démolition, désamiantage', 'Demolition, asbestos removal', 40, 0),
    ('ROAD_WORKS', 'Voirie, réseaux divers', 'Roads and utilities', 35, 0),
    ('STEEL_FRAMING', 'Charpente métallique', 'Steel framing', 20, 0);

-- What facilitation reports of each clause's progress (fed by ClauseProgressed): a read model, no foreign key.
create table clause_progress (
    clause_id      uuid primary key,
    as_of          date           not null,
    realised_hours numeric(12, 2) not null check (realised_hours >= 0),
    people         int            not null check (people >= 0)
);
create table clause_progress_modality (
    clause_id uuid           not null references clause_progress (clause_id) on delete cascade,
    modality  varchar(30)    not null,
    hours     numeric(12, 2) not null,
    primary key (clause_id, modality)
);
