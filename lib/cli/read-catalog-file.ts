import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { CsvFormat, TextEncoding } from '../core/read/catalog-format';
import { CatalogReadError } from '../core/read/catalog-read-error';
import { ColumnTableBuilder } from '../core/read/column-table-builder';
import { CsvChunkReader } from '../core/read/csv-chunks';
import { csvFormatOf } from '../core/read/csv-format';
import { byteOrderMarkOf, piecesDecoder, refuseBinary, stripBom } from '../core/read/decode-text';
import { requireHeaderRow } from '../core/read/header-row-required';
import type { ReadCatalog } from '../core/read/read-catalog';
import { csvDialectOf } from '../core/read/read-csv';
import { isCompoundFile, isZipFile } from '../core/read/xlsx/workbook-signature';
import { checkFitsInMemory } from './catalog-size-limit';

/** Bytes read at a time from a CSV file (tests give fewer, to cut characters and records). */
const PIECE_BYTES = 1024 * 1024;
/** Bytes looked at first: enough to tell a workbook, binary data or JSON from CSV. */
const HEAD_BYTES = 64 * 1024;
/**
 * Characters of a CSV file its form is learnt from (delimiter, line break, title lines above the
 * header): what readCsv and csvFormatOf read of a whole text too, unless its first ten rows are
 * longer than 64 kB, when they look further than this.
 */
const SNIFF_CHARACTERS = 1024 * 1024;

export interface CatalogFileRead {
  read: ReadCatalog;
  /** The file's bytes, when it was read whole (a workbook, JSON, or `wholeFile`). */
  bytes: Uint8Array | null;
}

/**
 * Read a catalog file as readCatalog reads its bytes. A CSV file is read a piece at a time (bytes,
 * decoded, parsed) and is never one text: a million rows took the file's size three times over (bytes, text, the text kept alive
 * by its cells). Workbooks and JSON are read whole, as is any file when `wholeFile` (--fix-out
 * writes the file back from its bytes), within the size limit for reading whole.
 */
export async function readCatalogFile(file: string, options: { sheet?: string; wholeFile?: boolean; pieceBytes?: number } = {}): Promise<CatalogFileRead> {
  const size = fileSize(file);
  // Refused before a byte is read: a file too large for memory would otherwise end the process
  // in an out-of-memory abort that no handler can turn into a message.
  checkFitsInMemory(file, size, 'streamed');
  const head = options.wholeFile ? null : readHead(file);
  if (head && isCsvFile(head, file)) return { read: await readCsvFile(file, byteOrderMarkOf(head), options.pieceBytes ?? PIECE_BYTES), bytes: null };
  checkFitsInMemory(file, size, 'whole');
  const bytes = readFileSync(file);
  // The workbook reader and its zip inflater are loaded only for a file read whole.
  const { readCatalog } = await import('../core/read/read-catalog');
  return { read: readCatalog(bytes, file, { sheet: options.sheet }), bytes };
}

function fileSize(file: string): number {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    return stat.size;
  } catch (error) {
    throw cannotOpen(file, error);
  }
}

/** A file that cannot be read, in the words of the error the user sees. */
export function cannotOpen(file: string, error: unknown): CatalogReadError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : String(error);
  return new CatalogReadError(file, `cannot be opened (${why}).`);
}

function readHead(file: string): Uint8Array {
  const descriptor = openFile(file);
  try {
    const head = new Uint8Array(HEAD_BYTES);
    return head.subarray(0, readPiece(file, descriptor, head, 0));
  } finally {
    closeSync(descriptor);
  }
}

function openFile(file: string): number {
  try {
    return openSync(file, 'r');
  } catch (error) {
    throw cannotOpen(file, error);
  }
}

/** Bytes from `position` into `into`; how many (0 at the end of the file). */
function readPiece(file: string, descriptor: number, into: Uint8Array, position: number): number {
  try {
    return readSync(descriptor, into, 0, into.length, position);
  } catch (error) {
    throw cannotOpen(file, error);
  }
}

/**
 * Whether the file is CSV by its first bytes, as readCatalog decides: not a workbook, and text
 * that does not start like JSON. Binary data is refused here, as readCatalog refuses it.
 */
