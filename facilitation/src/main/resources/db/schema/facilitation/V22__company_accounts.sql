-- The companies' portal: an account for an awardee or an employer, created by a facilitator, tied to one or more
-- SIRETs. Its user name is its e-mail address (kept in lower case). The password is set by the person through a
-- one-time link; only its bcrypt hash is kept ({bcrypt}$2a$…), and none until the link is used.
create table company_account (
    id            uuid primary key,
    username      varchar(254) not null unique check (username = lower(username) and username like '%_@_%'),
    name          varchar(200) not null check (length(trim(name)) > 0),
    language      varchar(2)   not null check (language in ('fr', 'en')),
    password_hash varchar(100) check (password_hash like '{bcrypt}%'),
    active        boolean      not null,
    created_by    varchar(100) not null,
    created_at    timestamptz  not null,
    version       bigint       not null
);
create table company_account_siret (
    company_account uuid     not null references company_account (id) on delete cascade,
    siret           char(14) not null check (siret ~ '^[0-9]{14}$'),
    primary key (company_account, siret)
);
-- A company's home reads its accounts' SIRETs, the reminders the accounts of a SIRET.
create index company_account_siret_siret on company_account_siret (siret);

-- The links that set a password: only the SHA-256 of the token the e-mail carries is kept; a link works once,
-- until it expires.
create table password_link (
    token_hash char(64)    primary key,
    account_id uuid        not null references company_account (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    check (expires_at > created_at)
);
create index password_link_account on password_link (account_id);
