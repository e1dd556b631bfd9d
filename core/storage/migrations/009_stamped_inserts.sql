-- Schema version 9: a row carries its revision from its INSERT. Quarterdeck writes the change being written into the
-- INSERT itself (TableMapping), and the trigger that stamped every inserted row by rewriting it after the insert (a
-- third of a CSV import's writing) now stamps only a row inserted without one: a row put back whole (the undo of a
-- team's removal leaves its old revision out) or one another program inserts.
--
-- Readers: unchanged (a read-only open reads a version-8 document as it is: Document's oldestSchemaReadAsItIs).

DROP TRIGGER teams_stamp_inserted;
CREATE TRIGGER teams_stamp_inserted AFTER INSERT ON teams WHEN NEW.revision = 0 BEGIN
    UPDATE teams SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
DROP TRIGGER cycles_stamp_inserted;
CREATE TRIGGER cycles_stamp_inserted AFTER INSERT ON cycles WHEN NEW.revision = 0 BEGIN
    UPDATE cycles SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
DROP TRIGGER objectives_stamp_inserted;
CREATE TRIGGER objectives_stamp_inserted AFTER INSERT ON objectives WHEN NEW.revision = 0 BEGIN
    UPDATE objectives SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
DROP TRIGGER key_results_stamp_inserted;
CREATE TRIGGER key_results_stamp_inserted AFTER INSERT ON key_results WHEN NEW.revision = 0 BEGIN
    UPDATE key_results SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
DROP TRIGGER initiatives_stamp_inserted;
CREATE TRIGGER initiatives_stamp_inserted AFTER INSERT ON initiatives WHEN NEW.revision = 0 BEGIN
    UPDATE initiatives SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
DROP TRIGGER check_ins_stamp_inserted;
CREATE TRIGGER check_ins_stamp_inserted AFTER INSERT ON check_ins WHEN NEW.revision = 0 BEGIN
    UPDATE check_ins SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
DROP TRIGGER kpis_stamp_inserted;
CREATE TRIGGER kpis_stamp_inserted AFTER INSERT ON kpis WHEN NEW.revision = 0 BEGIN
    UPDATE kpis SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
DROP TRIGGER team_reviews_stamp_inserted;
CREATE TRIGGER team_reviews_stamp_inserted AFTER INSERT ON team_reviews WHEN NEW.revision = 0 BEGIN
    UPDATE team_reviews SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
