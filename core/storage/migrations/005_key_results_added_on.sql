-- Schema version 5: the day each key result was added to its cycle, so that a key result added late is paced from
-- then (shared/domain.md, late key results). ISO date text; NULL counts as the cycle's start. The key results
-- that exist already count from their cycle's start.
ALTER TABLE key_results ADD COLUMN added_on TEXT;

-- Filling the new column is no one's edit: the revision stamp is lifted for it and put back as 004 wrote it.
DROP TRIGGER key_results_stamp_updated;
UPDATE key_results SET added_on = (
    SELECT c.start_date FROM objectives o JOIN cycles c ON c.id = o.cycle_id WHERE o.id = key_results.objective_id);
CREATE TRIGGER key_results_stamp_updated AFTER UPDATE ON key_results WHEN NEW.revision = OLD.revision BEGIN
    UPDATE key_results SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
