-- Schema version 2: KPIs (health metrics), the quarterly review's grades and team answers.

-- grade: 0.0 - 1.0, NULL until the review.
ALTER TABLE objectives ADD COLUMN grade REAL CHECK (grade IS NULL OR grade BETWEEN 0.0 AND 1.0);
ALTER TABLE objectives ADD COLUMN grade_note TEXT NOT NULL DEFAULT '';

-- trend: 'higher-is-better' | 'lower-is-better'. team_id NULL: a company-wide KPI with no owning team.
CREATE TABLE kpis (
    id         INTEGER PRIMARY KEY,
    team_id    INTEGER REFERENCES teams (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    unit_label TEXT NOT NULL DEFAULT '',
    target     REAL NOT NULL DEFAULT 0,
    trend      TEXT NOT NULL DEFAULT 'higher-is-better' CHECK (trend IN ('higher-is-better', 'lower-is-better'))
);
CREATE INDEX kpis_by_team ON kpis (team_id);

-- One value per KPI and day.
CREATE TABLE kpi_values (
    kpi_id INTEGER NOT NULL REFERENCES kpis (id) ON DELETE CASCADE,
    date   TEXT NOT NULL,
    value  REAL NOT NULL,
    PRIMARY KEY (kpi_id, date)
);

-- A team's answers to the review questions, one per cycle.
CREATE TABLE team_reviews (
    cycle_id            INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    team_id             INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    performance         TEXT NOT NULL DEFAULT '',
    worked              TEXT NOT NULL DEFAULT '',
    failed              TEXT NOT NULL DEFAULT '',
    start_stop_continue TEXT NOT NULL DEFAULT '',
    lessons             TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (cycle_id, team_id)
);
CREATE INDEX team_reviews_by_team ON team_reviews (team_id);
