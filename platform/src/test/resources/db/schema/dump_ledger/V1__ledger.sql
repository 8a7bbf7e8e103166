-- A module of the dump tests (DatabaseDumpTest): identity and generated columns, a sequence, foreign keys, seeded
-- reference rows, a table kept by a trigger (like the read models) and an append-only one (like the audit log).
create sequence entry_number;

create table account (
    id       bigint generated always as identity primary key,
    name     text not null,
    name_key text generated always as (upper(name)) stored
);

create table trade (
    code         text primary key,
    labour_share numeric(3, 2) not null
);
insert into trade values ('PAINTING', 0.70), ('MASONRY', 0.50);

create table entry (
    id         bigint primary key default nextval('entry_number'),
    account_id bigint not null references account (id),
    trade      text not null references trade (code),
    amount     numeric(12, 2) not null
);

create table account_total (
    account_id bigint primary key references account (id),
    entries    int not null,
    total      numeric(14, 2) not null
);

create function entry_counted() returns trigger language plpgsql as $$
begin
    insert into dump_ledger.account_total as t (account_id, entries, total) values (new.account_id, 1, new.amount)
    on conflict (account_id) do update set entries = t.entries + 1, total = t.total + excluded.total;
    return new;
end
$$;
create trigger entry_counted after insert on entry for each row execute function entry_counted();

create table journal (
    id   bigint generated always as identity primary key,
    line text not null
);

create function journal_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the journal is append-only (% refused)', tg_op;
end
$$;
create trigger journal_no_change before update or delete on journal
    for each row execute function journal_append_only();
create trigger journal_no_truncate before truncate on journal
    for each statement execute function journal_append_only();
