-- Schema version 1: the organisation, cycles, the OKR tree and weekly check-ins.
-- Enums are stored as stable lower-case text, checked below; the Repository maps them to the C++ enums.
-- Dates are ISO 8601 text (yyyy-MM-dd); ISO weeks are (iso_year, iso_week).
-- Positions order siblings densely from 0: objectives within (cycle, team), key results within their objective,
-- initiatives within their key result.

PRAGMA application_id = 1363430193; -- 0x51444B31, 'QDK1': identifies a Quarterdeck document

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

-- The company is the root (no parent), then departments, then teams.
CREATE TABLE teams (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES teams (id) ON DELETE CASCADE,
    name      TEXT NOT NULL
);
CREATE INDEX teams_by_parent ON teams (parent_id);

-- state: 'planning' | 'active' | 'closed'
CREATE TABLE cycles (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date   TEXT NOT NULL,
    state      TEXT NOT NULL DEFAULT 'planning' CHECK (state IN ('planning', 'active', 'closed')),
    annual     INTEGER NOT NULL DEFAULT 0 CHECK (annual IN (0, 1)),
    CHECK (start_date <= end_date)
);
CREATE INDEX cycles_by_start ON cycles (start_date);

-- commitment: 'committed' | 'aspirational'. An aligned child loses its parent (SET NULL) when the parent goes.
CREATE TABLE objectives (
    id          INTEGER PRIMARY KEY,
    cycle_id    INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    team_id     INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    parent_id   INTEGER REFERENCES objectives (id) ON DELETE SET NULL,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    commitment  TEXT NOT NULL DEFAULT 'committed' CHECK (commitment IN ('committed', 'aspirational')),
    weight      REAL NOT NULL DEFAULT 1.0,
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX objectives_by_cycle ON objectives (cycle_id, position);
CREATE INDEX objectives_by_team ON objectives (team_id, cycle_id);
CREATE INDEX objectives_by_parent ON objectives (parent_id);

-- unit: 'number' | 'percent' | 'currency' | 'time' | 'rating'
-- kind: 'increase' | 'decrease' | 'keep-above' | 'keep-below'
-- The current value is not stored here: it is the latest check-in week's update (kr_updates).
CREATE TABLE key_results (
    id           INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    start_value  REAL NOT NULL DEFAULT 0,
    target_value REAL NOT NULL DEFAULT 0,
    unit         TEXT NOT NULL DEFAULT 'number'
                 CHECK (unit IN ('number', 'percent', 'currency', 'time', 'rating')),
    unit_label   TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL DEFAULT 'increase' CHECK (kind IN ('increase', 'decrease', 'keep-above', 'keep-below')),
    weight       REAL NOT NULL DEFAULT 1.0,
    owner        TEXT NOT NULL DEFAULT '',
    commitment   TEXT NOT NULL DEFAULT 'committed' CHECK (commitment IN ('committed', 'aspirational')),
    position     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX key_results_by_objective ON key_results (objective_id, position);

-- status: 'planned' | 'in-progress' | 'done' | 'dropped'; due_date NULL when none.
CREATE TABLE initiatives (
    id            INTEGER PRIMARY KEY,
    key_result_id INTEGER NOT NULL REFERENCES key_results (id) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    owner         TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')),
    due_date      TEXT,
    position      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX initiatives_by_key_result ON initiatives (key_result_id, position);

-- One check-in per team and ISO week; the unique constraint is also the team/week index.
CREATE TABLE check_ins (
    id              INTEGER PRIMARY KEY,
    team_id         INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    iso_year        INTEGER NOT NULL,
    iso_week        INTEGER NOT NULL CHECK (iso_week BETWEEN 1 AND 53),
    lessons         TEXT NOT NULL DEFAULT '',
    next_priorities TEXT NOT NULL DEFAULT '',
    UNIQUE (team_id, iso_year, iso_week),
    UNIQUE (id, iso_year, iso_week) -- the parent key of kr_updates' copy of the week
);
CREATE INDEX check_ins_by_week ON check_ins (iso_year, iso_week);

-- confidence: 'on-track' | 'at-risk' | 'off-track'. Rows keep the order of CheckIn::updates (by id).
-- iso_year and iso_week copy the check-in's week (the foreign key keeps them equal), so that a key result's
-- latest update and its history come from one index without visiting check_ins.
CREATE TABLE kr_updates (
    id            INTEGER PRIMARY KEY,
    check_in_id   INTEGER NOT NULL,
    iso_year      INTEGER NOT NULL,
    iso_week      INTEGER NOT NULL,
    key_result_id INTEGER NOT NULL REFERENCES key_results (id) ON DELETE CASCADE,
    value         REAL NOT NULL,
    confidence    TEXT NOT NULL DEFAULT 'on-track' CHECK (confidence IN ('on-track', 'at-risk', 'off-track')),
    comment       TEXT NOT NULL DEFAULT '',
    UNIQUE (check_in_id, key_result_id),
    FOREIGN KEY (check_in_id, iso_year, iso_week) REFERENCES check_ins (id, iso_year, iso_week) ON DELETE CASCADE
);
CREATE INDEX kr_updates_by_key_result ON kr_updates (key_result_id, iso_year, iso_week, check_in_id);

-- kind: 'plan' | 'progress' | 'problem'. A plan item may link to a key result. Rows keep CheckIn::items' order.
CREATE TABLE plan_items (
    id            INTEGER PRIMARY KEY,
    check_in_id   INTEGER NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
    person        TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL DEFAULT 'plan' CHECK (kind IN ('plan', 'progress', 'problem')),
    text          TEXT NOT NULL DEFAULT '',
    key_result_id INTEGER REFERENCES key_results (id) ON DELETE SET NULL,
    done          INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
);
CREATE INDEX plan_items_by_check_in ON plan_items (check_in_id);
CREATE INDEX plan_items_by_key_result ON plan_items (key_result_id);
