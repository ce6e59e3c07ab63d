import { eraseRequestSchema, eraseResultSchema, organizationChangeSchema, organizationSettingsSchema } from '../../api/organization';
import { exportArchive } from '../export/export-archive';
import { type Endpoint, protectedEndpoint } from '../http/endpoint';
import { HttpError } from '../http/http-error';
import { eraseOrganizationData } from '../stores/erase-store';
import { changeOrganizationSettings, organizationSettings } from '../stores/organizations-store';

const settings = protectedEndpoint({
  method: 'get',
  path: '/api/v1/organization',
  tag: 'Organization',
  summary: 'The organization’s name and retention.',
  access: 'signed-in',
  response: organizationSettingsSchema,
  async handle({ http, inOrganization }) {
    return http.json(await inOrganization(organizationSettings));
  },
});

const change = protectedEndpoint({
  method: 'patch',
  path: '/api/v1/organization',
  tag: 'Organization',
  summary: 'Change the name or the retention (days a scan is kept; default 90).',
  access: 'organization.settings',
  body: organizationChangeSchema,
  response: organizationSettingsSchema,
  async handle({ http, body, inOrganization, audit }) {
    return http.json(
      await inOrganization(async (client) => {
        const before = await organizationSettings(client);
        const after = await changeOrganizationSettings(client, body);
        await audit(client, { action: 'organization.settings', detail: { retentionDaysFrom: before.retentionDays, retentionDaysTo: after.retentionDays, renamed: before.name !== after.name } });
        return after;
      }),
    );
  },
});

const exportAll = protectedEndpoint({
  method: 'get',
  path: '/api/v1/export',
  tag: 'Organization',
  summary: 'Everything of the organization as one ZIP archive: JSON files and CSV files of scans, findings, the master and its history, members, tokens (never secrets) and the audit log.',
  access: 'organization.export',
  response: { kind: 'zip' },
  async handle({ http, inOrganization, audit }) {
    const archive = await inOrganization(async (client) => {
      const built = await exportArchive(client);
      await audit(client, { action: 'organization.export', detail: { scans: built.counts.scans, findings: built.counts.findings } });
      return built;
    });
    const day = new Date().toISOString().slice(0, 10);
    return http.body(archive.zip as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="customs-preflight-workspace-${day}.zip"`,
    });
  },
});

const erase = protectedEndpoint({
  method: 'post',
  path: '/api/v1/organization/erase',
  tag: 'Organization',
  summary: 'Delete all of the organization’s scans, findings, master entries and history, and upload tokens. Members and the audit log stay, so the deletion itself is on record.',
  access: 'organization.erase',
  body: eraseRequestSchema,
  response: eraseResultSchema,
  statuses: { 422: 'The confirmation does not name the organization' },
  async handle({ http, body, inOrganization, audit }) {
    return http.json(
      await inOrganization(async (client) => {
        const { name } = await organizationSettings(client);
        if (body.confirmOrganizationName !== name) {
          throw new HttpError(422, 'confirmation-mismatch', `Type the organization's name exactly ("${name}") to confirm deleting all of its data.`);
        }
        const erased = await eraseOrganizationData(client);
        await audit(client, { action: 'organization.erase', detail: { ...erased } });
        return erased;
      }),
    );
  },
});

export const ORGANIZATION_ENDPOINTS: Endpoint[] = [settings, change, exportAll, erase];
