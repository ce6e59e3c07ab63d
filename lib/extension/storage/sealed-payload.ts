import { z } from 'zod';
import { parseStored } from './parse-stored';
import { StoredRecordError } from './storage-errors';

/**
 * Encryption at rest for what a catalog contains (cell values, findings, schedule text).
 * AES-GCM 256 with a fresh random 96-bit IV per record: GCM is only safe while no IV repeats
 * under one key, and 2^32 random IVs per key is far beyond what one importer profile writes.
 */
export const sealedPayloadSchema = z.object({
  iv: z.instanceof(Uint8Array).refine((iv) => iv.byteLength === 12, 'IV must be 96 bits'),
  ciphertext: z.instanceof(Uint8Array),
});
export type SealedPayload = z.infer<typeof sealedPayloadSchema>;

/**
 * What a payload is and whose record it belongs to. It is bound to the ciphertext as GCM
 * additional data, so a payload copied into another record, scan or profile fails to open
 * instead of being shown as if it were that record's.
 */
export interface SealContext {
  purpose: 'scan-headers' | 'scan-rows' | 'scan-report' | 'scan-findings' | 'scan-source' | 'scan-fixes' | 'tariff-schedule' | 'workspace-token' | 'classification-master';
  profileId: string;
  recordId: string;
}

const AES_GCM = { name: 'AES-GCM', length: 256 } as const;

/** Non-extractable: page or extension code that gets hold of the key object cannot export it. */
export function createProfileKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(AES_GCM, false, ['encrypt', 'decrypt']);
}

function additionalData(context: SealContext): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`customs-preflight\u0000${context.purpose}\u0000${context.profileId}\u0000${context.recordId}`);
}

export function sealPayload(key: CryptoKey, context: SealContext, value: unknown): Promise<SealedPayload> {
  return sealJsonBytes(key, context, new TextEncoder().encode(JSON.stringify(value)));
}

/**
 * Seal a value's JSON, already encoded (UTF-8) by the caller: a long list's, made in parts by
 * json-parts.ts. Opened by openPayload like any other payload.
 */
export async function sealJsonBytes(key: CryptoKey, context: SealContext, plaintext: Uint8Array<ArrayBuffer>): Promise<SealedPayload> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(context) }, key, plaintext);
  return { iv, ciphertext: new Uint8Array(ciphertext) };
}

/** Decrypt and check the shape; a wrong key, a moved or altered payload or a bad shape all throw. */
export async function openPayload<T>(
  key: CryptoKey,
  context: SealContext,
  sealed: SealedPayload,
  schema: z.ZodType<T>,
  what: string,
): Promise<T> {
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(sealed.iv), additionalData: additionalData(context) },
      key,
      new Uint8Array(sealed.ciphertext),
    );
  } catch {
    throw new StoredRecordError(what, 'it does not decrypt with this importer profile\'s key');
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(plaintext));
  } catch {
    throw new StoredRecordError(what, 'its decrypted content is not JSON');
  }
  return parseStored(schema, value, what);
}
