-- Participants: the people followed in insertion pathways, their eligibility criteria, their pathways, and the
-- audit log of every read and change of their files (personal data, see docs/decisions/0010).

-- Reference data: the eligible publics of DESIGN.md §2. A proof is valid for validity_days days counting the day
-- it was checked (a 92-day proof checked on 10 January is valid until 11 April); see docs/decisions/0009.
create table eligibility_criterion (
    code          varchar(40)  primary key,
    level         smallint     not null check (level in (1, 2)),
    label_fr      varchar(200) not null,
    label_en      varchar(200) not null,
    proof_fr      varchar(300) not null,
    proof_en      varchar(300) not null,
    validity_days integer      not null check (validity_days > 0),
    display_order smallint     not null unique
);

insert into eligibility_criterion (code, level, label_fr, label_en, proof_fr, proof_en, validity_days, display_order) values
-- Level 1: one valid criterion is enough.
-- Benefits are re-examined every quarter: a CAF/MSA certificate is taken as valid for 3 months (92 days).
('RSA', 1, 'Bénéficiaire du RSA', 'RSA recipient',
 'Attestation de droits CAF ou MSA', 'CAF or MSA entitlement certificate', 92, 10),
-- ASS is paid month by month by France Travail: a payment notice is valid for 3 months.
('ASS', 1, 'Bénéficiaire de l''ASS (allocation de solidarité spécifique)', 'ASS recipient (specific solidarity allowance)',
 'Avis de paiement ou attestation France Travail', 'France Travail payment notice or certificate', 92, 20),
-- AAH is granted for 1 to 20 years by the CDAPH; the decision or a CAF certificate is re-checked every year.
('AAH', 1, 'Bénéficiaire de l''AAH (allocation aux adultes handicapés)', 'AAH recipient (disabled adult allowance)',
 'Notification de la CDAPH ou attestation de paiement CAF', 'CDAPH decision or CAF payment certificate', 365, 30),
-- Registration history changes every month: an extract is valid for 3 months.
('JOB_SEEKER_24_MONTHS', 1, 'Demandeur d''emploi inscrit depuis 24 mois ou plus', 'Job seeker registered for 24 months or more',
 'Historique d''inscription France Travail', 'France Travail registration history', 92, 40),
-- Level 2: insertion.eligibility.level-two-criteria-required of them (2 by default) are needed.
-- After 3 months a 12-24 month job seeker may have become a level-1 case: re-check.
('JOB_SEEKER_12_24_MONTHS', 2, 'Demandeur d''emploi inscrit depuis 12 à 24 mois', 'Job seeker registered for 12 to 24 months',
 'Historique d''inscription France Travail', 'France Travail registration history', 92, 50),
-- Qualification and age change slowly: one year.
('UNDER_26_NO_QUALIFICATION', 2, 'Jeune de moins de 26 ans sans qualification', 'Under 26 without qualification',
 'Pièce d''identité et attestation Mission locale du niveau de formation', 'Identity document and Mission locale certificate of education level', 365, 60),
-- Age only increases: the identity document is re-checked every ten years.
('OVER_50', 2, 'Personne de plus de 50 ans', 'Over 50',
 'Pièce d''identité', 'Identity document', 3653, 70),
-- RQTH decisions are usually granted for 5 years (1 to 10): 5 years, 1826 days.
('RQTH', 2, 'Travailleur handicapé (RQTH)', 'Recognised disabled worker (RQTH)',
 'Notification de RQTH de la CDAPH', 'CDAPH decision recognising the disabled worker status', 1826, 80),
-- A proof of address is accepted when less than 3 months old.
('QPV_RESIDENT', 2, 'Résident d''un quartier prioritaire de la ville (QPV)', 'Resident of a priority urban neighbourhood (QPV)',
 'Justificatif de domicile, adresse vérifiée sur le géoréférenceur QPV', 'Proof of address, checked against the QPV map', 92, 90),
-- Family situation certificates are yearly.
('SINGLE_PARENT', 2, 'Parent isolé', 'Single parent',
 'Attestation CAF de situation familiale', 'CAF certificate of family situation', 365, 100),
-- Asylum seekers' certificates are renewed every 6 to 10 months: 6 months.
('REFUGEE_OR_ASYLUM_SEEKER', 2, 'Réfugié ou demandeur d''asile', 'Refugee or asylum seeker',
 'Titre de séjour, récépissé ou attestation de demande d''asile', 'Residence permit, receipt or asylum application certificate', 183, 110),
-- Release papers or a probation service certificate: one year.
('PRISON_OR_COURT_SUPERVISION', 2, 'Sortant de prison ou placé sous main de justice', 'Leaving prison or under court supervision',
 'Billet de sortie ou attestation du SPIP', 'Release certificate or probation service (SPIP) certificate', 365, 120),
-- Housing situations change fast: 3 months.
('HOMELESS_OR_SHELTERED', 2, 'Sans domicile ou hébergé', 'Homeless or sheltered',
 'Attestation d''hébergement ou de domiciliation', 'Shelter or postal domiciliation certificate', 92, 130),
-- A language positioning test is valid for one year.
('FRENCH_BELOW_A1', 2, 'Maîtrise du français inférieure au niveau A1', 'French below level A1',
 'Résultat d''un test de positionnement linguistique', 'Result of a language positioning test', 365, 140),
-- The referent's assessment is renewed every year.
('MOBILITY_PROBLEM', 2, 'Difficultés de mobilité', 'Mobility problem',
 'Évaluation motivée du référent', 'Referent''s written assessment', 365, 150),
