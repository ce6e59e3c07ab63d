/**
 * Errors of the scan-results store. Each names what could not be saved or read and what the
 * filer can do about it, because these messages end up in the popup and the results page.
 */
export class StorageError extends Error {
  override name = 'StorageError';
}

/** The browser refused a write because the extension's storage quota is used up. */
export class StorageFullError extends StorageError {
  override name = 'StorageFullError';
  constructor(
    /** What could not be saved, e.g. `the results of scan 3f2a… (invoice-4471.csv)`. */
    readonly what: string,
    /** `detail`: what became of the work, e.g. that the half-stored scan was removed. */
    options?: { cause?: unknown; detail?: string },
  ) {
    super(
      `Could not save ${what}: the browser's storage for Customs Preflight is full. ` +
        (options?.detail ? `${options.detail} ` : '') +
        'Delete old scans (or shorten the importer profile\'s retention period) and try again.',
      { cause: options?.cause },
    );
  }
}

/** A stored record no longer has the shape this version writes, or cannot be decrypted. */
export class StoredRecordError extends StorageError {
  override name = 'StoredRecordError';
  constructor(
    readonly what: string,
    detail: string,
  ) {
    super(`Stored ${what} is damaged and cannot be read (${detail}). Delete it and check the catalog again.`);
  }
}

export class ProfileNotFoundError extends StorageError {
  override name = 'ProfileNotFoundError';
  constructor(readonly profileId: string) {
    super(`Importer profile ${profileId} does not exist (it may have been deleted in another window).`);
  }
}

/** Also thrown for a scan of another importer profile: its existence is not disclosed. */
export class ScanNotFoundError extends StorageError {
  override name = 'ScanNotFoundError';
  constructor(readonly scanId: string) {
    super(`Scan ${scanId} does not exist in this importer profile (it may have been deleted or expired).`);
  }
}

/** A request that does not fit the scan's state, e.g. rows arriving for a finished scan. */
export class ScanStateError extends StorageError {
  override name = 'ScanStateError';
}

/** Data handed to the store that it will not keep, e.g. a retention period of 0 days. */
export class InvalidInputError extends StorageError {
  override name = 'InvalidInputError';
}

/** The database on disk was written by a newer Customs Preflight than this one. */
export class DatabaseVersionError extends StorageError {
  override name = 'DatabaseVersionError';
}

function isQuotaError(error: unknown): boolean {
  // Chrome and Firefox report a full quota as a DOMException named QuotaExceededError,
  // either from the request or as the reason the transaction aborted.
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
}

/** Turn a failed write into the error a filer can act on; other errors pass unchanged. */
export function explainWriteError(error: unknown, what: string): unknown {
  if (isQuotaError(error)) return new StorageFullError(what, { cause: error });
  return error;
}
