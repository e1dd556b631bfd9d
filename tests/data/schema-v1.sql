-- Builds schema-v1.okr: a real version-1 Quarterdeck document with a little data, for the migration tests.
-- Version 1 is released: keep this file and the .okr as they are. To rebuild it, from this folder:
--   rm -f schema-v1.okr && sqlite3 schema-v1.okr < schema-v1.sql
.bail on
.read ../../core/storage/migrations/001_initial.sql
INSERT INTO meta (key, value) VALUES ('schema_version', '1');

INSERT INTO teams (id, parent_id, name) VALUES (1, NULL, 'Acme'), (2, 1, 'Sales'), (3, 1, 'Platform');
INSERT INTO cycles (id, name, start_date, end_date, state, annual)
    VALUES (1, '2026 Q3', '2026-07-01', '2026-09-30', 'active', 0);
INSERT INTO objectives (id, cycle_id, team_id, parent_id, title, description, commitment, weight, position)
    VALUES (1, 1, 1, NULL, 'Delight our customers', 'Company objective', 'aspirational', 1.0, 0),
           (2, 1, 2, 1, 'Win the mid-market', '', 'committed', 2.0, 0);
INSERT INTO key_results (id, objective_id, title, description, start_value, target_value, unit, unit_label, kind,
                         weight, owner, commitment, position)
    VALUES (1, 2, 'Grow monthly revenue', '', 100000, 150000, 'currency', '$', 'increase', 1.0, 'Dana',
            'committed', 0),
           (2, 2, 'Cut churn', '', 5, 3, 'percent', '%', 'decrease', 1.5, 'Lee', 'aspirational', 1);
INSERT INTO initiatives (id, key_result_id, title, owner, status, due_date, position)
    VALUES (1, 1, 'Launch the partner programme', 'Dana', 'in-progress', '2026-08-15', 0);
INSERT INTO check_ins (id, team_id, iso_year, iso_week, lessons, next_priorities)
    VALUES (1, 2, 2026, 28, 'Demos convert', 'Hire an SDR');
INSERT INTO kr_updates (id, check_in_id, iso_year, iso_week, key_result_id, value, confidence, comment)
    VALUES (1, 1, 2026, 28, 1, 112000, 'on-track', 'Two deals closed'),
           (2, 1, 2026, 28, 2, 4.5, 'at-risk', '');
INSERT INTO plan_items (id, check_in_id, person, kind, text, key_result_id, done)
    VALUES (1, 1, 'Dana', 'plan', 'Call the top ten accounts', 1, 1),
           (2, 1, 'Lee', 'problem', 'Billing export is broken', NULL, 0);
