import { auditListSchema, auditQuerySchema } from '../../api/audit';
import { type Endpoint, protectedEndpoint } from '../http/endpoint';
import { listAudit } from '../stores/audit-store';

const list = protectedEndpoint({
  method: 'get',
  path: '/api/v1/audit',
  tag: 'Audit',
  summary: 'The audit log, newest first: who did what to which object, when. Never catalog values.',
  access: 'audit.read',
  query: auditQuerySchema,
  response: auditListSchema,
  async handle({ http, query, inOrganization }) {
    return http.json({ events: await inOrganization((client) => listAudit(client, query)) });
  },
});

export const AUDIT_ENDPOINTS: Endpoint[] = [list];
