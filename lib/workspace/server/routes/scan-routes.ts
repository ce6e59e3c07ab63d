import { scanUploadResultSchema, scanUploadSchema } from '../../api/scan-upload';
import { findingListQuerySchema, findingListSchema, scanListQuerySchema, scanListSchema, scanSummarySchema } from '../../api/scans';
import { type Endpoint, protectedEndpoint } from '../http/endpoint';
import { HttpError, notFound, pathId } from '../http/http-error';
import { listFindings } from '../stores/findings-store';
import { ScanConflictError, deleteScan, findScan, listScans, storeScan } from '../stores/scans-store';

const upload = protectedEndpoint({
  method: 'post',
  path: '/api/v1/scans',
  tag: 'Scans',
  summary: 'Upload a scan (its customs-preflight/issues@1 export in an envelope). Idempotent by scanId: a retry stores nothing twice; the same member\'s re-check of a scan (other content, same id) replaces it.',
  access: 'scans.upload',
  uploadToken: true,
  body: scanUploadSchema,
  response: scanUploadResultSchema,
  statuses: { 201: 'Stored', 200: 'Already stored, or replaced by this re-check', 409: 'Another member used the scan id for a different scan' },
  async handle({ http, body, caller, inOrganization, audit }) {
    try {
      const { created, replaced } = await inOrganization(async (client) => {
        const stored = await storeScan(client, caller.organizationId, caller.member.id, body);
        await audit(client, {
          action: 'scan.upload',
          objectType: 'scan',
          objectId: body.scanId,
          detail: { created: stored.created, replaced: stored.replaced, findings: body.report.findings.length, rows: body.report.rowCount },
        });
        return stored;
      });
      return http.json({ scanId: body.scanId, created, replaced, findings: body.report.findings.length }, created ? 201 : 200);
    } catch (error) {
      if (error instanceof ScanConflictError) throw new HttpError(409, 'scan-id-conflict', error.message);
      throw error;
    }
  },
});

const list = protectedEndpoint({
  method: 'get',
  path: '/api/v1/scans',
  tag: 'Scans',
  summary: 'List the team’s scans, newest first, filtered by importer profile, member, date, severity or rule.',
  access: 'scans.read',
  query: scanListQuerySchema,
  response: scanListSchema,
  async handle({ http, query, inOrganization, audit }) {
    const page = await inOrganization(async (client) => {
      const found = await listScans(client, query);
      const filters = Object.fromEntries(Object.entries(query).filter(([key]) => key !== 'limit' && key !== 'offset'));
      await audit(client, { action: 'scan.list', detail: { ...filters, returned: found.scans.length } });
      return found;
    });
    return http.json(page);
  },
});

const read = protectedEndpoint({
  method: 'get',
  path: '/api/v1/scans/:scanId',
  tag: 'Scans',
  summary: 'One scan’s summary.',
  access: 'scans.read',
  response: scanSummarySchema,
  statuses: { 404: 'No such scan in your organization' },
  async handle({ http, params, inOrganization, audit }) {
    const scanId = pathId(params.scanId, 'scan');
    const scan = await inOrganization(async (client) => {
      const found = await findScan(client, scanId);
      if (found) await audit(client, { action: 'scan.read', objectType: 'scan', objectId: scanId });
      return found;
    });
    if (!scan) throw notFound('scan', scanId);
    return http.json(scan);
  },
});

const findings = protectedEndpoint({
  method: 'get',
  path: '/api/v1/scans/:scanId/findings',
  tag: 'Scans',
  summary: 'A scan’s findings, in the order the checker reported them, filtered by severity or rule.',
  access: 'scans.read',
  query: findingListQuerySchema,
  response: findingListSchema,
  statuses: { 404: 'No such scan in your organization' },
  async handle({ http, params, query, inOrganization, audit }) {
    const scanId = pathId(params.scanId, 'scan');
    const answer = await inOrganization(async (client) => {
      const scan = await findScan(client, scanId);
      if (!scan) return null;
      const page = await listFindings(client, scanId, query);
      await audit(client, { action: 'scan.read', objectType: 'scan', objectId: scanId, detail: { findings: page.findings.length } });
      return { scan, ...page };
    });
    if (!answer) throw notFound('scan', scanId);
    return http.json(answer);
  },
});

const remove = protectedEndpoint({
  method: 'delete',
  path: '/api/v1/scans/:scanId',
  tag: 'Scans',
  summary: 'Delete a scan and its findings (the rows, not a flag).',
  access: 'scans.delete',
  response: { kind: 'no-content' },
  statuses: { 204: 'Deleted', 404: 'No such scan in your organization' },
  async handle({ http, params, inOrganization, audit }) {
    const scanId = pathId(params.scanId, 'scan');
    const deleted = await inOrganization(async (client) => {
      const done = await deleteScan(client, scanId);
      if (done) await audit(client, { action: 'scan.delete', objectType: 'scan', objectId: scanId });
      return done;
    });
    if (!deleted) throw notFound('scan', scanId);
    return http.body(null, 204);
  },
});

export const SCAN_ENDPOINTS: Endpoint[] = [upload, list, read, findings, remove];
