-- The candidate pipeline: job offers on the followed clauses, and the participants referred to each offer.

-- A job an employer offers on a clause. The contract's reference is copied for search and display (it never
-- changes); the search key holds post, employer, SIRET and contract reference (see SearchKey).
create table job_offer (
    id                 uuid primary key,
    clause_id          uuid          not null references followed_clause (clause_id),
    contract_reference varchar(100)  not null,
    employer_siret     char(14)      not null check (employer_siret ~ '^[0-9]{14}$'),
    employer_name      varchar(300)  not null check (btrim(employer_name) <> ''),
    post_title         varchar(200)  not null check (btrim(post_title) <> ''),
    -- 48 h: the most a week's work may last (Code du travail, L3121-20)
    hours_per_week     numeric(4, 2) not null check (hours_per_week > 0 and hours_per_week <= 48),
    start_date         date          not null,
    end_date           date,
    positions          int           not null check (positions >= 1),
    hired              int           not null check (hired >= 0),
    state              varchar(10)   not null check (state in ('OPEN', 'CLOSED')),
    search_key         varchar(700)  not null,
    opened_by          varchar(100)  not null,
    opened_at          timestamptz   not null,
    version            bigint        not null,
    constraint job_offer_dates check (end_date is null or end_date >= start_date),
    -- never more people hired than positions offered
    constraint job_offer_positions check (hired <= positions)
);
create index job_offer_clause on job_offer (clause_id);
create index job_offer_state_start on job_offer (state, start_date);

-- A participant referred to an offer: referred, then interviewed, then hired or not retained.
create table referral (
    id                    uuid primary key,
    offer_id              uuid          not null references job_offer (id),
    participant_id        uuid          not null references known_participant (participant_id),
    participant_reference varchar(30)   not null,
    status                varchar(15)   not null check (status in ('REFERRED', 'INTERVIEW', 'HIRED', 'NOT_RETAINED')),
    referred_on           date          not null,
    referred_by           varchar(100)  not null,
    interview_on          date,
    interview_by          varchar(100),
    decided_on            date,
    decided_by            varchar(100),
    reason                varchar(1000),
    placement_id          uuid references placement (id),
    version               bigint        not null,
    constraint referral_once_per_offer unique (offer_id, participant_id),
    -- an interview is recorded before a hire, and never before the referral
    constraint referral_interview check ((status in ('INTERVIEW', 'HIRED')) <= (interview_on is not null)
        and (status = 'REFERRED') <= (interview_on is null) and interview_on >= referred_on),
    -- hired and not retained are decisions: when and who
    constraint referral_decision check ((status in ('HIRED', 'NOT_RETAINED')) = (decided_on is not null)
        and (decided_on is null or decided_by is not null)),
    -- a reason exactly when not retained
    constraint referral_reason check ((status = 'NOT_RETAINED') = (reason is not null and btrim(reason) <> '')),
    -- a hire is a placement
    constraint referral_placement check ((status = 'HIRED') = (placement_id is not null))
);
create index referral_status on referral (status);
create index referral_participant on referral (participant_id);
