-- Tenant isolation enforced by the database. Every query of the server runs as
-- customs_preflight_app with app.organization_id set for its transaction (set_config(..., true));
-- a row is visible and writable only when it belongs to that organization. FORCE makes the
-- table owner obey the policies too. Without the setting (or with '' after an earlier
-- transaction set it locally) nullif(...) is NULL and nothing matches.
DO $$
DECLARE
  tenant_table text;
  key_column text;
BEGIN
  FOR tenant_table, key_column IN
    VALUES ('organizations', 'id'), ('members', 'organization_id'), ('sign_in_links', 'organization_id'),
           ('sessions', 'organization_id'), ('upload_tokens', 'organization_id'), ('scans', 'organization_id'),
           ('findings', 'organization_id'), ('master_entries', 'organization_id'),
           ('master_changes', 'organization_id'), ('audit_events', 'organization_id')
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (%I = nullif(current_setting(''app.organization_id'', true), '''')::uuid) '
      'WITH CHECK (%I = nullif(current_setting(''app.organization_id'', true), '''')::uuid)',
      tenant_table, key_column, key_column);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO customs_preflight_app', tenant_table);
  END LOOP;
END
$$;

-- Presenting a credential reveals that one credential's row (read only), so the server can learn
-- which organization a session, sign-in link or upload token belongs to before it sets
-- app.organization_id. Whoever knows the secret's hash already holds the credential.
CREATE POLICY credential_lookup ON sessions FOR SELECT
  USING (token_hash = nullif(current_setting('app.credential_hash', true), ''));
CREATE POLICY credential_lookup ON sign_in_links FOR SELECT
  USING (token_hash = nullif(current_setting('app.credential_hash', true), ''));
CREATE POLICY credential_lookup ON upload_tokens FOR SELECT
  USING (token_hash = nullif(current_setting('app.credential_hash', true), ''));
-- A single sign-on identity the server has verified (ID token checked) reveals the member rows
-- it may sign in as: by identity once linked, by verified email the first time.
CREATE POLICY verified_identity_lookup ON members FOR SELECT
  USING (sso_identity = nullif(current_setting('app.verified_identity', true), '')
      OR email = nullif(current_setting('app.verified_email', true), ''));

-- The directory holds no tenant data (ids only): readable so first start and the retention job
-- can find organizations; rows are added when an organization is created.
GRANT SELECT, INSERT ON organization_directory TO customs_preflight_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO customs_preflight_app;
