-- Schema version 6: the key results' histories (value and stated confidence week by week) are read from the
-- index alone. The board, the tree and the charts read them after every change; on a large document looking
-- each update's row up in the table cost as much again as walking the index.
DROP INDEX kr_updates_by_key_result;
CREATE INDEX kr_updates_history ON kr_updates (key_result_id, iso_year, iso_week, check_in_id, value, confidence);
