-- Schema version 9 on PostgreSQL: an organisation's shared database. Versions 1 to 8 only ever existed in files, so a
-- server database starts at 9; every later version adds a script here beside its file one (storage/migrations), and
-- both engines share one version sequence (meta.schema_version). ServerSchema runs each script in the transaction
-- that records its version, under an advisory lock.
--
-- The tables, columns and constraints are the file's (storage/migrations/001 to 009), in PostgreSQL's types: ids are
-- identities the server hands out (RETURNING gives them), dates are dates, flags booleans, numbers double precision
-- and instants timestamptz. Enumerations stay lower-case text, checked alike.

-- key 'application' = 'quarterdeck' tells Quarterdeck's databases from others (a file's PRAGMA application_id).
CREATE TABLE meta (
    key   text PRIMARY KEY,
    value text
);
INSERT INTO meta (key, value) VALUES ('application', 'quarterdeck');

-- Who changed what. A server has writers at once: a change's id is taken when its action starts writing (its first
-- statement inserts the row and names it in the transaction's setting quarterdeck.change), not the next id at commit
-- as in a file, where one writer holds the lock.
CREATE TABLE changes (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    written_at timestamptz NOT NULL,
    writer     text NOT NULL CHECK (writer IN ('command-line', 'window')),
    user_name  text NOT NULL DEFAULT '',
    host       text NOT NULL DEFAULT '',
    pid        bigint NOT NULL DEFAULT 0,
    connection text NOT NULL DEFAULT '',
    summary    text NOT NULL DEFAULT ''
);

CREATE TABLE teams (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id bigint REFERENCES teams (id) ON DELETE CASCADE,
    name      text NOT NULL,
    revision  bigint NOT NULL DEFAULT 0
);
CREATE INDEX teams_by_parent ON teams (parent_id);

CREATE TABLE cycles (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text NOT NULL,
    start_date date NOT NULL,
    end_date   date NOT NULL,
    state      text NOT NULL DEFAULT 'planning' CHECK (state IN ('planning', 'active', 'closed')),
    annual     boolean NOT NULL DEFAULT false,
    revision   bigint NOT NULL DEFAULT 0,
    CHECK (start_date <= end_date)
);
CREATE INDEX cycles_by_start ON cycles (start_date);

CREATE TABLE objectives (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cycle_id    bigint NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    team_id     bigint NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    parent_id   bigint REFERENCES objectives (id) ON DELETE SET NULL,
    title       text NOT NULL,
    description text NOT NULL DEFAULT '',
    commitment  text NOT NULL DEFAULT 'committed' CHECK (commitment IN ('committed', 'aspirational')),
    weight      double precision NOT NULL DEFAULT 1.0,
    position    integer NOT NULL DEFAULT 0,
    grade       double precision CHECK (grade IS NULL OR grade BETWEEN 0.0 AND 1.0),
    grade_note  text NOT NULL DEFAULT '',
    revision    bigint NOT NULL DEFAULT 0
);
CREATE INDEX objectives_by_cycle ON objectives (cycle_id, position);
CREATE INDEX objectives_by_team ON objectives (team_id, cycle_id);
CREATE INDEX objectives_by_parent ON objectives (parent_id);

CREATE TABLE key_results (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    objective_id bigint NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
    title        text NOT NULL,
    description  text NOT NULL DEFAULT '',
    start_value  double precision NOT NULL DEFAULT 0,
    target_value double precision NOT NULL DEFAULT 0,
    unit         text NOT NULL DEFAULT 'number' CHECK (unit IN ('number', 'percent', 'currency', 'time', 'rating')),
    unit_label   text NOT NULL DEFAULT '',
    kind         text NOT NULL DEFAULT 'increase' CHECK (kind IN ('increase', 'decrease', 'keep-above', 'keep-below')),
    weight       double precision NOT NULL DEFAULT 1.0,
    owner        text NOT NULL DEFAULT '',
    commitment   text NOT NULL DEFAULT 'committed' CHECK (commitment IN ('committed', 'aspirational')),
    position     integer NOT NULL DEFAULT 0,
    revision     bigint NOT NULL DEFAULT 0,
    added_on     date
);
CREATE INDEX key_results_by_objective ON key_results (objective_id, position);