-- Young people leaving child welfare are supported up to 3 years after the end of care.
('LEAVING_CHILD_WELFARE', 2, 'Jeune sortant de l''aide sociale à l''enfance (ASE)', 'Young person leaving child welfare (ASE)',
 'Attestation de fin de prise en charge par l''ASE', 'Certificate of the end of child welfare care', 1095, 160);

-- Pseudonymous references P-<year>-<number>: the number never repeats, whatever the year.
create sequence participant_reference;

create table participant (
    id                     uuid         primary key,
    reference              varchar(20)  not null unique check (reference ~ '^P-[0-9]{4}-[0-9]{6,}$'),
    last_name              varchar(100) not null check (length(btrim(last_name)) > 0),
    first_name             varchar(100) not null check (length(btrim(first_name)) > 0),
    birth_date             date         not null,
    sex                    varchar(20)  not null check (sex in ('FEMALE', 'MALE', 'OTHER_OR_UNKNOWN')),
    address                varchar(200),
    postal_code            char(5)      check (postal_code ~ '^[0-9]{5}$'),
    commune                varchar(100) not null,
    insee_code             char(5)      not null check (insee_code ~ '^[0-9][0-9AB][0-9]{3}$'),
    qpv_resident           boolean      not null,
    nanterre_resident      boolean      not null,
    referent               varchar(100),
    referring_organisation varchar(20)  not null check (referring_organisation in ('PLIE', 'MISSION_LOCALE',
                                              'FRANCE_TRAVAIL', 'CAP_EMPLOI', 'SIAE', 'DEPARTEMENT', 'CCAS', 'OTHER')),
    search_key             varchar(201) not null, -- last and first name, lower case, no accents: see SearchKey
    enrolled_on            date         not null,
    anonymised_on          date,
    version                bigint       not null
);

-- Sorting by name is sorting by search key (accents do not push "Émile" after "Zoé").
create index participant_search_key on participant (search_key);

create table participant_criterion (
    id             uuid         primary key,
    participant_id uuid         not null references participant (id),
    criterion_code varchar(40)  not null references eligibility_criterion (code),
    proof_checked  varchar(300), -- what was checked; erased on anonymisation
    proof_date     date         not null,
    valid_until    date         not null,
    recorded_by    varchar(100) not null,
    recorded_at    timestamptz  not null,
    check (valid_until >= proof_date)
);
create index participant_criterion_participant on participant_criterion (participant_id);

create table pathway (
    id             uuid        primary key,
    participant_id uuid        not null references participant (id),
    entry_date     date        not null,
    structure_id   uuid        references structure (id),
    exit_date      date,
    exit_outcome   varchar(40) check (exit_outcome in ('CDI', 'CDD_6_MONTHS_OR_MORE', 'TEMPORARY_WORK_6_MONTHS_OR_MORE',
                                                    'BUSINESS_CREATION', 'CDD_UNDER_6_MONTHS',
                                                    'TEMPORARY_WORK_UNDER_6_MONTHS', 'SUBSIDISED_CONTRACT',
                                                    'QUALIFYING_TRAINING', 'SIAE_HIRE', 'MOVED_AWAY', 'DROPPED_OUT',
                                                    'OTHER')),
    exit_category  varchar(20) check (exit_category in ('DURABLE_JOB', 'TRANSITION_JOB', 'POSITIVE_EXIT', 'OTHER')),
    version        bigint      not null,
    -- an exit has its date, its outcome and the outcome's category, or none of them
    check ((exit_date is null) = (exit_outcome is null) and (exit_outcome is null) = (exit_category is null)),
    check (exit_date >= entry_date)
);
create index pathway_participant on pathway (participant_id);
-- one pathway at a time
create unique index pathway_one_open_per_participant on pathway (participant_id) where exit_date is null;

create table pathway_step (
    id         uuid        primary key,
    pathway_id uuid        not null references pathway (id),
    type       varchar(20) not null check (type in ('TRAINING', 'CLAUSE_WORK', 'SIAE_CONTRACT', 'JOB', 'OTHER')),
    start_date date        not null,
    end_date   date,
    note       varchar(500),
    check (end_date >= start_date)
);
create index pathway_step_pathway on pathway_step (pathway_id);

-- The history of a pathway: appended on every change, never updated.
create table pathway_change (
    id         bigint generated always as identity primary key,
    pathway_id uuid         not null references pathway (id),
    changed_at timestamptz  not null,
    changed_by varchar(100) not null,
    kind       varchar(20)  not null check (kind in ('OPENED', 'STEP_ADDED', 'STEP_CHANGED', 'STEP_REMOVED', 'EXITED')),
    step_type  varchar(20),
    date_from  date,
    date_to    date,
    outcome    varchar(40)
);
create index pathway_change_pathway on pathway_change (pathway_id);

-- Who read or changed which participant's file. No foreign key: the log is kept as written.
create table audit_log (
    id             bigint generated always as identity primary key,
    at             timestamptz  not null,
    username       varchar(100) not null,
    action         varchar(30)  not null check (action in ('ENROLLED', 'FILE_OPENED', 'IDENTITY_CHANGED',
                                          'CRITERION_RECORDED', 'CRITERION_REMOVED', 'PATHWAY_OPENED', 'PATHWAY_CHANGED',
                                          'PATHWAY_EXITED', 'FILE_EXPORTED', 'ANONYMISED', 'IDENTITY_READ',
                                          'ELIGIBILITY_READ')),
    participant_id uuid,
    detail         varchar(500) not null
);
create index audit_log_at on audit_log (at);
create index audit_log_participant on audit_log (participant_id);
