-- The read model of the participants in pathways (PartnerIndicators), kept in the same transaction as every change
-- of a participant, a pathway or a criterion (triggers), so that the indicators never read every participant:
-- see docs/decisions/0031-partner-indicators-at-scale.md.
--
-- presence_span: a participant's pathways merged into disjoint spans (an open span has no exit day), with what the
-- breakdowns need: sex and residence (as positions in the Java enums), the first day the participant is 26 and 50
-- or over, and the start of the next span (a gap). presence_criterion: the first proof date of each criterion.
-- presence_exit: the exits of pathways, by category. presence_count: daily, monthly and yearly counts of dated
-- events ("kinds"), from which any prefix count ("events on or before X") is read in at most ~60 rows per series:
--   1 span starts, by sex × 3 + residence        (day = entry)
--   2 span ends, by sex × 3 + residence          (day = exit + 1: counted when exit < from)
--   3 spans of people 26 or over                  (day = greatest(entry, 26th birthday))
--   4 spans of people 50 or over                  (day = greatest(entry, 50th birthday))
--   5 spans of people meeting a criterion, by its display order (day = greatest(entry, first proof))
--   6 pathway exits, by category position         (day = exit)
create table presence_span (
    participant_id uuid     not null,
    entry_day      date     not null,
    exit_day       date,
    next_entry     date,
    sex            smallint not null,
    residence      smallint not null,
    from_26        date     not null,
    from_50        date     not null,
    primary key (participant_id, entry_day)
);
create index presence_span_exit on presence_span (exit_day) include (from_26, from_50, participant_id);
create index presence_span_gap on presence_span (exit_day) include (next_entry, sex, residence, from_26, from_50,
    participant_id) where next_entry is not null;

create table presence_criterion (
    participant_id uuid     not null,
    display_order  smallint not null,
    since          date     not null,
    primary key (participant_id, display_order)
);

create table presence_exit (
    participant_id uuid     not null,
    exit_day       date     not null,
    category       smallint not null
);
create index presence_exit_participant on presence_exit (participant_id);

create table presence_count (
    kind  smallint not null,
    key   smallint not null,
    grain char(1)  not null check (grain in ('D', 'M', 'Y')),
    day   date     not null,
    n     bigint   not null,
    primary key (grain, day, kind, key)
);

-- The first day on which a person born on that day has turned that age: the least day d with d - age years >=
-- birth, as the indicators compare ("birth_date > to - interval '26 years'" is under 26). Born on 29 February, one
-- turns 26 on 1 March of a common year.
create function presence_birthday(birth date, age int) returns date language sql immutable as $$
    select case when (birth + make_interval(years => age))::date - make_interval(years => age) < birth
                then (birth + make_interval(years => age))::date + 1
                else (birth + make_interval(years => age))::date end
$$;

-- Adds (sign 1) or takes away (sign -1) the participants' rows' events from presence_count.
create function presence_apply(ids uuid[], sign int) returns void language sql
    set search_path = partners, pg_temp as $$
    with event (kind, key, day) as (
        select 1, sex * 3 + residence, entry_day from presence_span where participant_id = any (ids)
        union all
        select 2, sex * 3 + residence, exit_day + 1 from presence_span where participant_id = any (ids) and exit_day is not null
        union all
        select 3, 0, greatest(entry_day, from_26) from presence_span where participant_id = any (ids)
        union all
        select 4, 0, greatest(entry_day, from_50) from presence_span where participant_id = any (ids)
        union all
        select 5, c.display_order, greatest(s.entry_day, c.since)
        from presence_span s join presence_criterion c on c.participant_id = s.participant_id
        where s.participant_id = any (ids)
        union all
        select 6, category, exit_day from presence_exit where participant_id = any (ids)
    ), graded (kind, key, grain, day) as (
        select kind, key, 'D', day from event
        union all
        select kind, key, 'M', date_trunc('month', day)::date from event
        union all
        select kind, key, 'Y', date_trunc('year', day)::date from event
    )
    insert into presence_count (kind, key, grain, day, n)
    select kind, key, grain, day, sign * count(*) from graded
    group by grain, day, kind, key
    order by grain, day, kind, key
    on conflict (grain, day, kind, key) do update set n = presence_count.n + excluded.n
