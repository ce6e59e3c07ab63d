-- The plots count problems (errors and warnings) by rule, column and part number. Counting them
-- from millions of findings on every dashboard request takes seconds; these per-scan counts,
-- written when a scan is stored, make the same answers a sum over a few rows per scan. They
-- are deleted with their scan (foreign key), and isolated like every tenant table.
CREATE TABLE scan_rule_counts (
  organization_id uuid NOT NULL,
  scan_id uuid NOT NULL,
  rule_id text NOT NULL,
  problems integer NOT NULL,
  PRIMARY KEY (organization_id, scan_id, rule_id),
  FOREIGN KEY (organization_id, scan_id) REFERENCES scans (organization_id, id) ON DELETE CASCADE
);

CREATE TABLE scan_column_counts (
  organization_id uuid NOT NULL,
  scan_id uuid NOT NULL,
  column_name text NOT NULL,
  problems integer NOT NULL,
  PRIMARY KEY (organization_id, scan_id, column_name),
  FOREIGN KEY (organization_id, scan_id) REFERENCES scans (organization_id, id) ON DELETE CASCADE
);

CREATE TABLE scan_part_counts (
  organization_id uuid NOT NULL,
  scan_id uuid NOT NULL,
  part_number text NOT NULL,
  problems integer NOT NULL,
  PRIMARY KEY (organization_id, scan_id, part_number),
  FOREIGN KEY (organization_id, scan_id) REFERENCES scans (organization_id, id) ON DELETE CASCADE
);

DO $$
DECLARE
  rollup text;
BEGIN
  FOREACH rollup IN ARRAY ARRAY['scan_rule_counts', 'scan_column_counts', 'scan_part_counts']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', rollup);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', rollup);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (organization_id = nullif(current_setting(''app.organization_id'', true), '''')::uuid) '
      'WITH CHECK (organization_id = nullif(current_setting(''app.organization_id'', true), '''')::uuid)',
      rollup);
    EXECUTE format('GRANT SELECT, INSERT, DELETE ON %I TO customs_preflight_app', rollup);
  END LOOP;
END
$$;

-- Counts existing scans already have (a workspace upgraded to this migration).
INSERT INTO scan_rule_counts
  SELECT organization_id, scan_id, rule_id, count(*) FROM findings WHERE severity <> 'info' GROUP BY 1, 2, 3;
INSERT INTO scan_column_counts
  SELECT organization_id, scan_id, column_name, count(*) FROM findings WHERE severity <> 'info' AND column_name IS NOT NULL GROUP BY 1, 2, 3;
INSERT INTO scan_part_counts
  SELECT organization_id, scan_id, part_number, count(*) FROM findings WHERE severity <> 'info' AND part_number IS NOT NULL GROUP BY 1, 2, 3;
