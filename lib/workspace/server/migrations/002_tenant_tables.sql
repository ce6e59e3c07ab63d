-- Only that an organization exists: what first start and the retention job need to find the
-- organizations without reading any of their data. No names, no settings.
CREATE TABLE organization_directory (
  id uuid PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organizations (
  id uuid PRIMARY KEY REFERENCES organization_directory (id) ON DELETE CASCADE,
  name text NOT NULL,
  retention_days integer NOT NULL DEFAULT 90 CHECK (retention_days BETWEEN 1 AND 3650),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE members (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  email text NOT NULL,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('owner', 'admin', 'filer', 'viewer')),
  -- issuer + ' ' + subject of the person's single sign-on identity, once they used it.
  sso_identity text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organization_id, email),
  UNIQUE (organization_id, sso_identity)
);

-- Secrets are stored only as SHA-256 hashes (hex); the secret itself is shown once.
CREATE TABLE sign_in_links (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE TABLE sessions (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

CREATE TABLE upload_tokens (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  name text NOT NULL,
  prefix text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

CREATE TABLE scans (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id uuid NOT NULL,
  member_id uuid REFERENCES members (id) ON DELETE SET NULL,
  importer_profile text NOT NULL,
  source text NOT NULL,
  jurisdiction text NOT NULL,
  check_date date NOT NULL,
  scanned_at timestamptz NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  row_count integer NOT NULL,
  error_count integer NOT NULL,
  warning_count integer NOT NULL,
  info_count integer NOT NULL,
  -- The export without its findings (mapping, rules run, schedule), kept for the archive export.
  report_header jsonb NOT NULL,
  -- SHA-256 of the uploaded scan, to tell a retry from a different scan reusing an id.
  content_hash text NOT NULL,
  PRIMARY KEY (organization_id, id)
);
CREATE INDEX scans_by_time ON scans (organization_id, scanned_at DESC);
CREATE INDEX scans_by_profile ON scans (organization_id, importer_profile, scanned_at DESC);

CREATE TABLE findings (
  organization_id uuid NOT NULL,
  scan_id uuid NOT NULL,
  ordinal integer NOT NULL,
  rule_id text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  row_number integer,
  field text,
  column_name text,
  value text,
  message text NOT NULL,
  fix text,
  part_number text,
  PRIMARY KEY (organization_id, scan_id, ordinal),
  FOREIGN KEY (organization_id, scan_id) REFERENCES scans (organization_id, id) ON DELETE CASCADE
);
CREATE INDEX findings_by_rule ON findings (organization_id, rule_id, scan_id);
CREATE INDEX findings_by_part ON findings (organization_id, part_number) WHERE part_number IS NOT NULL;

CREATE TABLE master_entries (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  jurisdiction text NOT NULL,
  part_number text NOT NULL,
  tariff_code text NOT NULL,
  country_of_origin text,
  unit text,
  approved_by uuid REFERENCES members (id) ON DELETE SET NULL,
  approved_at timestamptz NOT NULL DEFAULT now(),
  source_scan_id uuid,
  UNIQUE (organization_id, jurisdiction, part_number)
);

CREATE TABLE master_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  jurisdiction text NOT NULL,
  part_number text NOT NULL,
  how text NOT NULL CHECK (how IN ('approval', 'import')),
  before jsonb,
  after jsonb NOT NULL,
  changed_by uuid REFERENCES members (id) ON DELETE SET NULL,
  changed_by_name text,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX master_changes_by_part ON master_changes (organization_id, part_number, id DESC);

CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  at timestamptz NOT NULL DEFAULT now(),
  actor_kind text NOT NULL CHECK (actor_kind IN ('member', 'upload-token', 'system')),
  actor_id text,
  -- A snapshot of who it was, so the log still reads after the member is removed.
  actor_name text,
  action text NOT NULL,
  object_type text,
  object_id text,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_by_time ON audit_events (organization_id, id DESC);
