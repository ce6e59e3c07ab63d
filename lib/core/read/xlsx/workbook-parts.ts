import { CatalogReadError } from '../catalog-read-error';
import { formatCodeOf } from './built-in-formats';
import { attributesOf, hasDoctype, startTags, textOfRuns } from './xml-text';
import type { XlsxLimits } from './xlsx-limits';
import type { ZipArchive } from './zip-archive';

/** A worksheet as the workbook lists it: its tab name and where its XML part is. */
export interface SheetEntry {
  name: string;
  part: string;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  /** Dates count from 1904 (old Mac workbooks) instead of 1900. */
  date1904: boolean;
}

/** Read an XML part, refusing a DOCTYPE: workbook parts never have one, entity tricks do. */
export function readXmlPart(zip: ZipArchive, part: string, file: string): string | null {
  const xml = zip.readText(part);
  if (xml !== null && hasDoctype(xml)) throw new CatalogReadError(file, `is refused: part ${part} declares a DOCTYPE, which workbooks never do.`);
  return xml;
}

/** The part the package's root relationships name as the workbook (usually xl/workbook.xml). */
function workbookPart(zip: ZipArchive, file: string): string {
  const rels = readXmlPart(zip, '_rels/.rels', file);
  for (const { tag } of rels ? startTags(rels, 'Relationship') : []) {
    const { Type = '', Target = '' } = attributesOf(tag);
    if (Type.endsWith('/officeDocument')) return resolvePart('', Target);
  }
  if (zip.has('xl/workbook.xml')) return 'xl/workbook.xml';
  throw new CatalogReadError(file, 'is a zip file but not an Excel workbook (.xlsx): it has no workbook part.');
}

/** A relationship target is relative to the folder of the part that names it, or absolute from the root. */
function resolvePart(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : `${folder}${target}`).split('/');
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === '..') resolved.pop();
    else if (segment !== '.' && segment !== '') resolved.push(segment);
  }
  return resolved.join('/');
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

function relationshipsPartOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`;
}

export interface WorkbookParts extends WorkbookInfo {
  workbookPart: string;
  /** Parts named by the workbook's relationships, by type (sharedStrings, styles, externalLink…). */
  related: Map<string, string[]>;
}

export function readWorkbookParts(zip: ZipArchive, file: string): WorkbookParts {
  const part = workbookPart(zip, file);
  const xml = readXmlPart(zip, part, file);
  if (xml === null) throw new CatalogReadError(file, `is damaged: its workbook part ${part} is missing.`);
  const relsXml = readXmlPart(zip, relationshipsPartOf(part), file) ?? '';
  const targets = new Map<string, { type: string; part: string }>();
  const related = new Map<string, string[]>();
  for (const { tag } of startTags(relsXml, 'Relationship')) {
    const { Id = '', Type = '', Target = '', TargetMode = '' } = attributesOf(tag);
    const type = Type.slice(Type.lastIndexOf('/') + 1);
    // An external target is a file or address outside the workbook: never opened, only noted by type.
    const target = TargetMode === 'External' ? Target : resolvePart(folderOf(part), Target);
    targets.set(Id, { type, part: target });
    related.set(type, [...(related.get(type) ?? []), target]);
  }
  const sheets: SheetEntry[] = [];
  for (const { tag } of startTags(xml, 'sheet')) {
    const attributes = attributesOf(tag);
    const target = targets.get(attributes.id ?? '');
    // Chart sheets and dialog sheets hold no cells.
    if (target?.type === 'worksheet') sheets.push({ name: attributes.name ?? `Sheet ${sheets.length + 1}`, part: target.part });
  }
  const workbookPr = [...startTags(xml, 'workbookPr')][0];
  const date1904 = workbookPr ? ['1', 'true'].includes(attributesOf(workbookPr.tag).date1904 ?? '') : false;
  return { workbookPart: part, sheets, date1904, related };
}

/** The number format code of each cell style (the `s` attribute of a cell indexes cellXfs). */
export function readCellFormats(zip: ZipArchive, stylesPart: string | undefined, file: string): string[] {
  const xml = stylesPart ? readXmlPart(zip, stylesPart, file) : null;
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const { tag } of startTags(xml, 'numFmt')) {
    const { numFmtId, formatCode } = attributesOf(tag);
    if (numFmtId !== undefined && formatCode !== undefined) custom.set(Number(numFmtId), formatCode);
  }
  const start = xml.search(/<(?:[\w.-]+:)?cellXfs[\s>]/);
  const end = xml.search(/<\/(?:[\w.-]+:)?cellXfs>/);
  if (start < 0 || end < 0) return [];
  return [...startTags(xml.slice(start, end), 'xf')].map(({ tag }) => formatCodeOf(Number(attributesOf(tag).numFmtId ?? 0), custom));
}

/** The workbook's shared strings table, bounded in count and characters. */
export function readSharedStrings(zip: ZipArchive, part: string | undefined, file: string, limits: XlsxLimits): string[] {
  const xml = part ? readXmlPart(zip, part, file) : null;
  if (!xml) return [];
  const strings: string[] = [];
  let characters = 0;
  const pattern = /<(?:[\w.-]+:)?si(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
  for (const match of xml.matchAll(pattern)) {
    const text = match[1] ? textOfRuns(match[1]) : '';
    characters += text.length;
    strings.push(text);
    if (strings.length > limits.maxSharedStrings || characters > limits.maxSharedStringChars) {
      throw new CatalogReadError(
        file,
        `is refused: its shared strings table holds more than ${limits.maxSharedStrings.toLocaleString('en')} texts or ${limits.maxSharedStringChars.toLocaleString('en')} characters, far more than a catalog. Save the catalog as CSV, or split it.`,
      );
    }
  }
  return strings;
}
