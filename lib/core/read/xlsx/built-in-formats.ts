/**
 * ECMA-376 Part 1, 18.8.30: the built-in number formats, which a workbook names by id only
 * (its styles part lists only the custom ones). Id 14 is the locale's short date and 22 its
 * date and time: shown as ISO here, as every date is (see number-format.ts).
 */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy-mm-dd',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy-mm-dd h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mm:ss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Ids 27–36 and 50–58 are East Asian locale dates; their codes are not stored in the file. */
function isLocaleDateId(id: number): boolean {
  return (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

export function formatCodeOf(id: number, custom: ReadonlyMap<number, string>): string {
  return custom.get(id) ?? BUILT_IN_FORMATS[id] ?? (isLocaleDateId(id) ? 'yyyy-mm-dd' : 'General');
}
