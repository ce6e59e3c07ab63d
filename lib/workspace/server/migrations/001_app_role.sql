-- The role the server's queries run as. It owns nothing, is not a superuser and cannot bypass
-- row-level security, so the policies below decide what every query sees. The server connects
-- as the owner (who runs these migrations) and switches to this role with SET LOCAL ROLE inside
-- every transaction; the owner must therefore be a member of it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'customs_preflight_app') THEN
    CREATE ROLE customs_preflight_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
  IF NOT pg_has_role(current_user, 'customs_preflight_app', 'MEMBER') THEN
    EXECUTE format('GRANT customs_preflight_app TO %I', current_user);
  END IF;
END
$$;
