-- The facilitators' copy of the partner structures, fed by StructureRegistered (no foreign key across schemas).
create table referral_structure (
    structure_id uuid primary key,
    name         varchar(200) not null,
    kind         varchar(30)  not null,
    siret        char(14)     not null,
    search_key   varchar(200) not null -- lower case, no accents: see SearchKey
);
create index referral_structure_search_key on referral_structure (search_key);