$$;

-- Rebuilds the read model of these participants from the base tables.
create function presence_refresh(ids uuid[]) returns void language plpgsql
    set search_path = partners, pg_temp as $$
begin
    if ids is null or cardinality(ids) = 0 then
        return;
    end if;
    perform presence_apply(ids, -1);
    delete from presence_span where participant_id = any (ids);
    delete from presence_criterion where participant_id = any (ids);
    delete from presence_exit where participant_id = any (ids);

    insert into presence_span (participant_id, entry_day, exit_day, next_entry, sex, residence, from_26, from_50)
    select s.participant_id, s.entry_day, s.exit_day, lead(s.entry_day) over (partition by s.participant_id order by s.entry_day),
           array_position(array ['FEMALE', 'MALE', 'OTHER_OR_UNKNOWN'], p.sex::text) - 1,
           case when not p.nanterre_resident then 2 when p.qpv_resident then 0 else 1 end,
           presence_birthday(p.birth_date, 26), presence_birthday(p.birth_date, 50)
    from (select m.participant_id, lower(r) as entry_day,
                 case when upper_inf(r) then null else upper(r) - 1 end as exit_day
          from (select w.participant_id, range_agg(daterange(w.entry_date, w.exit_date, '[]')) as spans
                from pathway w where w.participant_id = any (ids) group by w.participant_id) m,
               unnest(m.spans) r) s
    join participant p on p.id = s.participant_id;

    insert into presence_criterion (participant_id, display_order, since)
    select c.participant_id, e.display_order, min(c.proof_date)
    from participant_criterion c join eligibility_criterion e on e.code = c.criterion_code
    where c.participant_id = any (ids)
      and exists (select 1 from pathway w where w.participant_id = c.participant_id)
    group by c.participant_id, e.display_order;

    insert into presence_exit (participant_id, exit_day, category)
    select w.participant_id, w.exit_date,
           array_position(array ['DURABLE_JOB', 'TRANSITION_JOB', 'POSITIVE_EXIT', 'OTHER'], w.exit_category::text) - 1
    from pathway w where w.participant_id = any (ids) and w.exit_date is not null;

    perform presence_apply(ids, 1);
end
$$;

-- The triggers: every statement that changes participants, pathways or criteria refreshes those participants.
create function presence_changed() returns trigger language plpgsql
    set search_path = partners, pg_temp as $$
declare
    ids uuid[];
begin
    if tg_table_name = 'participant' then
        if tg_op = 'DELETE' then
            select array_agg(distinct id) into ids from old_rows;
        else
            select array_agg(distinct id) into ids from new_rows;
        end if;
    elsif tg_op = 'INSERT' then
        select array_agg(distinct participant_id) into ids from new_rows;
    elsif tg_op = 'DELETE' then
        select array_agg(distinct participant_id) into ids from old_rows;
    else
        select array_agg(distinct participant_id) into ids
        from (select participant_id from old_rows union select participant_id from new_rows) changed;
    end if;
    perform presence_refresh(ids);
    return null;
end
$$;

create trigger participant_presence_insert after insert on participant
    referencing new table as new_rows for each statement execute function presence_changed();
create trigger participant_presence_update after update on participant
    referencing old table as old_rows new table as new_rows for each statement execute function presence_changed();
create trigger participant_presence_delete after delete on participant
    referencing old table as old_rows for each statement execute function presence_changed();
create trigger pathway_presence_insert after insert on pathway
    referencing new table as new_rows for each statement execute function presence_changed();
create trigger pathway_presence_update after update on pathway
    referencing old table as old_rows new table as new_rows for each statement execute function presence_changed();
create trigger pathway_presence_delete after delete on pathway
    referencing old table as old_rows for each statement execute function presence_changed();
create trigger criterion_presence_insert after insert on participant_criterion
    referencing new table as new_rows for each statement execute function presence_changed();
create trigger criterion_presence_update after update on participant_criterion
    referencing old table as old_rows new table as new_rows for each statement execute function presence_changed();
