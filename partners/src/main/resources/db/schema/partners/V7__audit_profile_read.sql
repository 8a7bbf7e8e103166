-- Another module reading a participant's statistical profile (sex, age band, residence) is audited too.
alter table audit_log drop constraint audit_log_action_check;
alter table audit_log add constraint audit_log_action_check check (action in ('ENROLLED', 'FILE_OPENED',
    'IDENTITY_CHANGED', 'CRITERION_RECORDED', 'CRITERION_REMOVED', 'PATHWAY_OPENED', 'PATHWAY_CHANGED',
    'PATHWAY_EXITED', 'FILE_EXPORTED', 'LIST_EXPORTED', 'ANONYMISED', 'IDENTITY_READ', 'ELIGIBILITY_READ',
    'PROFILE_READ', 'KEPT_DATA_READ'));
