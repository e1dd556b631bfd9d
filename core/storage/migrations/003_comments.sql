-- Schema version 3: comments on objectives and key results (author, time, text).
-- Each comment belongs to exactly one objective or one key result and goes with it.
-- created_at: ISO 8601 UTC date and time (yyyy-MM-ddTHH:mm:ssZ).
CREATE TABLE comments (
    id            INTEGER PRIMARY KEY,
    objective_id  INTEGER REFERENCES objectives (id) ON DELETE CASCADE,
    key_result_id INTEGER REFERENCES key_results (id) ON DELETE CASCADE,
    author        TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    text          TEXT NOT NULL,
    CHECK ((objective_id IS NULL) <> (key_result_id IS NULL))
);
CREATE INDEX comments_by_objective ON comments (objective_id);
CREATE INDEX comments_by_key_result ON comments (key_result_id);
