-- Statements sent by employers name people as the employer knows them: surname, first name, birth date. Partners
-- resolves them (ParticipantRegistry.matchIdentities) comparing names without case, accents, spaces, hyphens or
-- apostrophes: "N'Diaye" = "NDIAYE", "Lefèvre" = "LEFEVRE", "Jean Pierre" = "Jean-Pierre".
-- One SQL function does it, for the stored names and for the names looked up alike. translate() rather than the
-- unaccent extension: unaccent is not immutable, and the upper-case letters are listed too, so that the result
-- does not depend on the database's LC_CTYPE (lower() of 'É' is 'É' under the C locale).
create function identity_key(name text) returns text
    language sql immutable strict parallel safe
as $$
select regexp_replace(lower(replace(replace(replace(replace(replace(translate(name,
    'ÀÁÂÃÄÅĀĂĄÇĆČĈĊĎÈÉÊËĒĔĖĘĚÌÍÎÏĨĪĬĮİÑŃŇŅÒÓÔÕÖØŌŎŐÙÚÛÜŨŪŬŮŰŲÝŸŶŽŹŻŠŚŞȘŢȚŤŘŔĹĽĻŁĞĜĢàáâãäåāăąçćčĉċďèéêëēĕėęěìíîïĩīĭįıñńňņòóôõöøōŏőùúûüũūŭůűųýÿŷžźżšśşșţțťřŕĺľļłğĝģ',
    'aaaaaaaaacccccdeeeeeeeeeiiiiiiiiinnnnooooooooouuuuuuuuuuyyyzzzsssstttrrllllgggaaaaaaaaacccccdeeeeeeeeeiiiiiiiiinnnnooooooooouuuuuuuuuuyyyzzzsssstttrrllllggg'),
    'Œ', 'oe'), 'œ', 'oe'), 'Æ', 'ae'), 'æ', 'ae'), 'ß', 'ss')), '[^a-z0-9]', '', 'g')
$$;

alter table participant add column last_name_key text generated always as (identity_key(last_name)) stored;
alter table participant add column first_name_key text generated always as (identity_key(first_name)) stored;

-- A lookup is by birth date and both keys; anonymised participants never match, and are left out of the index.
create index participant_identity on participant (birth_date, last_name_key, first_name_key)
    where anonymised_on is null;

-- The lookup is a read of personal data: audited.
alter table audit_log drop constraint audit_log_action_check;
alter table audit_log add constraint audit_log_action_check check (action in ('ENROLLED', 'FILE_OPENED',
    'IDENTITY_CHANGED', 'CRITERION_RECORDED', 'CRITERION_REMOVED', 'PATHWAY_OPENED', 'PATHWAY_CHANGED',
    'PATHWAY_EXITED', 'FILE_EXPORTED', 'LIST_EXPORTED', 'ANONYMISED', 'IDENTITY_READ', 'ELIGIBILITY_READ',
    'PROFILE_READ', 'KEPT_DATA_READ', 'IDENTITY_MATCHED'));
