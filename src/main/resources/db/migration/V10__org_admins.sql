-- Who may see the organisation's roll-up besides the workspace's admins and owners: the members of a channel or of a
-- user group (its id). Unset: the admins and owners alone.
ALTER TABLE workspace_setting ADD COLUMN org_admins VARCHAR(64);
