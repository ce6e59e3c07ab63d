import { z } from 'zod';
import { JURISDICTIONS, isJurisdiction } from '../../../core/model/jurisdiction';
import {
  approvalRequestSchema,
  masterEntrySchema,
  masterHistoryQuerySchema,
  masterHistorySchema,
  masterImportResultSchema,
  masterListQuerySchema,
  masterListSchema,
} from '../../api/master';
import { type Endpoint, protectedEndpoint } from '../http/endpoint';
import { HttpError, notFound, pathId } from '../http/http-error';
import { checkClassification } from '../../../core/master/classification';
import { readMasterCsv } from '../master/master-csv';
import { findFinding } from '../stores/findings-store';
import { approveClassification, findMasterEntry, listMaster, masterHistory } from '../stores/master-store';
import { findScan } from '../stores/scans-store';

const list = protectedEndpoint({
  method: 'get',
  path: '/api/v1/master',
  tag: 'Classification master',
  summary: 'The approved classification per part number.',
  access: 'master.read',
  // The extension and CI bring the approved classifications into every check with their upload token.
  uploadToken: true,
  query: masterListQuerySchema,
  response: masterListSchema,
  async handle({ http, query, inOrganization, audit }) {
    return http.json(
      await inOrganization(async (client) => {
        const page = await listMaster(client, query);
        await audit(client, { action: 'master.read', detail: { returned: page.entries.length } });
        return page;
      }),
    );
  },
});

const read = protectedEndpoint({
  method: 'get',
  path: '/api/v1/master/:entryId',
  tag: 'Classification master',
  summary: 'One master entry.',
  access: 'master.read',
  response: masterEntrySchema,
  statuses: { 404: 'No such entry in your organization' },
  async handle({ http, params, inOrganization, audit }) {
    const entryId = pathId(params.entryId, 'master entry');
    const entry = await inOrganization(async (client) => {
      const found = await findMasterEntry(client, entryId);
      if (found) await audit(client, { action: 'master.read', objectType: 'master-entry', objectId: entryId });
      return found;
    });
    if (!entry) throw notFound('master entry', entryId);
    return http.json(entry);
  },
});

const approve = protectedEndpoint({
  method: 'post',
  path: '/api/v1/master/approvals',
  tag: 'Classification master',
  summary: 'Approve a tariff code (and origin, unit) for the part number on a finding’s row; the change goes to the history.',
  access: 'master.approve',
  body: approvalRequestSchema,
  response: masterEntrySchema,
  statuses: { 404: 'No such scan or finding in your organization', 422: 'The code, origin or unit is not valid, or the finding’s row has no part number' },
  async handle({ http, body, caller, inOrganization, audit }) {
    const entry = await inOrganization(async (client) => {
      const scan = await findScan(client, body.scanId);
      if (!scan) throw notFound('scan', body.scanId);
      const finding = await findFinding(client, body.scanId, body.findingId);
      if (!finding) throw notFound(`finding ${body.findingId} in scan`, body.scanId);
      if (finding.partNumber === null) {
        throw new HttpError(422, 'no-part-number', `Finding ${body.findingId} is on a row without a part number, so there is nothing to approve a classification for.`);
      }
      const jurisdiction = isJurisdiction(scan.jurisdiction) ? scan.jurisdiction : 'US';
      const checked = checkClassification(jurisdiction, body);
      if (!checked.ok) throw new HttpError(422, 'invalid-classification', checked.problems.join(' '));
      const { entryId } = await approveClassification(client, caller.organizationId, { id: caller.member.id, name: caller.member.displayName }, {
        jurisdiction,
        partNumber: finding.partNumber,
        how: 'approval',
        sourceScanId: body.scanId,
        ...checked.classification,
      });
      await audit(client, { action: 'master.approve', objectType: 'master-entry', objectId: entryId, detail: { scanId: body.scanId, findingId: body.findingId } });
      return findMasterEntry(client, entryId);
    });
    return http.json(entry);
  },
});

const importCsv = protectedEndpoint({
  method: 'post',
  path: '/api/v1/master/import',
  tag: 'Classification master',
  summary: 'Import a master list as CSV (part number, tariff code, optional origin and unit; headers in any wording the checker knows). All or nothing.',
  access: 'master.approve',
  csvBody: true,
  query: z.object({ jurisdiction: z.enum(JURISDICTIONS).default('US') }).strict(),
  response: masterImportResultSchema,
  statuses: { 422: 'A row of the CSV is not valid (every problem is listed with its row)' },
  async handle({ http, text, query, caller, inOrganization, audit }) {
    const reading = readMasterCsv(text, query.jurisdiction);
    if (!reading.ok) throw new HttpError(422, 'invalid-csv', `The master CSV was not imported: ${reading.problems[0]!.path}: ${reading.problems[0]!.message}`, reading.problems);
    const result = await inOrganization(async (client) => {
      let imported = 0;
      for (const line of reading.lines) {
        const { changed } = await approveClassification(client, caller.organizationId, { id: caller.member.id, name: caller.member.displayName }, {
          jurisdiction: query.jurisdiction,
          how: 'import',
          sourceScanId: null,
          ...line,
        });
        if (changed) imported++;
      }
      await audit(client, { action: 'master.import', detail: { imported, unchanged: reading.lines.length - imported, jurisdiction: query.jurisdiction } });
      return { imported, unchanged: reading.lines.length - imported };
    });
    return http.json(result);
  },
});

const history = protectedEndpoint({
  method: 'get',
  path: '/api/v1/master-history',
  tag: 'Classification master',
  summary: 'Changes to the master, newest first: who changed which part number from what to what.',
  access: 'master.read',
  query: masterHistoryQuerySchema,
  response: masterHistorySchema,
  async handle({ http, query, inOrganization, audit }) {
    const changes = await inOrganization(async (client) => {
      const found = await masterHistory(client, query);
      await audit(client, { action: 'master.read', objectType: 'master-history', detail: { returned: found.length } });
      return found;
    });
    return http.json({ changes });
  },
});

export const MASTER_ENDPOINTS: Endpoint[] = [list, approve, importCsv, read, history];
