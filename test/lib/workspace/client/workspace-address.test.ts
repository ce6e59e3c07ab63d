import { describe, expect, it } from 'vitest';
import { checkWorkspaceAddress, scanPageUrl } from '../../../../lib/workspace/client/workspace-address';

describe('a workspace address as a user types it', () => {
  it('takes https anywhere, as its origin only', () => {
    expect(checkWorkspaceAddress('  https://preflight.acme.example/some/page?x=1 ')).toEqual({ ok: true, origin: 'https://preflight.acme.example' });
    expect(checkWorkspaceAddress('https://preflight.acme.example:8443')).toEqual({ ok: true, origin: 'https://preflight.acme.example:8443' });
  });

  it('takes http only on this computer, by the names the extension may reach', () => {
    expect(checkWorkspaceAddress('http://127.0.0.1:4300')).toEqual({ ok: true, origin: 'http://127.0.0.1:4300' });
    expect(checkWorkspaceAddress('http://localhost:4300/')).toEqual({ ok: true, origin: 'http://localhost:4300' });
  });

  it('refuses http over a network, saying why', () => {
    const answer = checkWorkspaceAddress('http://preflight.acme.example');
    expect(answer).toMatchObject({ ok: false });
    expect(!answer.ok && answer.problem).toMatch(/unencrypted/);
    expect(checkWorkspaceAddress('http://10.0.0.5:4300')).toMatchObject({ ok: false });
    // An IPv6 loopback cannot be named in the extension's content security policy.
    expect(checkWorkspaceAddress('http://[::1]:4300')).toMatchObject({ ok: false });
  });

  it('refuses what is not a workspace address, with the reason', () => {
    expect(checkWorkspaceAddress('preflight.acme.example')).toMatchObject({ ok: false, problem: expect.stringMatching(/not a web address/) });
    expect(checkWorkspaceAddress('ftp://preflight.acme.example')).toMatchObject({ ok: false, problem: expect.stringMatching(/ftp: addresses are not workspaces/) });
    expect(checkWorkspaceAddress('https://filer:secret@preflight.acme.example')).toMatchObject({ ok: false, problem: expect.stringMatching(/user name or password/) });
  });

  it('links a scan to its page in the web app', () => {
    expect(scanPageUrl('https://preflight.acme.example', 'a1b2')).toBe('https://preflight.acme.example/#/scans/a1b2');
  });
});
