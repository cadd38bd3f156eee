-- The weekly digest of every team (level changes, teams that slipped, new shared blockers, late steps), posted to a
-- channel an admin chose; sent at most once a week, like the gap report.
ALTER TABLE workspace_setting ADD COLUMN org_digest_to VARCHAR(64);
ALTER TABLE workspace_setting ADD COLUMN org_digest_sent_at TIMESTAMP WITH TIME ZONE;
