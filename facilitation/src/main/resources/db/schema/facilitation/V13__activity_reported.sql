-- What facilitation last told partners about each participant's activity (ParticipantActivityReported): the nightly
-- report publishes only what changed since.
create table activity_reported (
    participant_id    uuid    primary key,
    last_activity     date    not null,
    placement_running boolean not null
);
