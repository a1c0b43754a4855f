-- Resolution gives a body the id of the first form it meets, so curation and rebuilds must replay articles in the order
-- they were ingested. Articles written by one batch share their ingest time; their place in the batch is kept here
-- (ids are hashes of where an article came from, so ordering by id would depend on the machine's folder names).
-- Existing rows: rowid already follows the batch order within one ingest time.
ALTER TABLE articles ADD COLUMN ingest_order INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET ingest_order = rowid;
