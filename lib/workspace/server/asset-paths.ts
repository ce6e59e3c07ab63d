import { fileURLToPath } from 'node:url';

/**
 * Set to true by scripts/build-cli.mjs when the server is bundled into dist/workspace-server.js
 * for the package; undefined when it runs from its sources (tsx, the tests).
 */
declare const WORKSPACE_SERVER_BUNDLE: boolean | undefined;
const bundled = typeof WORKSPACE_SERVER_BUNDLE !== 'undefined' && WORKSPACE_SERVER_BUNDLE;

/**
 * The files the server reads at run time: its SQL migrations and the built web app. From the
 * sources they sit beside this file and in dist/; in the package, beside the bundle in dist/.
 */
export const MIGRATIONS_DIR = fileURLToPath(new URL(bundled ? './workspace-migrations/' : './migrations/', import.meta.url));
export const DEFAULT_WEB_APP_DIR = fileURLToPath(new URL(bundled ? './workspace-web/' : '../../../dist/workspace-web/', import.meta.url));
