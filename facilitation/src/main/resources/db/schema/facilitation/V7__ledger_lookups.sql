-- A statement names people by reference: its preview looks their placements up by it.
create index placement_reference on placement (participant_reference);
-- A clause appears once among a placement's shares.
alter table placement_share add constraint placement_share_clause_once unique (placement_id, clause_id);
