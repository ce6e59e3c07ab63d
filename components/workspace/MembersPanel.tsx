import { useState } from 'preact/hooks';
import { memberListSchema, memberSchema, type Session, signInLinkSchema } from '../../lib/workspace/api/people';
import { ROLES, type Role } from '../../lib/workspace/api/roles';
import { workspaceApi } from '../../lib/workspace/web/workspace-api';
import { attempt, useApiData } from './use-api-data';

/** Members and roles; those who manage members add people, change roles and hand out sign-in links. */
export function MembersPanel({ session }: { session: Session }) {
  const members = useApiData(() => workspaceApi.get('/api/v1/members', memberListSchema), []);
  const [form, setForm] = useState({ email: '', displayName: '', role: 'filer' as Role });
  const [notice, setNotice] = useState<{ text: string; error: boolean; link?: string } | null>(null);
  const manage = session.permissions.includes('members.manage');
  const fail = (text: string) => setNotice({ text, error: true });

  const add = (event: Event) => {
    event.preventDefault();
    void attempt(async () => {
      const member = await workspaceApi.send('POST', '/api/v1/members', memberSchema, form);
      setNotice({ text: `${member.displayName} was added as ${member.role}.`, error: false });
      setForm({ email: '', displayName: '', role: 'filer' });
      members.reload();
    }, fail);
  };
  const changeRole = (id: string, role: Role) =>
    void attempt(async () => {
      await workspaceApi.send('PATCH', `/api/v1/members/${id}`, memberSchema, { role });
      members.reload();
    }, fail);
  const remove = (id: string, name: string) =>
    confirm(`Remove ${name}? Their sessions and upload tokens stop working; their scans stay.`) &&
    void attempt(async () => {
      await workspaceApi.send('DELETE', `/api/v1/members/${id}`, null);
      members.reload();
    }, fail);
  const signInLink = (id: string, name: string) =>
    void attempt(async () => {
      const created = await workspaceApi.send('POST', `/api/v1/members/${id}/sign-in-link`, signInLinkSchema);
      setNotice({ text: `One-time sign-in link for ${name} (shown once, valid until ${new Date(created.expiresAt).toLocaleString()}):`, error: false, link: created.link });
    }, fail);

  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      {notice ? (
        <div role={notice.error ? 'alert' : 'status'} class={notice.error ? 'error' : 'notice'}>
          {notice.text} {notice.link ? <input class="secret" readOnly value={notice.link} aria-label="Sign-in link" /> : null}
        </div>
      ) : null}
      <table class="findings members">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Single sign-on</th>
            {manage ? <th scope="col">Manage</th> : null}
          </tr>
        </thead>
        <tbody>
          {members.data?.members.map((member) => (
            <tr key={member.id}>
              <td>{member.displayName}</td>
              <td>{member.email}</td>
              <td>
                {manage ? (
                  <select aria-label={`Role of ${member.displayName}`} value={member.role} onChange={(e) => changeRole(member.id, (e.target as HTMLSelectElement).value as Role)}>
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {role}
                      </option>
                    ))}
                  </select>
                ) : (
                  member.role
                )}
              </td>
              <td>{member.singleSignOn ? 'linked' : '—'}</td>
              {manage ? (
                <td class="actions">
                  <button type="button" onClick={() => signInLink(member.id, member.displayName)}>
                    Sign-in link
                  </button>
                  <button type="button" class="danger" onClick={() => remove(member.id, member.displayName)}>
                    Remove
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {manage ? (
        <form class="inline-form" onSubmit={add} aria-label="Add a member">
          <label>
            Email <input type="email" required value={form.email} onInput={(e) => setForm({ ...form, email: (e.target as HTMLInputElement).value })} />
          </label>
          <label>
            Name <input required value={form.displayName} onInput={(e) => setForm({ ...form, displayName: (e.target as HTMLInputElement).value })} />
          </label>
          <label>
            Role{' '}
            <select value={form.role} onChange={(e) => setForm({ ...form, role: (e.target as HTMLSelectElement).value as Role })}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {role}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Add member</button>
        </form>
      ) : null}
    </section>
  );
}
