import type { IDBPTransaction } from 'idb';
import type { CustomsDatabase, CustomsDatabaseSchema, StoreName } from './database-schema';
import { explainWriteError } from './storage-errors';

export type ReadWriteTransaction = IDBPTransaction<CustomsDatabaseSchema, StoreName[], 'readwrite'>;

/**
 * Run `work` in one readwrite transaction: all of it is stored or none of it. Anything to
 * encrypt or hash must be done before: awaiting WebCrypto inside would let IndexedDB commit
 * the transaction half-way. A full quota becomes a StorageFullError naming `what`.
 */
export async function runWrite<T>(
  db: CustomsDatabase,
  stores: readonly StoreName[],
  what: string,
  work: (transaction: ReadWriteTransaction) => Promise<T>,
): Promise<T> {
  const transaction = db.transaction([...stores], 'readwrite');
  // When `work` fails, `done` rejects as well; it is awaited only on success, so mark it handled.
  transaction.done.catch(() => {});
  try {
    const result = await work(transaction);
    await transaction.done;
    return result;
  } catch (error) {
    try {
      transaction.abort();
    } catch {
      // Already aborted by the failed request, or committed: nothing left to undo.
    }
    // When the browser aborts the transaction for quota, the pending requests fail with a
    // plain AbortError and only the transaction's own error says why.
    throw explainWriteError(isAbort(error) ? (transactionError(transaction) ?? error) : error, what);
  }
}

function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

function transactionError(transaction: ReadWriteTransaction): DOMException | null {
  try {
    return transaction.error;
  } catch {
    // Older engines throw InvalidStateError while the transaction is still running.
    return null;
  }
}
