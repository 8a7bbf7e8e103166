-- The last activity other modules report about a participant (ParticipantActivityReported), for the retention job.
create table participant_activity (
    participant_id    uuid    primary key,
    last_activity     date    not null,
    placement_running boolean not null
);
