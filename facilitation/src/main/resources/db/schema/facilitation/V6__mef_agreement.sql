-- The MEF's funding agreement with the City, one a year: the grant, and the objectives its yearly report measures.
create table mef_agreement (
    id               uuid primary key,
    year             int            not null unique check (year between 2000 and 2100),
    grant_amount     numeric(12, 2) not null check (grant_amount > 0),
    signed_on        date           not null,
    objective_hours  int            not null check (objective_hours >= 0),
    objective_people int            not null check (objective_people >= 0),
    -- "sorties dynamiques": exits to a durable job, a transition job or a positive exit
    objective_exits  int            not null check (objective_exits >= 0),
    comments         varchar(2000),
    version          bigint         not null
);

-- Facilitation's copy of the participants' exits from their pathways, fed by ParticipantExited
-- (no foreign key across schemas).
create table participant_exit (
    pathway_id       uuid primary key,
    participant_id   uuid        not null,
    exit_date        date        not null,
    outcome_category varchar(20) not null check (outcome_category in ('DURABLE_JOB', 'TRANSITION_JOB',
                                                                      'POSITIVE_EXIT', 'OTHER'))
);
create index participant_exit_date on participant_exit (exit_date);