create trigger criterion_presence_delete after delete on participant_criterion
    referencing old table as old_rows for each statement execute function presence_changed();

-- The figures of an upgraded database: every participant's rows and counts.
select presence_refresh(array(select id from participant));

-- The SIAE supported over a range of years: the SIAE granted a grant in a year of the range, each counted once.
-- siae_grant_year keeps each SIAE's granted years; siae_years counts them (next_year 0: "granted in first_year")
-- and the links between an SIAE's consecutive granted years (first_year, next_year). The SIAE granted in
-- [a, b] = the (SIAE, year) pairs in [a, b] - the links inside [a, b] (the years in the range of one SIAE are
-- consecutive among its granted years): a few rows whatever the number of structures.
create table siae_grant_year (
    structure_id uuid not null,
    year         int  not null,
    primary key (structure_id, year)
);

create table siae_years (
    first_year int    not null,
    next_year  int    not null,
    n          bigint not null,
    primary key (first_year, next_year)
);

create function siae_apply(ids uuid[], sign int) returns void language sql
    set search_path = partners, pg_temp as $$
    insert into siae_years (first_year, next_year, n)
    select first_year, next_year, sign * count(*) from (
        select year as first_year, 0 as next_year from siae_grant_year where structure_id = any (ids)
        union all
        select year, next_year from (select year, lead(year) over (partition by structure_id order by year) as next_year
                                     from siae_grant_year where structure_id = any (ids)) linked
        where next_year is not null) event
    group by first_year, next_year
    order by first_year, next_year
    on conflict (first_year, next_year) do update set n = siae_years.n + excluded.n
$$;

create function siae_refresh(ids uuid[]) returns void language plpgsql
    set search_path = partners, pg_temp as $$
begin
    if ids is null or cardinality(ids) = 0 then
        return;
    end if;
    perform siae_apply(ids, -1);
    delete from siae_grant_year where structure_id = any (ids);
    insert into siae_grant_year (structure_id, year)
    select distinct g.structure_id, g.year from grant_agreement g join structure s on s.id = g.structure_id
    where g.structure_id = any (ids) and s.kind in ('ACI', 'AI', 'EI', 'ETTI', 'EITI');
    perform siae_apply(ids, 1);
end
$$;

create function siae_changed() returns trigger language plpgsql
    set search_path = partners, pg_temp as $$
declare
    ids uuid[];
begin
    if tg_table_name = 'structure' then
        if tg_op = 'DELETE' then
            select array_agg(distinct id) into ids from old_rows;
        else
            select array_agg(distinct id) into ids from new_rows;
        end if;
    elsif tg_op = 'INSERT' then
        select array_agg(distinct structure_id) into ids from new_rows;
    elsif tg_op = 'DELETE' then
        select array_agg(distinct structure_id) into ids from old_rows;
    else
        select array_agg(distinct structure_id) into ids
        from (select structure_id from old_rows union select structure_id from new_rows) changed;
    end if;
    perform siae_refresh(ids);
    return null;
end
$$;

create trigger structure_siae_insert after insert on structure
    referencing new table as new_rows for each statement execute function siae_changed();
create trigger structure_siae_update after update on structure
    referencing old table as old_rows new table as new_rows for each statement execute function siae_changed();
create trigger structure_siae_delete after delete on structure
    referencing old table as old_rows for each statement execute function siae_changed();
create trigger grant_siae_insert after insert on grant_agreement
    referencing new table as new_rows for each statement execute function siae_changed();
create trigger grant_siae_update after update on grant_agreement
    referencing old table as old_rows new table as new_rows for each statement execute function siae_changed();
create trigger grant_siae_delete after delete on grant_agreement
    referencing old table as old_rows for each statement execute function siae_changed();

select siae_refresh(array(select id from structure));

-- The support figures read small ranges of these.
create index structure_registered_at on structure (registered_at);
create index grant_agreement_year on grant_agreement (year) include (structure_id, amount);
create index grant_payment_paid_on on grant_payment (paid_on) include (amount);
create index yearly_objectives_year on yearly_objectives (year) include (result_hours);
create index pathway_exit_date on pathway (exit_date) where exit_date is not null;
