import type { Harness } from './harness';

/**
 * Stand in for the user's "Allow" on the browser's own permission prompt, which headless Chromium
 * shows to nobody: grant the site access from chrome://extensions, as its "Site access" setting
 * does. The extension's permissions.request() for that site then resolves true at once, as it does
 * after a user allowed it, and the rest of the flow runs as in use.
 */
export async function allowSiteAccessAsTheUser(harness: Harness, pattern: string): Promise<void> {
  const settings = await harness.browser.newPage();
  try {
    await settings.goto('chrome://extensions');
    await settings.evaluate(
      async (id: string, host: string) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome;
        await api.developerPrivate.addHostPermission(id, host);
      },
      harness.extension.id,
      pattern,
    );
  } finally {
    await settings.close();
  }
}
