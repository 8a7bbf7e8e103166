-- What each clause counts, kept by every change of the ledger that makes hours count: the hours per modality
-- before the modality's coefficient (a setting, applied when read) and the people who worked them. Screens read
-- a clause's progress here instead of summing the ledger.
create table clause_total (
    clause_id uuid primary key,
    people    int not null check (people >= 0)
);
create table clause_total_modality (
    clause_id uuid           not null references clause_total (clause_id) on delete cascade,
    modality  varchar(30)    not null,
    hours     numeric(14, 4) not null check (hours >= 0),
    primary key (clause_id, modality)
);

-- The ledger as it stands: hand-entered hours and those of validated statements, shared by the placements' shares.
insert into clause_total (clause_id, people)
select s.clause_id, count(distinct p.participant_id)
from placement_share s
join placement p on p.id = s.placement_id
join hours_entry h on h.placement_id = p.id
left join statement st on st.id = h.statement_id
where h.statement_id is null or st.state = 'VALIDATED'
group by s.clause_id;
insert into clause_total_modality (clause_id, modality, hours)
select s.clause_id, p.modality, sum(h.hours * s.percent / 100)
from placement_share s
join placement p on p.id = s.placement_id
join hours_entry h on h.placement_id = p.id
left join statement st on st.id = h.statement_id
where h.statement_id is null or st.state = 'VALIDATED'
group by s.clause_id, p.modality;
