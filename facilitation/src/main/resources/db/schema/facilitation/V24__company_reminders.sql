-- The reminders sent to a company whose statement for a month is missing: once per month and SIRET, even after a
-- restart or on another instance (the primary key decides who sends it).
create table statement_reminder (
    employer_siret char(14)    not null check (employer_siret ~ '^[0-9]{14}$'),
    month          date        not null check (extract(day from month) = 1),
    sent_at        timestamptz not null,
    recipients     int         not null check (recipients >= 0),
    primary key (employer_siret, month)
);

-- A company's home reads the clauses awarded to its SIRETs.
create index followed_clause_awardee on followed_clause (awardee_siret);
