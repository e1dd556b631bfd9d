-- Schema version 8: the same CHECK constraints, written as comparisons joined by OR instead of IN lists. In a CHECK,
-- SQLite evaluates "x IN (a, b, c)" (three values or more) by filling a temporary b-tree with the list for every row
-- written: a fifth of the work of a 1,000-team CSV import. The words allowed are exactly the same.
--
-- A table's CHECK changes only by rebuilding it, SQLite's twelve steps (https://www.sqlite.org/lang_altertable.html,
-- "other kinds of table schema changes"): Document::migrate runs this with foreign keys off, checks them before it
-- commits and turns them on again. The rows are copied as they are, revisions included: the copy fires no trigger,
-- since the triggers are on the old table, and dropping it deletes nothing else with foreign keys off. Each table
-- then gets back its indexes and triggers as versions 1, 4 and 6 wrote them.
--
-- Readers: unchanged (a read-only open reads a version-7 document as it is: Document's oldestSchemaReadAsItIs).

CREATE TABLE new_cycles (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date   TEXT NOT NULL,
    state      TEXT NOT NULL DEFAULT 'planning' CHECK (state = 'planning' OR state = 'active' OR state = 'closed'),
    annual     INTEGER NOT NULL DEFAULT 0 CHECK (annual IN (0, 1)),
    revision   INTEGER NOT NULL DEFAULT 0,
    CHECK (start_date <= end_date)
);
INSERT INTO new_cycles (id, name, start_date, end_date, state, annual, revision)
SELECT id, name, start_date, end_date, state, annual, revision FROM cycles;
DROP TABLE cycles;
ALTER TABLE new_cycles RENAME TO cycles;
CREATE INDEX cycles_by_start ON cycles (start_date);
CREATE TRIGGER cycles_stamp_inserted AFTER INSERT ON cycles BEGIN
    UPDATE cycles SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER cycles_stamp_updated AFTER UPDATE ON cycles WHEN NEW.revision = OLD.revision BEGIN
    UPDATE cycles SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;

CREATE TABLE new_key_results (
    id           INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    start_value  REAL NOT NULL DEFAULT 0,
    target_value REAL NOT NULL DEFAULT 0,
    unit         TEXT NOT NULL DEFAULT 'number'
                 CHECK (unit = 'number' OR unit = 'percent' OR unit = 'currency' OR unit = 'time' OR unit = 'rating'),
    unit_label   TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL DEFAULT 'increase'
                 CHECK (kind = 'increase' OR kind = 'decrease' OR kind = 'keep-above' OR kind = 'keep-below'),
    weight       REAL NOT NULL DEFAULT 1.0,
    owner        TEXT NOT NULL DEFAULT '',
    commitment   TEXT NOT NULL DEFAULT 'committed' CHECK (commitment IN ('committed', 'aspirational')),
    position     INTEGER NOT NULL DEFAULT 0,
    revision     INTEGER NOT NULL DEFAULT 0,
    added_on     TEXT
);
INSERT INTO new_key_results (id, objective_id, title, description, start_value, target_value, unit, unit_label, kind,
                             weight, owner, commitment, position, revision, added_on)
SELECT id, objective_id, title, description, start_value, target_value, unit, unit_label, kind, weight, owner,
       commitment, position, revision, added_on
FROM key_results;
DROP TABLE key_results;
ALTER TABLE new_key_results RENAME TO key_results;
CREATE INDEX key_results_by_objective ON key_results (objective_id, position);
CREATE TRIGGER key_results_stamp_inserted AFTER INSERT ON key_results BEGIN
    UPDATE key_results SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER key_results_stamp_updated AFTER UPDATE ON key_results WHEN NEW.revision = OLD.revision BEGIN
    UPDATE key_results SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;

CREATE TABLE new_initiatives (
    id            INTEGER PRIMARY KEY,
    key_result_id INTEGER NOT NULL REFERENCES key_results (id) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    owner         TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'planned'
                  CHECK (status = 'planned' OR status = 'in-progress' OR status = 'done' OR status = 'dropped'),
    due_date      TEXT,
    position      INTEGER NOT NULL DEFAULT 0,
    revision      INTEGER NOT NULL DEFAULT 0
);
INSERT INTO new_initiatives (id, key_result_id, title, owner, status, due_date, position, revision)
SELECT id, key_result_id, title, owner, status, due_date, position, revision FROM initiatives;
DROP TABLE initiatives;
ALTER TABLE new_initiatives RENAME TO initiatives;
CREATE INDEX initiatives_by_key_result ON initiatives (key_result_id, position);
CREATE TRIGGER initiatives_stamp_inserted AFTER INSERT ON initiatives BEGIN
    UPDATE initiatives SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER initiatives_stamp_updated AFTER UPDATE ON initiatives WHEN NEW.revision = OLD.revision BEGIN
    UPDATE initiatives SET revision = (SELECT coalesce(max(id), 0) + 1 FROM changes) WHERE rowid = NEW.rowid;
END;

CREATE TABLE new_kr_updates (
    id            INTEGER PRIMARY KEY,
    check_in_id   INTEGER NOT NULL,
    iso_year      INTEGER NOT NULL,
    iso_week      INTEGER NOT NULL,
    key_result_id INTEGER NOT NULL REFERENCES key_results (id) ON DELETE CASCADE,
    value         REAL NOT NULL,
    confidence    TEXT NOT NULL DEFAULT 'on-track'
                  CHECK (confidence = 'on-track' OR confidence = 'at-risk' OR confidence = 'off-track'),
    comment       TEXT NOT NULL DEFAULT '',
    UNIQUE (check_in_id, key_result_id),
    FOREIGN KEY (check_in_id, iso_year, iso_week) REFERENCES check_ins (id, iso_year, iso_week) ON DELETE CASCADE
);
INSERT INTO new_kr_updates (id, check_in_id, iso_year, iso_week, key_result_id, value, confidence, comment)
SELECT id, check_in_id, iso_year, iso_week, key_result_id, value, confidence, comment FROM kr_updates;
DROP TABLE kr_updates;
ALTER TABLE new_kr_updates RENAME TO kr_updates;
CREATE INDEX kr_updates_history ON kr_updates (key_result_id, iso_year, iso_week, check_in_id, value, confidence);
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

CREATE TABLE new_plan_items (
    id            INTEGER PRIMARY KEY,
    check_in_id   INTEGER NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
    person        TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL DEFAULT 'plan' CHECK (kind = 'plan' OR kind = 'progress' OR kind = 'problem'),
    text          TEXT NOT NULL DEFAULT '',
    key_result_id INTEGER REFERENCES key_results (id) ON DELETE SET NULL,
    done          INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
);
INSERT INTO new_plan_items (id, check_in_id, person, kind, text, key_result_id, done)
SELECT id, check_in_id, person, kind, text, key_result_id, done FROM plan_items;
DROP TABLE plan_items;
ALTER TABLE new_plan_items RENAME TO plan_items;
CREATE INDEX plan_items_by_check_in ON plan_items (check_in_id);
CREATE INDEX plan_items_by_key_result ON plan_items (key_result_id);
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
