-- Address, QPV, State agreement, the manual override of the activity, and contacts of a structure.
alter table structure
    add column street                        varchar(200),
    add column postal_code                   varchar(5) check (postal_code ~ '^[0-9]{5}$'),
    add column commune                       varchar(100),
    add column insee_code                    varchar(5) check (insee_code ~ '^([0-9]{2}|2[AB])[0-9]{3}$'),
    add column in_qpv                        boolean not null default false,
    add column agreement_posts_fte           numeric(7, 2) check (agreement_posts_fte >= 0),
    add column agreement_valid_from          date,
    add column agreement_valid_to            date,
    add column activity_override_active      boolean,
    add column activity_override_reason      varchar(500),
    add column activity_override_decided_by  varchar(100),
    add column activity_override_decided_at  timestamptz,
    add constraint structure_agreement_dates check (agreement_valid_to >= agreement_valid_from),
    -- an override always says who decided it, when and why
    add constraint structure_override_complete check (
        (activity_override_active is null and activity_override_reason is null
            and activity_override_decided_by is null and activity_override_decided_at is null)
        or (activity_override_active is not null and activity_override_reason is not null
            and activity_override_decided_by is not null and activity_override_decided_at is not null));

create table structure_contact (
    structure_id uuid         not null references structure (id) on delete cascade,
    position     int          not null,
    name         varchar(200) not null,
    function     varchar(200),
    email        varchar(200),
    phone        varchar(30),
    primary key (structure_id, position)
);

create index structure_kind on structure (kind);
