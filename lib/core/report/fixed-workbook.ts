import { zipSync, type Zippable } from 'fflate';
import type { XlsxFormat } from '../read/catalog-format';
import { CatalogReadError } from '../read/catalog-read-error';
import { openWorkbook } from '../read/xlsx/read-xlsx';
import { columnIndex, columnName } from '../read/xlsx/sheet-cells';
import { cellAttributes, escapeXmlText } from '../read/xlsx/xml-text';
import type { CatalogChange } from './apply-fixes';

/** Zip entries get one fixed time, so the same fixes on the same workbook give the same bytes. */
const ENTRY_TIME = new Date(1980, 0, 1);

const CELL = /<((?:[\w.-]+:)?)c(?=[\s/>])([^>]*?)(\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;

/**
 * The workbook with the changed cells rewritten in the checked sheet, and every other part (other
 * sheets, styles, formulas, charts, macros) copied as it was. A changed cell keeps its style; it
 * becomes a number when it was one and the new text is a plain number (so its number format still
 * shows it), an inline string otherwise. A cell computed by a formula is never overwritten: the
 * fix is returned as refused, for the filer to make in the formula's inputs.
 */
export function patchWorkbook(
  original: Uint8Array,
  file: string,
  format: XlsxFormat,
  sourceLines: readonly number[],
  changes: readonly CatalogChange[],
): { bytes: Uint8Array; refused: { change: CatalogChange; reason: string }[] } {
  const { zip, parts } = openWorkbook(original, file);
  const sheet = parts.sheets.find((s) => s.name === format.sheet);
  if (!sheet) throw new CatalogReadError(file, `no longer has the sheet "${format.sheet}" that was checked.`);
  const byReference = new Map<string, CatalogChange>();
  for (const change of changes) {
    const line = sourceLines[change.row - 1];
    if (line !== undefined) byReference.set(`${columnName(format.firstColumn + change.columnIndex)}${line}`, change);
  }
  const refused: { change: CatalogChange; reason: string }[] = [];
  const found = new Set<string>();
  const originalXml = zip.readText(sheet.part)!;
  // A merged range shows only its top-left cell; the reader repeated its value across the range,
  // but writing into a hidden cell would change nothing the filer sees.
  const hidden = hiddenMergedCells(originalXml, byReference.keys());
  const sheetXml = originalXml.replace(CELL, (whole, prefix: string, attributeText: string, _end: string, inner: string | undefined) => {
    const attributes = cellAttributes(attributeText);
    const change = attributes.r ? byReference.get(attributes.r) : undefined;
    if (!change) return whole;
    found.add(attributes.r!);
    if (hidden.has(attributes.r!)) {
      refused.push({ change, reason: `cell ${attributes.r} is covered by merged cells; change the merged cell's first cell` });
      return whole;
    }
    if (inner && /<(?:[\w.-]+:)?f[\s>/]/.test(inner)) {
      refused.push({ change, reason: `cell ${attributes.r} is computed by a formula` });
      return whole;
    }
    const style = attributes.s !== undefined ? ` s="${attributes.s}"` : '';
    const wasNumber = (attributes.t ?? 'n') === 'n';
    if (wasNumber && /^-?\d+(\.\d+)?$/.test(change.new)) return `<${prefix}c r="${attributes.r}"${style}><${prefix}v>${change.new}</${prefix}v></${prefix}c>`;
    return `<${prefix}c r="${attributes.r}"${style} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeXmlText(change.new)}</${prefix}t></${prefix}is></${prefix}c>`;
  });
  for (const [reference, change] of byReference) {
    if (found.has(reference)) continue;
    refused.push({ change, reason: hidden.has(reference) ? `cell ${reference} is covered by merged cells; change the merged cell's first cell` : `cell ${reference} is not in the sheet` });
  }

  const files: Zippable = {};
  for (const entry of zip.entries.values()) {
    const data = entry.name === sheet.part ? new TextEncoder().encode(sheetXml) : zip.read(entry.name)!;
    // Folder entries (names ending in "/") carry no data; fflate writes them from an empty object.
    if (entry.name.endsWith('/')) continue;
    files[entry.name] = [data, { level: entry.method === 0 ? 0 : 6, mtime: ENTRY_TIME }];
  }
  return { bytes: zipSync(files), refused };
}

/** Of the given cell references, those inside a merged range other than its top-left cell. */
function hiddenMergedCells(sheetXml: string, references: Iterable<string>): Set<string> {
  const ranges = [...sheetXml.matchAll(/<(?:[\w.-]+:)?mergeCell\s[^>]*?ref\s*=\s*"([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)].map((m) => ({
    left: columnIndex(m[1]!),
    top: Number(m[2]),
    right: columnIndex(m[3]!),
    bottom: Number(m[4]),
  }));
  const hidden = new Set<string>();
  if (ranges.length === 0) return hidden;
  for (const reference of references) {
    const column = columnIndex(reference);
    const row = Number(reference.replace(/^[A-Z]+/, ''));
    const inside = ranges.some((r) => column >= r.left && column <= r.right && row >= r.top && row <= r.bottom && (column !== r.left || row !== r.top));
    if (inside) hidden.add(reference);
  }
  return hidden;
}
