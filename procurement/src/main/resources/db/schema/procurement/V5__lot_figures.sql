-- Pillar 2's figures at national scale (decision 0030), in two steps.
-- 1. lot_figures: one row per lot with what the indicators count, kept by the database in the transaction that
--    changes a lot, a contract or a clause's progress, whatever writes it (the register, the DECP import,
--    facilitation's progress reports, a script). Each row carries the first day its clause is behind, worked out
--    once per change, so that a clause's status on any day is a comparison of dates.
-- 2. figures_*: running totals by day of those rows (clauses notified, closed, behind… up to each day, in all and by
--    buyer), so that a period's figures read a few hundred rows whatever the number of clauses. A change marks them
--    stale (figures_dirty); the first call of the indicators after it counts them again (figures_recount).

-- The first day an execution clause is behind while its contract runs, as Compliance.statusOn judges it (the Java
-- class is the rule; ComplianceInDatabaseTest checks both agree on every day around every boundary); null when the
-- target is met. The clause is behind on the first day the realised hours fall under target × elapsed share, that
-- is from the first whole day d (from the notification) where realised × duration < target × d, duration in days.
-- Compliance rounds the elapsed share to 16 significant digits (MathContext.DECIMAL64): when realised × duration
-- equals target × (d - 1) exactly and that rounding goes up, Compliance finds the clause behind one day earlier.
create function compliance_behind_from(target int, realised numeric, started date, months int) returns date
    language plpgsql immutable strict parallel safe
as $$
declare
    duration int := (started + make_interval(months => months))::date - started;
    day      int;
    share    numeric;
begin
    if realised >= target then
        return null;
    end if;
    if realised = 0 then
        return started + 1;
    end if;
    day := div(realised * duration, target)::int + 1;
    if realised * duration = target * (day - 1) then
        share := (day - 1)::numeric(60, 40) / duration;
        if round(share, 15 - floor(log(share))::int) > share then
            return started + day - 1;
        end if;
    end if;
    return started + day;
end
$$;

