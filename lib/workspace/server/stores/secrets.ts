import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Secrets (sign-in links, sessions, upload tokens) are 256 random bits, shown once; the database
 * keeps only their SHA-256. A fast hash is right here: the secret is random, not a password,
 * so there is nothing to guess, and lookups stay one index probe.
 */
export function newSecret(kind: 'link' | 'session' | 'upload'): string {
  return `cpw_${kind}_${randomBytes(32).toString('base64url')}`;
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** What may be shown of a token after creation: enough to tell tokens apart, never to use one. */
export function secretPrefix(secret: string): string {
  return `${secret.slice(0, 'cpw_upload_'.length + 4)}…`;
}
