-- A statement names people by reference: its preview looks their placements up by it.
create index placement_reference on placement (participant_reference);
-- A clause appears once among a placement's shares.
alter table placement_share add constraint placement_share_clause_once unique (placement_id, clause_id);

-- A statement found wrong before its validation is rejected, with the reason; its lines leave the ledger.
alter table statement drop constraint statement_state_check;
alter table statement add constraint statement_state_check
    check (state in ('RECEIVED', 'CHECKED', 'VALIDATED', 'REJECTED'));
alter table statement add column rejected_by varchar(100);
alter table statement add column rejected_at timestamptz;
alter table statement add column rejection_reason varchar(1000);
alter table statement add constraint statement_rejected_with_reason
    check (state <> 'REJECTED' or (rejection_reason is not null and rejected_by is not null));