CREATE TABLE initiatives (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key_result_id bigint NOT NULL REFERENCES key_results (id) ON DELETE CASCADE,
    title         text NOT NULL,
    owner         text NOT NULL DEFAULT '',
    status        text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')),
    due_date      date,
    position      integer NOT NULL DEFAULT 0,
    revision      bigint NOT NULL DEFAULT 0
);
CREATE INDEX initiatives_by_key_result ON initiatives (key_result_id, position);

CREATE TABLE check_ins (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id         bigint NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    iso_year        integer NOT NULL,
    iso_week        integer NOT NULL CHECK (iso_week BETWEEN 1 AND 53),
    lessons         text NOT NULL DEFAULT '',
    next_priorities text NOT NULL DEFAULT '',
    revision        bigint NOT NULL DEFAULT 0,
    UNIQUE (team_id, iso_year, iso_week),
    UNIQUE (id, iso_year, iso_week)
);
CREATE INDEX check_ins_by_week ON check_ins (iso_year, iso_week);

CREATE TABLE kr_updates (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    check_in_id   bigint NOT NULL,
    iso_year      integer NOT NULL,
    iso_week      integer NOT NULL,
    key_result_id bigint NOT NULL REFERENCES key_results (id) ON DELETE CASCADE,
    value         double precision NOT NULL,
    confidence    text NOT NULL DEFAULT 'on-track' CHECK (confidence IN ('on-track', 'at-risk', 'off-track')),
    comment       text NOT NULL DEFAULT '',
    UNIQUE (check_in_id, key_result_id),
    FOREIGN KEY (check_in_id, iso_year, iso_week) REFERENCES check_ins (id, iso_year, iso_week) ON DELETE CASCADE
);
CREATE INDEX kr_updates_history ON kr_updates (key_result_id, iso_year, iso_week, check_in_id, value, confidence);

CREATE TABLE plan_items (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    check_in_id   bigint NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
    person        text NOT NULL DEFAULT '',
    kind          text NOT NULL DEFAULT 'plan' CHECK (kind IN ('plan', 'progress', 'problem')),
    text          text NOT NULL DEFAULT '',
    key_result_id bigint REFERENCES key_results (id) ON DELETE SET NULL,
    done          boolean NOT NULL DEFAULT false
);
CREATE INDEX plan_items_by_check_in ON plan_items (check_in_id);
CREATE INDEX plan_items_by_key_result ON plan_items (key_result_id);

CREATE TABLE kpis (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id    bigint REFERENCES teams (id) ON DELETE CASCADE,
    name       text NOT NULL,
    unit_label text NOT NULL DEFAULT '',
    target     double precision NOT NULL DEFAULT 0,
    trend      text NOT NULL DEFAULT 'higher-is-better' CHECK (trend IN ('higher-is-better', 'lower-is-better')),
    revision   bigint NOT NULL DEFAULT 0
);
CREATE INDEX kpis_by_team ON kpis (team_id);

CREATE TABLE kpi_values (
    kpi_id bigint NOT NULL REFERENCES kpis (id) ON DELETE CASCADE,
    date   date NOT NULL,
    value  double precision NOT NULL,
    PRIMARY KEY (kpi_id, date)
);

CREATE TABLE team_reviews (
    cycle_id            bigint NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    team_id             bigint NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    performance         text NOT NULL DEFAULT '',
    worked              text NOT NULL DEFAULT '',
    failed              text NOT NULL DEFAULT '',
    start_stop_continue text NOT NULL DEFAULT '',
    lessons             text NOT NULL DEFAULT '',
    revision            bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (cycle_id, team_id)
);
CREATE INDEX team_reviews_by_team ON team_reviews (team_id);

CREATE TABLE comments (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    objective_id  bigint REFERENCES objectives (id) ON DELETE CASCADE,
    key_result_id bigint REFERENCES key_results (id) ON DELETE CASCADE,
    author        text NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL,
    text          text NOT NULL,
    CHECK ((objective_id IS NULL) <> (key_result_id IS NULL))
);
CREATE INDEX comments_by_objective ON comments (objective_id);
CREATE INDEX comments_by_key_result ON comments (key_result_id);

-- The change the transaction writes, which every row it writes carries as its revision (a file stamps the next change
-- id; see 004). Writing outside a recorded change would leave rows that no stale edit can be checked against.
CREATE FUNCTION quarterdeck_change() RETURNS bigint LANGUAGE plpgsql STABLE AS $$
DECLARE
    change text := current_setting('quarterdeck.change', true);
