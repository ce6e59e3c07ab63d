import { createdUploadTokenSchema, newUploadTokenSchema, uploadTokenListSchema } from '../../api/people';
import { roleMay } from '../../api/roles';
import { type Endpoint, protectedEndpoint } from '../http/endpoint';
import { notFound, pathId } from '../http/http-error';
import { createUploadToken, findUploadTokenById, listUploadTokens, revokeUploadToken } from '../stores/upload-tokens-store';

const list = protectedEndpoint({
  method: 'get',
  path: '/api/v1/tokens',
  tag: 'Members and tokens',
  summary: 'Upload tokens: your own, or everyone’s for those who manage members. Secrets are never shown again.',
  access: 'tokens.own',
  response: uploadTokenListSchema,
  async handle({ http, caller, inOrganization }) {
    const everyone = roleMay(caller.member.role, 'members.manage');
    return http.json({ tokens: await inOrganization((client) => listUploadTokens(client, everyone ? null : caller.member.id)) });
  },
});

const create = protectedEndpoint({
  method: 'post',
  path: '/api/v1/tokens',
  tag: 'Members and tokens',
  summary: 'Create an upload token for yourself (for the extension or CI). It may only upload scans and read the classification master. The secret is in this answer only.',
  access: 'tokens.own',
  body: newUploadTokenSchema,
  response: createdUploadTokenSchema,
  statuses: { 201: 'Created' },
  async handle({ http, body, caller, inOrganization, audit }) {
    const created = await inOrganization(async (client) => {
      const made = await createUploadToken(client, caller.organizationId, caller.member.id, body.name);
      await audit(client, { action: 'token.create', objectType: 'upload-token', objectId: made.token.id, detail: { name: body.name } });
      return made;
    });
    return http.json(created, 201);
  },
});

const revoke = protectedEndpoint({
  method: 'delete',
  path: '/api/v1/tokens/:tokenId',
  tag: 'Members and tokens',
  summary: 'Revoke an upload token (yours, or anyone’s for those who manage members). It stays listed with its last use.',
  access: 'tokens.own',
  response: { kind: 'no-content' },
  statuses: { 204: 'Revoked', 404: 'No such token (of yours) in your organization' },
  async handle({ http, params, caller, inOrganization, audit }) {
    const tokenId = pathId(params.tokenId, 'upload token');
    await inOrganization(async (client) => {
      const token = await findUploadTokenById(client, tokenId);
      if (!token || (token.memberId !== caller.member.id && !roleMay(caller.member.role, 'members.manage'))) throw notFound('upload token', tokenId);
      await revokeUploadToken(client, tokenId);
      await audit(client, { action: 'token.revoke', objectType: 'upload-token', objectId: tokenId });
    });
    return http.body(null, 204);
  },
});

export const TOKEN_ENDPOINTS: Endpoint[] = [list, create, revoke];
