import { dashboardQuerySchema, dashboardSchema } from '../../api/scans';
import { type Endpoint, protectedEndpoint } from '../http/endpoint';
import { dashboard } from '../stores/dashboard-store';

const plots = protectedEndpoint({
  method: 'get',
  path: '/api/v1/dashboard',
  tag: 'Scans',
  summary: 'The plots’ data: errors and warnings by rule per day, by column, the part numbers that fail most often, per importer profile.',
  access: 'scans.read',
  query: dashboardQuerySchema,
  response: dashboardSchema,
  async handle({ http, query, inOrganization, audit }) {
    const numbers = await inOrganization(async (client) => {
      const found = await dashboard(client, query);
      await audit(client, { action: 'dashboard.read', detail: { ...query } });
      return found;
    });
    return http.json(numbers);
  },
});

export const DASHBOARD_ENDPOINTS: Endpoint[] = [plots];
