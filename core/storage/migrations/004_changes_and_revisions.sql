-- Schema version 4: who changed what (the change log) and a revision per edited row, so that a writer can tell
-- that rows changed since it read them (another window, the command line) and refuse to write over them.
--
-- Every write transaction records one change when it commits (Document::transaction). Its id is known before:
-- a writer holds the write lock (BEGIN IMMEDIATE), so the change it is writing is the next id of this table.
-- written_at: ISO 8601 UTC (yyyy-MM-ddTHH:mm:ssZ). writer: 'command-line' | 'window'. user_name, host and pid say
-- which person, machine and process wrote it; connection tells one open document from another (a window's own
-- later steps are no conflict for its undo); summary is a short description for people.
CREATE TABLE changes (
    id         INTEGER PRIMARY KEY,
    written_at TEXT NOT NULL,
    writer     TEXT NOT NULL CHECK (writer IN ('command-line', 'window')),
    user_name  TEXT NOT NULL DEFAULT '',
    host       TEXT NOT NULL DEFAULT '',
    pid        INTEGER NOT NULL DEFAULT 0,
    connection TEXT NOT NULL DEFAULT '',
    summary    TEXT NOT NULL DEFAULT ''
);

-- revision: the id of the change that last wrote the row (0: not written since this version). Triggers stamp it,
-- so every writer (repositories, importers, the command line) keeps it without naming the column. A check-in's
-- revision also follows its key result updates and plan items, a KPI's its values.
ALTER TABLE teams ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cycles ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE objectives ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE key_results ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE initiatives ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE check_ins ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE kpis ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE team_reviews ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

-- A row written stamps itself with the change being written; an UPDATE that sets the revision is left alone.
CREATE TRIGGER teams_stamp_inserted AFTER INSERT ON teams BEGIN
    UPDATE teams SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER teams_stamp_updated AFTER UPDATE ON teams WHEN NEW.revision = OLD.revision BEGIN
    UPDATE teams SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER cycles_stamp_inserted AFTER INSERT ON cycles BEGIN
    UPDATE cycles SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER cycles_stamp_updated AFTER UPDATE ON cycles WHEN NEW.revision = OLD.revision BEGIN
    UPDATE cycles SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER objectives_stamp_inserted AFTER INSERT ON objectives BEGIN
    UPDATE objectives SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER objectives_stamp_updated AFTER UPDATE ON objectives WHEN NEW.revision = OLD.revision BEGIN
    UPDATE objectives SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER key_results_stamp_inserted AFTER INSERT ON key_results BEGIN
    UPDATE key_results SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER key_results_stamp_updated AFTER UPDATE ON key_results WHEN NEW.revision = OLD.revision BEGIN
    UPDATE key_results SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER initiatives_stamp_inserted AFTER INSERT ON initiatives BEGIN
    UPDATE initiatives SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER initiatives_stamp_updated AFTER UPDATE ON initiatives WHEN NEW.revision = OLD.revision BEGIN
    UPDATE initiatives SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER check_ins_stamp_inserted AFTER INSERT ON check_ins BEGIN
    UPDATE check_ins SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER check_ins_stamp_updated AFTER UPDATE ON check_ins WHEN NEW.revision = OLD.revision BEGIN
    UPDATE check_ins SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER kpis_stamp_inserted AFTER INSERT ON kpis BEGIN
    UPDATE kpis SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER kpis_stamp_updated AFTER UPDATE ON kpis WHEN NEW.revision = OLD.revision BEGIN
    UPDATE kpis SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER team_reviews_stamp_inserted AFTER INSERT ON team_reviews BEGIN
    UPDATE team_reviews SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER team_reviews_stamp_updated AFTER UPDATE ON team_reviews WHEN NEW.revision = OLD.revision BEGIN
    UPDATE team_reviews SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;

-- Content rows stamp the row they belong to, once per change.
CREATE TRIGGER kr_updates_stamp_insert AFTER INSERT ON kr_updates BEGIN
    UPDATE check_ins SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes)
    WHERE id = NEW.check_in_id AND revision <> (SELECT coalesce(max(id), 0) + 1 FROM changes);
END;
CREATE TRIGGER kr_updates_stamp_update AFTER UPDATE ON kr_updates BEGIN
    UPDATE check_ins SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes)
    WHERE id = NEW.check_in_id AND revision <> (SELECT coalesce(max(id), 0) + 1 FROM changes);
END;
CREATE TRIGGER kr_updates_stamp_delete AFTER DELETE ON kr_updates BEGIN
    UPDATE check_ins SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes)
    WHERE id = OLD.check_in_id AND revision <> (SELECT coalesce(max(id), 0) + 1 FROM changes);
END;
CREATE TRIGGER plan_items_stamp_insert AFTER INSERT ON plan_items BEGIN
    UPDATE check_ins SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes)
    WHERE id = NEW.check_in_id AND revision <> (SELECT coalesce(max(id), 0) + 1 FROM changes);
END;
CREATE TRIGGER plan_items_stamp_update AFTER UPDATE ON plan_items BEGIN
    UPDATE check_ins SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes)
    WHERE id = NEW.check_in_id AND revision <> (SELECT coalesce(max(id), 0) + 1 FROM changes);
END;
CREATE TRIGGER plan_items_stamp_delete AFTER DELETE ON plan_items BEGIN
    UPDATE check_ins SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes)
    WHERE id = OLD.check_in_id AND revision <> (SELECT coalesce(max(id), 0) + 1 FROM changes);
END;
CREATE TRIGGER kpi_values_stamp_insert AFTER INSERT ON kpi_values BEGIN
    UPDATE kpis SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes)
    WHERE id = NEW.kpi_id AND revision <> (SELECT coalesce(max(id), 0) + 1 FROM changes);
END;
CREATE TRIGGER kpi_values_stamp_update AFTER UPDATE ON kpi_values BEGIN
    UPDATE kpis SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes)
    WHERE id = NEW.kpi_id AND revision <> (SELECT coalesce(max(id), 0) + 1 FROM changes);
END;
CREATE TRIGGER kpi_values_stamp_delete AFTER DELETE ON kpi_values BEGIN
    UPDATE kpis SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes)
    WHERE id = OLD.kpi_id AND revision <> (SELECT coalesce(max(id), 0) + 1 FROM changes);
END;
