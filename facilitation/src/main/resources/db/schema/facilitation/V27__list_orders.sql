-- The lists open on their default order: the first page reads 50 entries of an index instead of sorting the whole
-- table (issue 14; ListPagesBenchmark's plans). Statements newest first, candidacies latest referred first, offers
-- latest start first; the id last, as the lists order, so that pages never overlap.
create index statement_received on statement (received_at desc, id);
create index referral_referred on referral (referred_on desc, id);
create index job_offer_start on job_offer (start_date desc, id);
-- The facilitator's home lists the placements ending this month, by end date.
create index placement_end on placement (end_date, id);
