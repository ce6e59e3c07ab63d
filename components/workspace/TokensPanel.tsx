import { useState } from 'preact/hooks';
import { createdUploadTokenSchema, uploadTokenListSchema } from '../../lib/workspace/api/people';
import { workspaceApi } from '../../lib/workspace/web/workspace-api';
import { attempt, useApiData } from './use-api-data';

/** Upload tokens for the extension and CI: created for oneself, shown once, revocable. */
export function TokensPanel() {
  const tokens = useApiData(() => workspaceApi.get('/api/v1/tokens', uploadTokenListSchema), []);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const create = (event: Event) => {
    event.preventDefault();
    void attempt(async () => {
      const created = await workspaceApi.send('POST', '/api/v1/tokens', createdUploadTokenSchema, { name });
      setSecret({ name: created.token.name, value: created.secret });
      setName('');
      tokens.reload();
    }, setError);
  };
  const revoke = (id: string) =>
    void attempt(async () => {
      await workspaceApi.send('DELETE', `/api/v1/tokens/${id}`, null);
      tokens.reload();
    }, setError);

  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">Upload tokens</h2>
      <p>A token may only upload scans and read the classification master, on behalf of its member. Its secret is shown once; the workspace keeps only a hash of it.</p>
      {error ? <p role="alert" class="error">{error}</p> : null}
      {secret ? (
        <div role="status" class="notice">
          Token “{secret.name}” (copy it now, it is not shown again): <input class="secret" readOnly value={secret.value} aria-label="New token secret" />
        </div>
      ) : null}
      <form class="inline-form" onSubmit={create} aria-label="Create an upload token">
        <label>
          Token name <input required placeholder="e.g. Chrome on the filing PC" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">Create token</button>
      </form>
      <table class="findings tokens">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Member</th>
            <th scope="col">Token</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {tokens.data?.tokens.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td>{token.memberName}</td>
              <td class="cell-value">{token.prefix}</td>
              <td>{new Date(token.createdAt).toLocaleString()}</td>
              <td>{token.lastUsedAt ? new Date(token.lastUsedAt).toLocaleString() : 'never'}</td>
              <td>
                {token.revokedAt ? (
                  `revoked ${new Date(token.revokedAt).toLocaleString()}`
                ) : (
                  <button type="button" class="danger" onClick={() => revoke(token.id)} aria-label={`Revoke ${token.name}`}>
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
