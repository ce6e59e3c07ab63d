import { memberChangeSchema, memberListSchema, memberSchema, newMemberSchema, signInLinkSchema } from '../../api/people';
import type { Role } from '../../api/roles';
import { type Caller, type Endpoint, protectedEndpoint } from '../http/endpoint';
import { HttpError, notFound, pathId } from '../http/http-error';
import type { SqlClient } from '../database/sql-client';
import {
  MemberExistsError,
  type MemberRecord,
  addMember,
  changeMemberRole,
  findMember,
  listMembers,
  ownerCount,
  publicMember,
  removeMember,
} from '../stores/members-store';
import { createSignInLink } from '../stores/sign-in-links-store';
import { signInUrl } from './sign-in-url';

/** Owners are managed by owners only: an admin can neither make one nor change or remove one. */
function checkOwnerRule(caller: Caller, target: MemberRecord | null, newRole?: Role): void {
  if (caller.member.role === 'owner') return;
  if (target?.role === 'owner' || newRole === 'owner') throw new HttpError(403, 'forbidden', 'Only an owner may add, change or remove an owner.');
}

async function keepAnOwner(client: SqlClient, target: MemberRecord, newRole: Role | null): Promise<void> {
  if (target.role === 'owner' && newRole !== 'owner' && (await ownerCount(client)) <= 1) {
    throw new HttpError(409, 'last-owner', 'An organization keeps at least one owner: make someone else owner first.');
  }
}

const list = protectedEndpoint({
  method: 'get',
  path: '/api/v1/members',
  tag: 'Members and tokens',
  summary: 'The organization’s members and their roles.',
  access: 'signed-in',
  response: memberListSchema,
  async handle({ http, inOrganization }) {
    return http.json({ members: (await inOrganization(listMembers)).map(publicMember) });
  },
});

const read = protectedEndpoint({
  method: 'get',
  path: '/api/v1/members/:memberId',
  tag: 'Members and tokens',
  summary: 'One member.',
  access: 'signed-in',
  response: memberSchema,
  statuses: { 404: 'No such member in your organization' },
  async handle({ http, params, inOrganization }) {
    const memberId = pathId(params.memberId, 'member');
    const member = await inOrganization((client) => findMember(client, memberId));
    if (!member) throw notFound('member', memberId);
    return http.json(publicMember(member));
  },
});

const add = protectedEndpoint({
  method: 'post',
  path: '/api/v1/members',
  tag: 'Members and tokens',
  summary: 'Add a member. They sign in with single sign-on (matched by verified email) or with a sign-in link you create for them.',
  access: 'members.manage',
  body: newMemberSchema,
  response: memberSchema,
  statuses: { 201: 'Added', 409: 'Already a member' },
  async handle({ http, body, caller, inOrganization, audit }) {
    checkOwnerRule(caller, null, body.role);
    const member = await inOrganization(async (client) => {
      const added = await addMember(client, caller.organizationId, body).catch((error: unknown) => {
        throw error instanceof MemberExistsError ? new HttpError(409, 'member-exists', error.message) : error;
      });
      await audit(client, { action: 'member.add', objectType: 'member', objectId: added.id, detail: { role: added.role } });
      return added;
    });
    return http.json(publicMember(member), 201);
  },
});

const change = protectedEndpoint({
  method: 'patch',
  path: '/api/v1/members/:memberId',
  tag: 'Members and tokens',
  summary: 'Change a member’s role.',
  access: 'members.manage',
  body: memberChangeSchema,
  response: memberSchema,
  statuses: { 404: 'No such member in your organization', 409: 'It would leave the organization without an owner' },
  async handle({ http, params, body, caller, inOrganization, audit }) {
    const memberId = pathId(params.memberId, 'member');
    const member = await inOrganization(async (client) => {
      const target = await findMember(client, memberId);
      if (!target) throw notFound('member', memberId);
      checkOwnerRule(caller, target, body.role);
      await keepAnOwner(client, target, body.role);
      const changed = await changeMemberRole(client, memberId, body.role);
      await audit(client, { action: 'member.change', objectType: 'member', objectId: memberId, detail: { from: target.role, to: body.role } });
      return changed!;
    });
    return http.json(publicMember(member));
  },
});

const remove = protectedEndpoint({
  method: 'delete',
  path: '/api/v1/members/:memberId',
  tag: 'Members and tokens',
  summary: 'Remove a member; their sessions, sign-in links and upload tokens stop working. Their scans stay.',
  access: 'members.manage',
  response: { kind: 'no-content' },
  statuses: { 204: 'Removed', 404: 'No such member in your organization', 409: 'It would leave the organization without an owner' },
  async handle({ http, params, caller, inOrganization, audit }) {
    const memberId = pathId(params.memberId, 'member');
    await inOrganization(async (client) => {
      const target = await findMember(client, memberId);
      if (!target) throw notFound('member', memberId);
      checkOwnerRule(caller, target);
      await keepAnOwner(client, target, null);
      await removeMember(client, memberId);
      await audit(client, { action: 'member.remove', objectType: 'member', objectId: memberId, detail: { role: target.role } });
    });
    return http.body(null, 204);
  },
});

const signInLink = protectedEndpoint({
  method: 'post',
  path: '/api/v1/members/:memberId/sign-in-link',
  tag: 'Members and tokens',
  summary: 'Create a one-time sign-in link for a member (valid 24 hours), shown once.',
  access: 'members.manage',
  response: signInLinkSchema,
  statuses: { 201: 'Created', 404: 'No such member in your organization' },
  async handle({ http, params, config, caller, inOrganization, audit }) {
    const memberId = pathId(params.memberId, 'member');
    const link = await inOrganization(async (client) => {
      const target = await findMember(client, memberId);
      if (!target) throw notFound('member', memberId);
      checkOwnerRule(caller, target);
      const created = await createSignInLink(client, caller.organizationId, memberId);
      await audit(client, { action: 'member.sign-in-link', objectType: 'member', objectId: memberId });
      return created;
    });
    return http.json({ link: signInUrl(config, link.secret), expiresAt: link.expiresAt }, 201);
  },
});

export const MEMBER_ENDPOINTS: Endpoint[] = [list, add, read, change, remove, signInLink];
