/*
 * What `check` must know of --push before it loads the push itself (workspace-push.ts, with the
 * workspace client and zod, is imported only when --push is given): the token's variable for the
 * usage text, and the error it shows like any other wrong command line.
 */

/** The environment variable a CI pipeline keeps the upload token in (a secret, never an argument). */
export const TOKEN_VARIABLE = 'CUSTOMS_PREFLIGHT_TOKEN';

/** A --push that cannot be done as given: shown like any other wrong command line (exit 2). */
export class PushSetupError extends Error {}
