-- The contracts procurement closed, as ContractClosed said: the two events travel separately, so a closure that
-- arrives before its award is kept here and applied when the award's clauses arrive.
create table closed_contract (
    contract_id uuid primary key,
    closed_on   date not null
);
