-- The dashboards' read model of pillar 4 (FacilitationIndicators, decision 0029): what the ledger counts, kept by
-- every change that moves it (IndicatorRows, in the change's transaction), so that a period's figures are read from
-- a few thousand rows instead of summed from the ledger. Hours are kept before the modalities' coefficients
-- (settings, applied when read), like clause_total.

-- The counted hours of each placement and month, by the buyer of the clause they are shared to (hours × share),
-- the part shared to no followed clause under the buyer '' (only when it is not 0).
create table indicator_work (
    placement_id uuid           not null,
    month        date           not null,
    buyer        varchar(200)   not null,
    modality     varchar(30)    not null,
    hours        numeric(16, 6) not null,
    primary key (placement_id, month, buyer)
);
create index indicator_work_month on indicator_work (month, buyer);

-- Their sums by month, modality and buyer; lines = the indicator_work rows summed (a key without lines goes).
create table indicator_hours (
    month    date           not null,
    modality varchar(30)    not null,
    buyer    varchar(200)   not null,
    hours    numeric(18, 6) not null,
    lines    int            not null,
    primary key (month, modality, buyer)
);
create index indicator_hours_empty on indicator_hours (month) where lines = 0;

-- Each placement with more than 0 h counted: the months it worked, and the months worked by the placements of the
-- same person that come before it in the order "latest start first, then id" (shadow). A person counts once in a
-- period, with the profile of the first of their placements that worked in it: the one whose worked months meet
-- the period and whose shadow does not.
create table indicator_placement (
    placement_id   uuid           primary key,
    participant_id uuid           not null,
    worked         datemultirange not null,
    shadow         datemultirange not null,
    sex            varchar(20)    not null,
    age_band       varchar(20)    not null,
    residence      varchar(20)    not null
);
create index indicator_placement_participant on indicator_placement (participant_id);

-- The same rows counted by identical months and profile: what a period's count reads.
create table indicator_people (
    worked     datemultirange not null,
    shadow     datemultirange not null,
    sex        varchar(20)    not null,
    age_band   varchar(20)    not null,
    residence  varchar(20)    not null,
    placements int            not null,
    primary key (worked, shadow, sex, age_band, residence)
);

-- Each criterion met at the start of a placement with hours; shadow: the months worked by the same person's
-- placements with the same criterion that come before it by id (a person counts once per criterion).
create table indicator_placement_criterion (
    placement_id   uuid           not null,
    code           varchar(40)    not null,
    participant_id uuid           not null,
    worked         datemultirange not null,
    shadow         datemultirange not null,
    primary key (placement_id, code)
);
create index indicator_placement_criterion_participant on indicator_placement_criterion (participant_id);

create table indicator_criterion (
    code       varchar(40)    not null,
    worked     datemultirange not null,
    shadow     datemultirange not null,
    placements int            not null,
    primary key (code, worked, shadow)
);

-- The exits of participants placed (a placement started on or before the exit).
create table indicator_exit (
    pathway_id       uuid        primary key,
    participant_id   uuid        not null,
    exit_date        date        not null,
    outcome_category varchar(20) not null
);
create index indicator_exit_date on indicator_exit (exit_date, outcome_category);
create index indicator_exit_participant on indicator_exit (participant_id);

-- Filled for the ledger as it stands (the same rules as IndicatorRows; the benchmark runs what follows this line).
insert into indicator_work (placement_id, month, buyer, modality, hours)
select h.placement_id, h.month, c.buyer, p.modality, sum(h.hours * s.percent / 100)
from counted_hours h
join placement p on p.id = h.placement_id
join placement_share s on s.placement_id = p.id
join followed_clause c on c.clause_id = s.clause_id
group by h.placement_id, h.month, c.buyer, p.modality;
insert into indicator_work (placement_id, month, buyer, modality, hours)
select h.placement_id, h.month, '', p.modality, h.hours * (100 - coalesce(f.percent, 0)) / 100
from counted_hours h
join placement p on p.id = h.placement_id
left join (select s.placement_id, sum(s.percent) as percent from placement_share s
           join followed_clause c on c.clause_id = s.clause_id group by s.placement_id) f on f.placement_id = p.id
where h.hours * (100 - coalesce(f.percent, 0)) <> 0;
insert into indicator_hours (month, modality, buyer, hours, lines)
select month, modality, buyer, sum(hours), count(*) from indicator_work group by month, modality, buyer;

insert into indicator_placement (placement_id, participant_id, worked, shadow, sex, age_band, residence)
select id, participant_id, worked,
       coalesce(range_agg(worked) over (partition by participant_id order by start_date desc, id
                                        rows between unbounded preceding and 1 preceding), '{}'),
       sex, age_band, residence
from (select p.id, p.participant_id, p.start_date, w.worked,
             coalesce(p.start_sex, 'UNKNOWN') as sex, coalesce(p.start_age_band, 'UNKNOWN') as age_band,
             coalesce(p.start_residence, 'UNKNOWN') as residence
      from placement p
      join (select h.placement_id, range_agg(daterange(h.month, cast(h.month + interval '1 month' as date))) as worked
            from counted_hours h where h.hours > 0 group by h.placement_id) w on w.placement_id = p.id) x;
insert into indicator_people (worked, shadow, sex, age_band, residence, placements)
select worked, shadow, sex, age_band, residence, count(*) from indicator_placement
group by worked, shadow, sex, age_band, residence;

insert into indicator_placement_criterion (placement_id, code, participant_id, worked, shadow)
select placement_id, code, participant_id, worked,
       coalesce(range_agg(worked) over (partition by participant_id, code order by placement_id
                                        rows between unbounded preceding and 1 preceding), '{}')
from (select distinct c.placement_id, c.code, i.participant_id, i.worked
      from placement_criterion c join indicator_placement i on i.placement_id = c.placement_id) x;
insert into indicator_criterion (code, worked, shadow, placements)
select code, worked, shadow, count(*) from indicator_placement_criterion group by code, worked, shadow;

insert into indicator_exit (pathway_id, participant_id, exit_date, outcome_category)
select e.pathway_id, e.participant_id, e.exit_date, e.outcome_category from participant_exit e
where exists (select 1 from placement p where p.participant_id = e.participant_id and p.start_date <= e.exit_date);
