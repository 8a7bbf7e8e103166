create table structure (
    id            uuid primary key,
    name          varchar(200) not null check (length(btrim(name)) > 0),
    kind          varchar(30)  not null check (kind in ('ACI', 'AI', 'EI', 'ETTI', 'EITI', 'GEIQ', 'EA', 'EATT', 'ESAT',
                                                         'REGIE_DE_QUARTIER', 'PLIE', 'MEF', 'EMPLOYER')),
    siret         char(14)     not null check (siret ~ '^[0-9]{14}$'),
    search_key    varchar(200) not null, -- lower case, no accents: see SearchKey
    registered_at timestamptz  not null,
    version       bigint       not null,
    -- one SIRET may carry two kinds (an EI and an ACI), never the same kind twice
    constraint structure_siret_kind_unique unique (siret, kind)
);

create index structure_search_key on structure (search_key);
