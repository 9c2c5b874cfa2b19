-- Tokens that may write to a cairn server (POST /api/scans). A token is 'cairn_<id>_<secret>': the id finds the
-- row, and only the SHA-256 of the secret is kept, so the database cannot give a token away. The secret has 256
-- random bits, so a fast hash is enough (no password stretching); the server compares hashes in constant time.
CREATE TABLE api_token (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    secret_sha256 TEXT NOT NULL,
    created_at    BIGINT NOT NULL
);

-- The portfolio's sparklines: every repository's finding counts of the last 30 days, from this index alone (a
-- month of 500 repositories x daily scans took 100-130 ms through the table's rows on SQLite, 15,000 of them).
CREATE INDEX scan_recent_findings ON scan (scanned_at, id, repository_id, critical_findings, high_findings,
    medium_findings, low_findings, info_findings, suppressed_findings);
