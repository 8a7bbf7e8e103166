-- The hours that count, written once: hours a facilitator entered by hand, and those of a validated statement
-- (a statement received, checked or rejected counts nothing yet). Every count of the ledger reads them here: the
-- clauses' progress and work (ClauseCounts, CountedWork) and the MEF's yearly report (YearResults). The modalities'
-- coefficients are settings of the application, not data: they are applied when the hours are read.
--
-- This is the rule V9 applied when it filled clause_total and clause_total_modality ("h.statement_id is null or
-- st.state = 'VALIDATED'"); V9 has run and is left as it is. Written as an anti-join (every statement_id names a
-- statement), the form the recount already used, so that its plan stays the same.
create view counted_hours as
select h.*
from hours_entry h
where not exists (select 1 from statement st where st.id = h.statement_id and st.state <> 'VALIDATED');