-- The status of a clause on a day from its row (ComplianceStatus's names). Plain SQL, so that PostgreSQL inlines it
-- into the counts. A clause of a contract not notified yet has not started, as the contract's page shows it.
create function compliance_status(notified_on date, closed_on date, achieved boolean, has_hours boolean,
                                  behind_from date, day date) returns varchar
    language sql immutable parallel safe
as $$
select case when notified_on is null then 'NOT_STARTED'
            when achieved then 'ACHIEVED'
            when closed_on <= day then 'FAILED'
            when behind_from <= day then 'BEHIND'
            when has_hours then 'ON_TRACK'
            else 'NOT_STARTED' end
$$;

-- What a lot's row says, computed from the tables: the full computation the kept rows are refreshed from.
create view lot_figures_source as
select l.id                                             as lot_id,
       l.contract_id,
       c.buyer,
       c.notified_on,
       c.closed_on,
       l.awardee_siret,
       (l.clause_id is not null or l.criterion_weight_percent is not null or l.reservation <> 'NONE'
           or l.insertion_contract)                     as considered,
       l.clause_id,
       l.clause_target_hours                            as target_hours,
       case when l.clause_id is not null then coalesce(p.realised_hours, 0) end as realised_hours,
       -- the missing hours × the penalty per hour: what is at stake while the clause is behind or failed
       greatest(l.clause_target_hours - coalesce(p.realised_hours, 0), 0) * l.clause_penalty_per_hour as penalty,
       case when l.clause_id is not null then coalesce(p.realised_hours, 0) >= l.clause_target_hours end as achieved,
       case when l.clause_id is not null then coalesce(p.realised_hours, 0) > 0 end as has_hours,
       case when l.clause_id is not null and c.notified_on is not null
           then compliance_behind_from(l.clause_target_hours, coalesce(p.realised_hours, 0), c.notified_on,
                                       c.duration_months) end as behind_from
from lot l
join contract c on c.id = l.contract_id
left join clause_progress p on p.clause_id = l.clause_id;

create table lot_figures (
    lot_id         uuid primary key,
    contract_id    uuid         not null,
    buyer          varchar(200) not null,
    notified_on    date,
    closed_on      date,
    awardee_siret  varchar(20),
    considered     boolean      not null, -- a clause, a criterion, a reservation or an insertion contract
    clause_id      uuid,                  -- the columns below are null for a lot without an execution clause
    target_hours   int,
    realised_hours numeric(12, 2),
    penalty        numeric,
    achieved       boolean,
    has_hours      boolean,
    behind_from    date
);
create index lot_figures_contract on lot_figures (contract_id);
-- the contracts and companies with a social consideration notified in a period, read from the index alone
create index lot_figures_considered on lot_figures (notified_on) include (contract_id, awardee_siret) where considered;

-- Refreshes the rows of these lots from the tables; rows are written in the order of the lots' ids, so that two
-- transactions refreshing common lots lock them in one order and never deadlock.
create function lot_figures_refresh(lots uuid[]) returns void
    language sql
as $$
insert into ${flyway:defaultSchema}.lot_figures (lot_id, contract_id, buyer, notified_on, closed_on, awardee_siret,
    considered, clause_id, target_hours, realised_hours, penalty, achieved, has_hours, behind_from)
select lot_id, contract_id, buyer, notified_on, closed_on, awardee_siret, considered, clause_id, target_hours,
       realised_hours, penalty, achieved, has_hours, behind_from
from ${flyway:defaultSchema}.lot_figures_source
where lot_id = any (lots)
order by lot_id
on conflict (lot_id) do update set contract_id = excluded.contract_id, buyer = excluded.buyer,
    notified_on = excluded.notified_on, closed_on = excluded.closed_on, awardee_siret = excluded.awardee_siret,
    considered = excluded.considered, clause_id = excluded.clause_id, target_hours = excluded.target_hours,
    realised_hours = excluded.realised_hours, penalty = excluded.penalty, achieved = excluded.achieved,
    has_hours = excluded.has_hours, behind_from = excluded.behind_from;
$$;

-- One function for every trigger: each names the rows its statement wrote (or deleted) "changed".
create function lot_figures_kept() returns trigger
    language plpgsql
as $$
begin
    if tg_table_name = 'lot' and tg_op = 'DELETE' then
        delete from ${flyway:defaultSchema}.lot_figures where lot_id in (select id from changed);
    elsif tg_table_name = 'lot' then
        perform ${flyway:defaultSchema}.lot_figures_refresh(array(select id from changed));
    elsif tg_table_name = 'contract' then
        perform ${flyway:defaultSchema}.lot_figures_refresh(array(
            select l.id from ${flyway:defaultSchema}.lot l where l.contract_id in (select id from changed)));
    else
        perform ${flyway:defaultSchema}.lot_figures_refresh(array(
            select l.id from ${flyway:defaultSchema}.lot l where l.clause_id in (select clause_id from changed)));
    end if;
    insert into ${flyway:defaultSchema}.figures_dirty (xid) values (pg_current_xact_id()::text::bigint)
    on conflict do nothing;
    return null;
end
$$;

-- The running totals. A transaction that changes lot_figures leaves its id here; the indicators' call that takes it
-- away counts the totals again, in its own transaction, before reading them.
create table figures_dirty (
    xid bigint primary key
);

-- Up to each day (the days something happens), every clause of a notified contract: notified (n_), closed (c_),
-- achieved and notified (a_n) or closed (a_c), failed (f_c, penalty fp_c: not achieved, closed), behind from
-- (b, bp: not achieved), behind and closed (m, mp: not achieved, the later of behind_from and closed_on), not
-- started yet (z_n: not achieved, no hour; zz: the same, closed on its notification day); the contracts with a
-- social consideration notified (n_contracts).
create table figures_day (
    day         date primary key,
    n_clauses   int     not null,
    c_clauses   int     not null,
    n_contracts int     not null,
    a_n         int     not null,
    a_c         int     not null,
    f_c         int     not null,
    fp_c        numeric not null,
    b           int     not null,
    bp          numeric not null,
    m           int     not null,
    mp          numeric not null,
    z_n         int     not null,
    zz          int     not null
);

-- The same by buyer, for the hours by buyer: clauses, target and realised hours notified and closed up to each day.
create table figures_buyer (
    buyer        varchar(200) primary key,
    first_closed date,        -- the first day one of the buyer's contracts was closed: before it, nothing to take away
    last_day     date not null, -- the buyer's last day in figures_buyer_day, and its totals then: a period ending
    n_clauses    int  not null, -- on it or later reads them here
    n_target     bigint not null,
    n_realised   numeric not null
);
create table figures_buyer_day (
    buyer      varchar(200) not null,
    day        date         not null,
    n_clauses  int          not null,
    n_target   bigint       not null,
    n_realised numeric      not null,
    c_clauses  int          not null,
    c_target   bigint       not null,
    c_realised numeric      not null,
    primary key (buyer, day)
);

-- Each company holding a lot with a social consideration, and the days its contracts were notified.
create table figures_company (
    siret     varchar(20) primary key,
    first_day date        not null,
    last_day  date        not null,
    days      date[]      not null
);

-- Counts the running totals again from lot_figures. One count at a time: the next waits and starts from this one's.
create function figures_recount() returns void
    language plpgsql
as $$
begin
    perform pg_advisory_xact_lock(hashtext('${flyway:defaultSchema}.figures_recount'));
    delete from ${flyway:defaultSchema}.figures_day;
    delete from ${flyway:defaultSchema}.figures_buyer_day;
    delete from ${flyway:defaultSchema}.figures_buyer;
    delete from ${flyway:defaultSchema}.figures_company;
    insert into ${flyway:defaultSchema}.figures_day
    select day, sum(sum(n_clauses)) over w, sum(sum(c_clauses)) over w, sum(sum(n_contracts)) over w,
           sum(sum(a_n)) over w, sum(sum(a_c)) over w, sum(sum(f_c)) over w, sum(sum(fp_c)) over w,
           sum(sum(b)) over w, sum(sum(bp)) over w, sum(sum(m)) over w, sum(sum(mp)) over w,
           sum(sum(z_n)) over w, sum(sum(zz)) over w
    from (select notified_on as day, 1 as n_clauses, 0 as c_clauses, 0 as n_contracts, achieved::int as a_n,
                 0 as a_c, 0 as f_c, 0 as fp_c, 0 as b, 0 as bp, 0 as m, 0 as mp,
                 (not achieved and not has_hours)::int as z_n,
                 (not achieved and not has_hours and closed_on = notified_on)::int as zz
          from ${flyway:defaultSchema}.lot_figures where clause_id is not null and notified_on is not null
          union all
          select closed_on, 0, 1, 0, 0, achieved::int, (not achieved)::int,
                 case when achieved then 0 else penalty end, 0, 0, 0, 0, 0, 0
          from ${flyway:defaultSchema}.lot_figures where clause_id is not null and closed_on is not null
          union all
          select behind_from, 0, 0, 0, 0, 0, 0, 0, 1, penalty, 0, 0, 0, 0
          from ${flyway:defaultSchema}.lot_figures where behind_from is not null and not achieved
          union all
          select greatest(behind_from, closed_on), 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, penalty, 0, 0
          from ${flyway:defaultSchema}.lot_figures
          where behind_from is not null and not achieved and closed_on is not null
          union all
          select notified_on, 0, 0, count(distinct contract_id), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
          from ${flyway:defaultSchema}.lot_figures where considered and notified_on is not null
          group by notified_on) happened
    group by day
    window w as (order by day);
    insert into ${flyway:defaultSchema}.figures_buyer_day
    select buyer, day, sum(sum(n_clauses)) over w, sum(sum(n_target)) over w, sum(sum(n_realised)) over w,
           sum(sum(c_clauses)) over w, sum(sum(c_target)) over w, sum(sum(c_realised)) over w
    from (select buyer, notified_on as day, 1 as n_clauses, target_hours as n_target, realised_hours as n_realised,
                 0 as c_clauses, 0 as c_target, 0 as c_realised
          from ${flyway:defaultSchema}.lot_figures where clause_id is not null and notified_on is not null
          union all
          select buyer, closed_on, 0, 0, 0, 1, target_hours, realised_hours
          from ${flyway:defaultSchema}.lot_figures where clause_id is not null and closed_on is not null) happened
    group by buyer, day
    window w as (partition by buyer order by day);
    insert into ${flyway:defaultSchema}.figures_buyer
    select distinct on (buyer) buyer,
           min(day) filter (where c_clauses > 0) over (partition by buyer), day, n_clauses, n_target, n_realised
    from ${flyway:defaultSchema}.figures_buyer_day
    order by buyer, day desc;
    insert into ${flyway:defaultSchema}.figures_company
    select awardee_siret, min(notified_on), max(notified_on), array_agg(distinct notified_on order by notified_on)
    from ${flyway:defaultSchema}.lot_figures
    where considered and notified_on is not null and awardee_siret is not null
    group by awardee_siret;
    -- the totals are read by index, one row per buyer and day asked: the planner needs to know their sizes
    analyze ${flyway:defaultSchema}.figures_day;
    analyze ${flyway:defaultSchema}.figures_buyer;
    analyze ${flyway:defaultSchema}.figures_buyer_day;
    analyze ${flyway:defaultSchema}.figures_company;
end
$$;

create trigger lot_figures_lot_inserted after insert on lot
    referencing new table as changed for each statement execute function lot_figures_kept();
create trigger lot_figures_lot_updated after update on lot
    referencing new table as changed for each statement execute function lot_figures_kept();
create trigger lot_figures_lot_deleted after delete on lot
    referencing old table as changed for each statement execute function lot_figures_kept();
create trigger lot_figures_contract_updated after update on contract
    referencing new table as changed for each statement execute function lot_figures_kept();
create trigger lot_figures_progress_inserted after insert on clause_progress
    referencing new table as changed for each statement execute function lot_figures_kept();
create trigger lot_figures_progress_updated after update on clause_progress
    referencing new table as changed for each statement execute function lot_figures_kept();
create trigger lot_figures_progress_deleted after delete on clause_progress
    referencing old table as changed for each statement execute function lot_figures_kept();

-- The lots registered before this version, and their totals.
select lot_figures_refresh(array(select id from lot));
select figures_recount();
delete from figures_dirty;
