-- How many scans of the repository were saved: one more in every transaction that saves one (the row is locked by
-- that save anyway), from any process. The server reuses a page built from the store while the revisions it was
-- built from stay the same, and builds it again as soon as a scan is saved.
ALTER TABLE repository ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
UPDATE repository SET revision = (SELECT count(*) FROM scan WHERE scan.repository_id = repository.id);
