-- The audit also records changes to accounts (created, disabled, enabled, password reset). Such a change has
-- no area, indicator or period; it names the account instead. Passwords and their hashes are never recorded.
ALTER TABLE audit_entry MODIFY COLUMN area_code VARCHAR(9) NULL;
ALTER TABLE audit_entry MODIFY COLUMN indicator_id VARCHAR(80) NULL;
ALTER TABLE audit_entry MODIFY COLUMN period VARCHAR(20) NULL;
ALTER TABLE audit_entry ADD COLUMN account_username VARCHAR(100) NULL;
