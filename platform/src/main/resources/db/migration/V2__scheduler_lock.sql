-- ShedLock: one row per scheduled job; the instance that holds a job's row until lock_until runs it, the others
-- skip that run (several instances of the application on one database).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
