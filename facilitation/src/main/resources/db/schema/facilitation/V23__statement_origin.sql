-- Where a statement came from: a file the MEF received and imported, a file the company uploaded on the portal,
-- or the hours the company typed on the portal. And the employer that sent it, which the portal scopes on (the
-- statements imported before are given the employer of their lines).
alter table statement add column origin varchar(10) not null default 'MEF_FILE'
    check (origin in ('MEF_FILE', 'UPLOAD', 'PORTAL'));
alter table statement add column employer_siret char(14) check (employer_siret ~ '^[0-9]{14}$');
update statement st set employer_siret = (
    select min(p.employer_siret) from hours_entry h join placement p on p.id = h.placement_id
    where h.statement_id = st.id);
create index statement_employer on statement (employer_siret, state);
-- The hours of a month: found per employer for the reminders, and read by month for the dashboards.
create index placement_employer on placement (employer_siret);
create index hours_entry_month on hours_entry (month, placement_id);

-- The comment a company wrote on a line of the hours it typed on the portal.
create table statement_comment (
    statement_id uuid         not null references statement (id) on delete cascade,
    placement_id uuid         not null references placement (id),
    month        date         not null,
    comment      varchar(500) not null check (length(trim(comment)) > 0),
    primary key (statement_id, placement_id, month)
);
