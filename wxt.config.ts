import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The manifest is derived from entrypoints/; only what the folder cannot say is written here.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Customs Preflight',
    description: 'Validate import catalogs in place: tariff codes, origins, values, MIDs and descriptions, marked on the page.',
    // Least privilege: the content script is injected on demand into the tab the user acts on.
    permissions: ['activeTab', 'scripting', 'storage', 'alarms'],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Check the catalog on this page',
      },
    },
  },
});
