-- Employers write their statements with their own headers. When a needed column is not recognised, the
-- facilitator says which column is which in the import dialog; the mapping is remembered for that employer and
-- applied to its next statements. The header is kept as compared: lower case, without accents or punctuation.
create table statement_column_mapping (
    employer_siret char(14)     not null check (employer_siret ~ '^[0-9]{14}$'),
    header         varchar(300) not null check (length(header) > 0),
    column_name    varchar(20)  not null check (column_name in ('SIRET', 'REFERENCE', 'LAST_NAME', 'FIRST_NAME',
                                                                'BIRTH_DATE', 'MONTH', 'HOURS', 'CONTRACT')),
    recorded_by    varchar(100) not null,
    recorded_at    timestamptz  not null,
    primary key (employer_siret, header)
);