function isCsvFile(head: Uint8Array, file: string): boolean {
  if (isZipFile(head) || isCompoundFile(head)) return false;
  const mark = byteOrderMarkOf(head);
  if (!mark) refuseBinary(head, file);
  // Any decoding tells '[' and '{' from the rest; a character cut at the end does not matter.
  const text = piecesDecoder(mark?.encoding ?? 'utf-8')(head.subarray(mark?.length ?? 0), false);
  const start = stripBom(text).trimStart()[0];
  // A start of nothing but white space: the whole file decides (it is read whole).
  if (start === undefined) return head.length < HEAD_BYTES;
  return start !== '[' && start !== '{';
}

/** What the first bytes say of a file's encoding: a byte order mark, or nothing (UTF-8 is tried first). */
type ByteOrderMark = ReturnType<typeof byteOrderMarkOf>;

/** A CSV file read as a stream: UTF-8 first when it has no byte order mark, Windows-1252 when it is not UTF-8. */
async function readCsvFile(file: string, mark: ByteOrderMark, pieceBytes: number): Promise<ReadCatalog> {
  if (mark) return streamCsvFile(file, { encoding: mark.encoding, bom: true, from: mark.length, strict: false }, pieceBytes);
  try {
    return await streamCsvFile(file, { encoding: 'utf-8', bom: false, from: 0, strict: true }, pieceBytes);
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    return streamCsvFile(file, { encoding: 'windows-1252', bom: false, from: 0, strict: false }, pieceBytes);
  }
}

/** Bytes that are not UTF-8 in a file without a byte order mark. */
class NotUtf8 extends Error {}

interface TextDecoding {
  encoding: TextEncoding;
  bom: boolean;
  /** The first byte of the text (after the byte order mark). */
  from: number;
  /** Stop with NotUtf8 at bytes that are not UTF-8. */
  strict: boolean;
}

async function streamCsvFile(file: string, decoding: TextDecoding, pieceBytes: number): Promise<ReadCatalog> {
  const decoder = piecesDecoder(decoding.encoding, { strict: decoding.strict });
  const decode = (bytes: Uint8Array, last: boolean) => {
    try {
      return decoder(bytes, last);
    } catch (error) {
      if (decoding.strict && error instanceof TypeError) throw new NotUtf8();
      throw error;
    }
  };
  // The first text, until there is enough to learn the file's form from; then its cells.
  let sample = '';
  let reading: { reader: CsvChunkReader; format: CsvFormat } | null = null;
  const take = (text: string) => {
    if (reading) reading.reader.push(text);
    else if ((sample += text).length >= SNIFF_CHARACTERS) {
      reading = startReading(sample, file, decoding);
      sample = '';
    }
  };
  // Read in pieces into one buffer (each piece is decoded, i.e. copied, before the next is read):
  // synchronously, since nothing else runs meanwhile, and a stream's machinery cost more than
  // the reading of a 10,000-row file.
  const piece = new Uint8Array(pieceBytes);
  const descriptor = openFile(file);
  try {
    for (let position = decoding.from; ; ) {
      const length = readPiece(file, descriptor, piece, position);
      if (length === 0) break;
      position += length;
      take(decode(piece.subarray(0, length), false));
    }
  } finally {
    closeSync(descriptor);
  }
  take(decode(new Uint8Array(0), true));
  const { reader, format } = reading ?? startReading(sample, file, decoding);
  return { table: requireHeaderRow(reader.finish()), format };
}

/** The file's form learnt from its first text, and a reader for its cells given that text. */
function startReading(sample: string, file: string, { encoding, bom }: TextDecoding): { reader: CsvChunkReader; format: CsvFormat } {
  const text = stripBom(sample);
  const dialect = csvDialectOf(text);
  // Kept by column: a million rows kept as rows took 930 MB, by column about a sixth of that.
  const reader = new CsvChunkReader(file, dialect, new ColumnTableBuilder());
  const format = csvFormatOf(text, encoding, bom, dialect);
  reader.push(text);
  return { reader, format };
}
