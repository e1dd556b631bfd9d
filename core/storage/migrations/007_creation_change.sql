-- Schema version 7: a document filled when it was created (the demo, a generated organisation, an import into a
-- new document) stamped its rows with change 1 without recording that change, so the first edit of any of them
-- was taken for someone else's change. The change that created them is recorded now, when none is.
INSERT INTO changes (id, written_at, writer, summary)
SELECT 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'command-line', 'The document as it was created'
WHERE NOT EXISTS (SELECT 1 FROM changes)
  AND (EXISTS (SELECT 1 FROM teams WHERE revision = 1) OR EXISTS (SELECT 1 FROM cycles WHERE revision = 1)
       OR EXISTS (SELECT 1 FROM kpis WHERE revision = 1));
