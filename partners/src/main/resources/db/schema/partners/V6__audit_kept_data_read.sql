-- Another module showing personal data it keeps of its own (a placement's eligibility snapshot) is audited too.
alter table audit_log drop constraint audit_log_action_check;
alter table audit_log add constraint audit_log_action_check check (action in ('ENROLLED', 'FILE_OPENED',
    'IDENTITY_CHANGED', 'CRITERION_RECORDED', 'CRITERION_REMOVED', 'PATHWAY_OPENED', 'PATHWAY_CHANGED',
    'PATHWAY_EXITED', 'FILE_EXPORTED', 'LIST_EXPORTED', 'ANONYMISED', 'IDENTITY_READ', 'ELIGIBILITY_READ',
    'KEPT_DATA_READ'));
