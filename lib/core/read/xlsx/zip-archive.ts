import { Inflate } from 'fflate';
import { CatalogReadError } from '../catalog-read-error';
import type { XlsxLimits } from './xlsx-limits';

/** One part of a zip as its central directory declares it, before anything is inflated. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
  method: number;
  compressedSize: number;
  /** What the directory declares; the inflated size is checked against it while inflating. */
  declaredSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** Sizes of 0xFFFFFFFF mean Zip64: a part of 4 GB or more, never a catalog. */
const ZIP64_MARK = 0xffffffff;

/**
 * The zip container of a workbook, read with every size bounded: the central directory is
 * listed without inflating anything, so declared sizes, ratios and the part count are checked
 * first; a part is then inflated in slices, counting what comes out, and stopped as soon as it
 * exceeds what it declared or the limits (a zip bomb lies about its sizes).
 * fflate does the inflating; the directory is read here because fflate's one-call unzip
 * trusts the declared sizes and gives no way to stop a part half-way.
 */
export class ZipArchive {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  private inflatedTotal = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
    private readonly limits: XlsxLimits,
  ) {
    this.entries = readCentralDirectory(bytes, file, limits);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part's bytes, or null when the workbook has no such part. */
  read(name: string): Uint8Array | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    const data = this.compressedData(entry);
    const inflated = entry.method === 0 ? data.slice() : this.inflate(entry, data);
    if (inflated.length !== entry.declaredSize) {
      throw new CatalogReadError(this.file, `is damaged: part ${name} holds ${inflated.length} bytes but declares ${entry.declaredSize}.`);
    }
    return inflated;
  }

  /** The part as UTF-8 text (workbook XML is UTF-8; a UTF-16 part would carry a BOM). */
  readText(name: string): string | null {
    const bytes = this.read(name);
    if (!bytes) return null;
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    return new TextDecoder('utf-8').decode(bytes);
  }

  private compressedData(entry: ZipEntry): Uint8Array {
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || readUint32(this.bytes, at) !== LOCAL_SIGNATURE) {
      throw new CatalogReadError(this.file, `is damaged: part ${entry.name} is not where the zip directory says.`);
    }
    const start = at + 30 + readUint16(this.bytes, at + 26) + readUint16(this.bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new CatalogReadError(this.file, `is damaged or cut short: part ${entry.name} runs past the end of the file.`);
    return this.bytes.subarray(start, end);
  }

  private inflate(entry: ZipEntry, data: Uint8Array): Uint8Array {
    const out = new Uint8Array(entry.declaredSize);
    let length = 0;
    const inflater = new Inflate((chunk) => {
      // Checked on every slice: the part stops growing as soon as it says more than it declared.
      if (length + chunk.length > entry.declaredSize) throw this.bomb(entry, 'it inflates to more than it declares');
      if (this.inflatedTotal + chunk.length > this.limits.maxTotalBytes) throw this.bomb(entry, `the workbook inflates to more than ${megabytes(this.limits.maxTotalBytes)}`);
      out.set(chunk, length);
      length += chunk.length;
      this.inflatedTotal += chunk.length;
    });
    const slice = 512 * 1024;
    try {
      for (let offset = 0; offset < data.length; offset += slice) {
        inflater.push(data.subarray(offset, offset + slice), offset + slice >= data.length);
      }
    } catch (error) {
      if (error instanceof CatalogReadError) throw error;
      throw new CatalogReadError(this.file, `is damaged: part ${entry.name} cannot be decompressed (${error instanceof Error ? error.message : String(error)}).`);
    }
    return out.subarray(0, length);
  }

  private bomb(entry: ZipEntry, why: string): CatalogReadError {
    return new CatalogReadError(this.file, `is refused: part ${entry.name} is not a plain workbook part (${why}). Open it in a spreadsheet program and save it again as .xlsx or CSV.`);
  }
}

function readCentralDirectory(bytes: Uint8Array, file: string, limits: XlsxLimits): Map<string, ZipEntry> {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw new CatalogReadError(file, 'is not a complete .xlsx workbook (its zip directory is missing: the file may be cut short).');
  const count = readUint16(bytes, eocd + 10);
  let at = readUint32(bytes, eocd + 16);
  if (count > limits.maxEntries) throw new CatalogReadError(file, `is refused: it holds ${count} parts, more than a workbook has (limit ${limits.maxEntries}).`);
  const entries = new Map<string, ZipEntry>();
  let declaredTotal = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || readUint32(bytes, at) !== CENTRAL_SIGNATURE) {
      throw new CatalogReadError(file, 'is damaged: its zip directory is unreadable.');
    }
    const nameLength = readUint16(bytes, at + 28);
    const entry: ZipEntry = {
      name: new TextDecoder('utf-8').decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: readUint16(bytes, at + 10),
      encrypted: (readUint16(bytes, at + 8) & 1) === 1,
      compressedSize: readUint32(bytes, at + 20),
      declaredSize: readUint32(bytes, at + 24),
      localHeaderOffset: readUint32(bytes, at + 42),
    };
    at += 46 + nameLength + readUint16(bytes, at + 30) + readUint16(bytes, at + 32);
    checkDeclaredSize(entry, file, limits);
    declaredTotal += entry.declaredSize;
    entries.set(entry.name, entry);
  }
  if (declaredTotal > limits.maxTotalBytes) {
    throw new CatalogReadError(file, `is refused: its parts declare ${megabytes(declaredTotal)} uncompressed, more than the ${megabytes(limits.maxTotalBytes)} a catalog workbook may hold. Save the catalog as CSV, or split it.`);
  }
  return entries;
}

function checkDeclaredSize(entry: ZipEntry, file: string, limits: XlsxLimits): void {
  if (entry.compressedSize === ZIP64_MARK || entry.declaredSize === ZIP64_MARK) {
    throw new CatalogReadError(file, `is refused: part ${entry.name} is 4 GB or more.`);
  }
  if (entry.encrypted) throw new CatalogReadError(file, `is encrypted (part ${entry.name}). Remove the password in the spreadsheet program and save again.`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new CatalogReadError(file, `uses a compression this reader does not know (method ${entry.method} in part ${entry.name}). Save it again as .xlsx.`);
  }
  if (entry.declaredSize > limits.maxPartBytes) {
    throw new CatalogReadError(file, `is refused: part ${entry.name} is ${megabytes(entry.declaredSize)} uncompressed, above the limit of ${megabytes(limits.maxPartBytes)}. Save the catalog as CSV, or split it.`);
  }
  if (entry.declaredSize > limits.ratioFloorBytes && entry.declaredSize > limits.maxRatio * Math.max(1, entry.compressedSize)) {
    throw new CatalogReadError(file, `is refused: part ${entry.name} would inflate ${Math.round(entry.declaredSize / Math.max(1, entry.compressedSize))} times (a zip bomb). Save the catalog again from the spreadsheet program.`);
  }
}

/** The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KB. */
function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (readUint32(bytes, at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

function readUint16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1).replace(/\.0$/, '') : Math.round(mb)} MB`;
}
