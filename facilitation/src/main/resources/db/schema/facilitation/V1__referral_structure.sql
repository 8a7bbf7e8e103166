-- The facilitators' copy of the partner structures, fed by StructureRegistered (no foreign key across schemas).
create table referral_structure (
    structure_id uuid primary key,
    name         varchar(200) not null,
    kind         varchar(30)  not null,
    siret        char(14)     not null
);
create index referral_structure_name_lower on referral_structure (lower(name));
