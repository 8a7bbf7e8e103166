-- The dashboards read the ledger by month (a period of months), across every placement.
create index hours_entry_month on hours_entry (month);
