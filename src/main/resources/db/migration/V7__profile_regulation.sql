-- Regulation has three degrees instead of yes / no: none, light (an internal risk policy), strict (a regulator or a
-- law). A team that said "regulated" is strict.
ALTER TABLE team_profile ADD COLUMN regulation VARCHAR(16) DEFAULT 'none' NOT NULL;
UPDATE team_profile SET regulation = 'strict' WHERE regulated;
ALTER TABLE team_profile DROP COLUMN regulated;