BEGIN
    IF change IS NULL OR change = '' THEN
        RAISE EXCEPTION 'a write to a Quarterdeck database belongs to a recorded change'
            USING ERRCODE = 'P0001', HINT = 'Insert its row into changes and name it in quarterdeck.change first.';
    END IF;
    RETURN change::bigint;
END;
$$;

-- A row written carries the change; an insert or update that sets the revision itself keeps it (a row put back whole).
CREATE FUNCTION quarterdeck_stamp_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NEW.revision = 0) OR (TG_OP = 'UPDATE' AND NEW.revision = OLD.revision) THEN
        NEW.revision := quarterdeck_change();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER teams_stamp BEFORE INSERT OR UPDATE ON teams FOR EACH ROW EXECUTE FUNCTION quarterdeck_stamp_row();
CREATE TRIGGER cycles_stamp BEFORE INSERT OR UPDATE ON cycles FOR EACH ROW EXECUTE FUNCTION quarterdeck_stamp_row();
CREATE TRIGGER objectives_stamp BEFORE INSERT OR UPDATE ON objectives
    FOR EACH ROW EXECUTE FUNCTION quarterdeck_stamp_row();
CREATE TRIGGER key_results_stamp BEFORE INSERT OR UPDATE ON key_results
    FOR EACH ROW EXECUTE FUNCTION quarterdeck_stamp_row();
CREATE TRIGGER initiatives_stamp BEFORE INSERT OR UPDATE ON initiatives
    FOR EACH ROW EXECUTE FUNCTION quarterdeck_stamp_row();
CREATE TRIGGER check_ins_stamp BEFORE INSERT OR UPDATE ON check_ins FOR EACH ROW EXECUTE FUNCTION quarterdeck_stamp_row();
CREATE TRIGGER kpis_stamp BEFORE INSERT OR UPDATE ON kpis FOR EACH ROW EXECUTE FUNCTION quarterdeck_stamp_row();
CREATE TRIGGER team_reviews_stamp BEFORE INSERT OR UPDATE ON team_reviews
    FOR EACH ROW EXECUTE FUNCTION quarterdeck_stamp_row();

-- A check-in's revision also follows its key result updates and plan items, a KPI's its values: the trigger's
-- arguments name the parent table and the column of the written rows that refers to it. Once per statement, over the
-- rows it wrote (a row at a time, a copy's 800,000 updates took minutes).
CREATE FUNCTION quarterdeck_stamp_parents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('UPDATE %I SET revision = $1 WHERE id IN (SELECT %I FROM written) AND revision <> $1',
                   TG_ARGV[0], TG_ARGV[1])
        USING quarterdeck_change();
    RETURN NULL;
END;
$$;
CREATE TRIGGER kr_updates_stamp_insert AFTER INSERT ON kr_updates REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION quarterdeck_stamp_parents('check_ins', 'check_in_id');
CREATE TRIGGER kr_updates_stamp_update AFTER UPDATE ON kr_updates REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION quarterdeck_stamp_parents('check_ins', 'check_in_id');
CREATE TRIGGER kr_updates_stamp_delete AFTER DELETE ON kr_updates REFERENCING OLD TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION quarterdeck_stamp_parents('check_ins', 'check_in_id');
CREATE TRIGGER plan_items_stamp_insert AFTER INSERT ON plan_items REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION quarterdeck_stamp_parents('check_ins', 'check_in_id');
CREATE TRIGGER plan_items_stamp_update AFTER UPDATE ON plan_items REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION quarterdeck_stamp_parents('check_ins', 'check_in_id');
CREATE TRIGGER plan_items_stamp_delete AFTER DELETE ON plan_items REFERENCING OLD TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION quarterdeck_stamp_parents('check_ins', 'check_in_id');
CREATE TRIGGER kpi_values_stamp_insert AFTER INSERT ON kpi_values REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION quarterdeck_stamp_parents('kpis', 'kpi_id');
CREATE TRIGGER kpi_values_stamp_update AFTER UPDATE ON kpi_values REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION quarterdeck_stamp_parents('kpis', 'kpi_id');
CREATE TRIGGER kpi_values_stamp_delete AFTER DELETE ON kpi_values REFERENCING OLD TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION quarterdeck_stamp_parents('kpis', 'kpi_id');
