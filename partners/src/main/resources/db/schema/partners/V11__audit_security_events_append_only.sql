-- The audit log also records authentication events (no participant) and the list screens that show identities.
alter table audit_log drop constraint audit_log_action_check;
alter table audit_log add constraint audit_log_action_check check (action in ('ENROLLED', 'FILE_OPENED',
    'IDENTITY_CHANGED', 'CRITERION_RECORDED', 'CRITERION_REMOVED', 'PATHWAY_OPENED', 'PATHWAY_CHANGED',
    'PATHWAY_EXITED', 'FILE_EXPORTED', 'LIST_EXPORTED', 'ANONYMISED', 'IDENTITY_READ', 'ELIGIBILITY_READ',
    'PROFILE_READ', 'KEPT_DATA_READ', 'IDENTITY_MATCHED', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'LOCKED_OUT',
    'LOGGED_OUT', 'ACCESS_DENIED', 'LIST_SHOWN'));

-- Append-only: no line is ever changed; a line is deleted only by the purge of lines older than the retention
-- period (AuditPurge), which says so in its own transaction with set_config('insertion.audit_purge', 'on', true).
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and coalesce(current_setting('insertion.audit_purge', true), '') = 'on' then
        return old;
    end if;
    raise exception 'the audit log is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_log_no_update before update on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_delete before delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
