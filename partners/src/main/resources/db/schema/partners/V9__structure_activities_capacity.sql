-- What a structure does and how much it can take on (issue 16): its activities, as CPV families (the digits of a CPV
-- code without its trailing zeros, "45442" for painting works) or trade codes ("PAINTING"), and the capacity it
-- declares (people, hours a year). Procurement's recommender finds the local supply of a planned purchase in them.
alter table structure
    add column activities              varchar(40)[] not null default '{}',
    add column capacity_people         int check (capacity_people >= 0),
    add column capacity_hours_per_year int check (capacity_hours_per_year >= 0);
create index structure_activities on structure using gin (activities);
