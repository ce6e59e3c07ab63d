import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Builds .xlsx workbooks the way Excel writes them (shared strings table, styles with custom
 * number formats, numbers stored as doubles, formulas with cached values), so the workbook
 * reader is tested on a second producer besides LibreOffice; and, with `parts`, hostile ones.
 */

export type CellSpec =
  | string
  | number
  | null
  | { number: number; format: string }
  | { inline: string }
  | { formula: string; cached: number | string; format?: string }
  | { bool: boolean };

export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  /** Sheet row of `rows[0]` (1-based); lets a test leave blank rows above. */
  firstRow?: number;
  merges?: string[];
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  date1904?: boolean;
  /** Extra or replaced parts, by path (e.g. a vbaProject.bin, an externalLink). */
  parts?: Record<string, string | Uint8Array>;
  /** Extra relationships of the workbook part: [type, target, mode?]. */
  workbookRelationships?: [string, string, string?][];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel's built-in format ids; anything else becomes a custom numFmt from 164 on, as Excel numbers them. */
const BUILT_IN: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, 'mm-dd-yy': 14, '@': 49 };

export function buildWorkbook(spec: WorkbookSpec): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const formats: string[] = ['General'];
  const styleOf = (format: string) => {
    let index = formats.indexOf(format);
    if (index < 0) index = formats.push(format) - 1;
    return index;
  };
  const stringRef = (text: string) => {
    let index = sharedIndex.get(text);
    if (index === undefined) sharedIndex.set(text, (index = shared.push(text) - 1));
    return index;
  };

  const sheetXml = (sheet: SheetSpec) => {
    const first = sheet.firstRow ?? 1;
    const rows = sheet.rows.map((cells, r) => {
      const rowNumber = first + r;
      const cellXml = cells
        .map((cell, c) => {
          const ref = `${columnLetters(c)}${rowNumber}`;
          if (cell === null) return '';
          if (typeof cell === 'string') return `<c r="${ref}" t="s"><v>${stringRef(cell)}</v></c>`;
          if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
          if ('inline' in cell) return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.inline)}</t></is></c>`;
          if ('bool' in cell) return `<c r="${ref}" t="b"><v>${cell.bool ? 1 : 0}</v></c>`;
          if ('formula' in cell) {
            const style = cell.format ? ` s="${styleOf(cell.format)}"` : '';
            const type = typeof cell.cached === 'string' ? ' t="str"' : '';
            return `<c r="${ref}"${style}${type}><f>${escapeXml(cell.formula)}</f><v>${escapeXml(String(cell.cached))}</v></c>`;
          }
          return `<c r="${ref}" s="${styleOf(cell.format)}"><v>${cell.number}</v></c>`;
        })
        .join('');
      return `<row r="${rowNumber}">${cellXml}</row>`;
    });
    const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join('')}</sheetData>${merges}</worksheet>`;
  };

  const sheetParts = spec.sheets.map((sheet) => sheetXml(sheet));
  const customFormats = formats
    .map((format, index) => ({ format, index }))
    .filter(({ format }) => BUILT_IN[format] === undefined);
  const formatId = (format: string) => BUILT_IN[format] ?? 164 + customFormats.findIndex((f) => f.format === format);
  const styles =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
    (customFormats.length ? `<numFmts count="${customFormats.length}">${customFormats.map((f) => `<numFmt numFmtId="${formatId(f.format)}" formatCode="${escapeXml(f.format)}"/>`).join('')}</numFmts>` : '') +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${formats.length}">${formats.map((f) => `<xf numFmtId="${formatId(f)}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join('')}</cellXfs></styleSheet>`;
  const sharedXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${shared.length}" uniqueCount="${shared.length}">` +
    shared.map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join('') +
    '</sst>';
  const extraRels = (spec.workbookRelationships ?? []).map(
    ([type, target, mode], i) => `<Relationship Id="rIdX${i}" Type="${REL}/${type}" Target="${escapeXml(target)}"${mode ? ` TargetMode="${mode}"` : ''}/>`,
  );
  const workbookRels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    spec.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    extraRels.join('') +
    '</Relationships>';
  const workbook =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${spec.date1904 ? ' date1904="1"' : ''}/><sheets>` +
    spec.sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets></workbook>';
  const contentTypes =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;

  const files: Zippable = {
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(workbook),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels),
    'xl/styles.xml': strToU8(styles),
    'xl/sharedStrings.xml': strToU8(sharedXml),
  };
  sheetParts.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml)));
  for (const [path, content] of Object.entries(spec.parts ?? {})) files[path] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}

/**
 * Rewrite one part's declared uncompressed size in both zip headers: a zip bomb that lies about
 * its size, which the reader must catch while inflating.
 */
export function withDeclaredSize(zip: Uint8Array, part: string, declared: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const name = new TextEncoder().encode(part);
  for (let at = 0; at < bytes.length - 46; at++) {
    const signature = view.getUint32(at, true);
    const [nameAt, sizeAt, lengthAt] = signature === 0x04034b50 ? [30, 22, 26] : signature === 0x02014b50 ? [46, 24, 28] : [0, 0, 0];
    if (!nameAt || view.getUint16(at + lengthAt, true) !== name.length) continue;
    if (bytes.subarray(at + nameAt, at + nameAt + name.length).every((b, i) => b === name[i])) view.setUint32(at + sizeAt, declared, true);
  }
  return bytes;
}
