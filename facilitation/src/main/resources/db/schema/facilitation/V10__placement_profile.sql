-- The participant's profile when the placement started, asked of partners then and kept like the eligibility
-- snapshot: the charter counts the hours of Nanterre residents and reports the QPV residents' share, by sex and
-- age band, as the person was when the work started. Null for the placements made before it was kept.
alter table placement add column start_residence varchar(20)
    check (start_residence in ('NANTERRE_QPV', 'NANTERRE', 'ELSEWHERE'));
alter table placement add column start_sex varchar(20)
    check (start_sex in ('FEMALE', 'MALE', 'OTHER_OR_UNKNOWN'));
alter table placement add column start_age_band varchar(20)
    check (start_age_band in ('UNDER_26', 'FROM_26_TO_49', 'FROM_50'));
-- kept whole or not at all
alter table placement add constraint placement_profile_whole check (
    (start_residence is null and start_sex is null and start_age_band is null)
    or (start_residence is not null and start_sex is not null and start_age_band is not null));
