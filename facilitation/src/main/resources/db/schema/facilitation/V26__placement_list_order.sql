-- The placements' list opens on the latest starts: its first page reads 50 entries of this index, not the table.
create index placement_start on placement (start_date desc, id);
