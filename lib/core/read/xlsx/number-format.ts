import { isoDateTime } from './excel-dates';

/**
 * A numeric cell as the filer sees it in the spreadsheet. Workbooks store numbers as binary
 * doubles (0.1 + 0.2 is 0.30000000000000004, a date is 46084) and the cell's number format
 * decides what is shown: "12.50", "00420", "8471.30.0100", a date. The catalog is checked on
 * what is shown, as for a CSV the same program exported.
 *
 * Two deliberate departures from the screen: dates come out as ISO 8601 (2026-03-01), whatever
 * the user's locale shows, so no day/month order is ever guessed; and digit grouping is left
 * out ("#,##0.00" gives 1234.50, not 1,234.50), because "1,234" would read back as either one
 * thousand or 1.234 depending on the column's decimal mark.
 */

/** The sections of a format code (positive;negative;zero;text), split outside quotes and brackets. */
function sectionsOf(code: string): string[] {
  const sections: string[] = [];
  let current = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      const stop = end < 0 ? code.length : end;
      current += code.slice(i, stop + 1);
      i = stop;
    } else if (c === '\\') {
      current += code.slice(i, i + 2);
      i++;
    } else if (c === '[') {
      const end = code.indexOf(']', i);
      const stop = end < 0 ? code.length : end;
      current += code.slice(i, stop + 1);
      i = stop;
    } else if (c === ';') {
      sections.push(current);
      current = '';
    } else current += c;
  }
  sections.push(current);
  return sections;
}

type Token = { kind: 'literal'; text: string } | { kind: 'code'; text: string };

/** Split a section into literal text (quoted, escaped, currency) and format characters. */
function tokensOf(section: string): Token[] {
  const tokens: Token[] = [];
  const literal = (text: string) => tokens.push({ kind: 'literal', text });
  for (let i = 0; i < section.length; i++) {
    const c = section[i]!;
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      literal(section.slice(i + 1, stop));
      i = stop;
    } else if (c === '\\') {
      literal(section[i + 1] ?? '');
      i++;
    } else if (c === '_' || c === '*') {
      // `_)` leaves the width of ")" blank, `*-` fills the cell: neither is text the filer reads.
      i++;
    } else if (c === '[') {
      const end = section.indexOf(']', i);
      const inside = section.slice(i + 1, end < 0 ? section.length : end);
      // [$€-407] shows "€"; [Red], [$-409] (a locale) and [>100] show nothing; [h] is elapsed hours.
      if (inside.startsWith('$')) literal(inside.slice(1).split('-')[0]!);
      else if (/^[hms]+$/i.test(inside)) tokens.push({ kind: 'code', text: inside });
      i = end < 0 ? section.length : end;
    } else tokens.push({ kind: 'code', text: c });
  }
  return tokens;
}

function codeText(tokens: readonly Token[]): string {
  return tokens.map((t) => (t.kind === 'code' ? t.text : '')).join('');
}

export function isDateFormat(code: string): boolean {
  const section = codeText(tokensOf(sectionsOf(code)[0] ?? ''));
  return /[ymdhs]/i.test(section.replace(/General/gi, '').replace(/AM\/PM|A\/P/gi, '')) && !/[0#?]/.test(section.replace(/s+\.0+/gi, ''));
}

/** What a format section does with a number, worked out once per section. */
type SectionPlan =
  | { kind: 'general' }
  | { kind: 'literal'; text: string }
  | { kind: 'date'; codes: string }
  | { kind: 'scientific'; tokens: Token[]; percent: number }
  | {
      kind: 'number';
      percent: number;
      /** Each trailing comma after the digits divides by a thousand ("0.0,," shows millions). */
      thousands: number;
      integerTokens: Token[];
      fractionTokens: Token[];
      places: number;
      hasPoint: boolean;
    };

interface FormatPlan {
  /** Conditional sections ([>100]) are rare in catalogs; reading the value plainly is safer than guessing. */
  conditional: boolean;
  sections: { source: string; plan: SectionPlan }[];
}

function planSection(section: string): SectionPlan {
  const tokens = tokensOf(section);
  const codes = codeText(tokens);
  if (/general/i.test(codes) || codes.trim() === '@' || codes.trim() === '') {
    const literalText = tokens.filter((t) => t.kind === 'literal').map((t) => t.text).join('');
    return codes.trim() === '' && literalText !== '' ? { kind: 'literal', text: literalText } : { kind: 'general' };
  }
  if (isDateFormat(section)) return { kind: 'date', codes };
  if (/\?\s*\/\s*[?\d]/.test(codes)) return { kind: 'general' };
  const percent = (codes.match(/%/g) ?? []).length;
  if (/E[+-]/i.test(codes)) return { kind: 'scientific', tokens, percent };
  const pointIndex = tokens.findIndex((t) => t.kind === 'code' && t.text === '.');
  const fractionTokens = pointIndex < 0 ? [] : tokens.slice(pointIndex + 1);
  return {
    kind: 'number',
    percent,
    thousands: /[0#?](,+)(?![0#?])/.exec(codes)?.[1]?.length ?? 0,
    integerTokens: pointIndex < 0 ? tokens : tokens.slice(0, pointIndex),
    fractionTokens,
    places: fractionTokens.filter(isPlaceholder).length,
    hasPoint: pointIndex >= 0,
  };
}

function planFormat(code: string): FormatPlan {
  return { conditional: /\[[<>=]/.test(code), sections: sectionsOf(code).map((source) => ({ source, plan: planSection(source) })) };
}

/**
 * Format codes are worked out once each: a sheet applies a handful of codes to thousands of
 * cells. Bounded, as a crafted workbook may declare any number of codes.
 */
const PLANS = new Map<string, FormatPlan>();
function planOf(code: string): FormatPlan {
  let plan = PLANS.get(code);
  if (plan === undefined) {
    if (PLANS.size >= 500) PLANS.clear();
    PLANS.set(code, (plan = planFormat(code)));
  }
  return plan;
}

/** Show a number the way its format code shows it (see the module comment for the two exceptions). */
export function formatNumber(value: number, code: string, date1904: boolean): string {
  if (!Number.isFinite(value)) return String(value);
  if (code === 'General') return generalNumber(value);
  const { conditional, sections } = planOf(code);
  if (conditional) return generalNumber(value);
  let section = sections[0]!;
  let shown = value;
  if (value < 0 && sections.length >= 2 && sections[1]!.source.trim() !== '') {
    section = sections[1]!;
    shown = -value;
  } else if (value === 0 && sections.length >= 3 && sections[2]!.source.trim() !== '') section = sections[2]!;
  const plan = section.plan;
  switch (plan.kind) {
    case 'general':
      return generalNumber(shown);
    case 'literal':
      return plan.text;
    case 'date':
      return isoDateTime(value, plan.codes, date1904);
    case 'scientific':
      return scientific(shown * 100 ** plan.percent, plan.tokens);
    case 'number': {
      const text = placeNumber(shown, plan);
      // A negative value in the positive section keeps its minus sign, as Excel shows it.
      return value < 0 && section === sections[0] ? `-${text}` : text;
    }
  }
}

/** Excel's "General": the value without binary noise (15 significant digits, as Excel keeps). */
export function generalNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const text = String(Number(value.toPrecision(15)));
  return text.includes('e') ? value.toPrecision(15).replace(/\.?0+e/, 'E').replace(/E\+?/, 'E+').replace('E+-', 'E-') : text;
}

/** Round half away from zero in decimal, as Excel does (1.005 with two decimals is 1.01). */
function roundedDigits(value: number, places: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e21) return abs.toFixed(0);
  // The usual case: the value has no more decimals than shown (120, 12.5 as 12.50), nothing to round.
  const power = 10 ** places;
  if (Number.isInteger(abs * power) && abs * power < Number.MAX_SAFE_INTEGER) return abs.toFixed(places);
  const clean = Number(abs.toPrecision(15));
  const scaled = Math.round(Number(`${clean}e${places}`));
  return Number(`${scaled}e-${places}`).toFixed(places);
}

/** Fill the digit placeholders (0 # ?) of a format around its literal text. */
function placeNumber(value: number, plan: Extract<SectionPlan, { kind: 'number' }>): string {
  const scaled = (value * 100 ** plan.percent) / 1000 ** plan.thousands;
  const [integerDigits, fractionDigits = ''] = roundedDigits(scaled, plan.places).split('.');
  const integerPart = fillInteger(integerDigits === '0' ? '' : integerDigits!, plan.integerTokens);
  const fractionPart = fillFraction(fractionDigits, plan.fractionTokens);
  return `${integerPart}${plan.hasPoint && (fractionPart.digits > 0 || plan.places === 0) ? '.' : ''}${fractionPart.text}`.replace(/\.$/, '');
}

function isPlaceholder(token: Token): boolean {
  return token.kind === 'code' && (token.text === '0' || token.text === '#' || token.text === '?');
}

/** Integer digits go into the placeholders from the right; the leftmost one takes what remains. */
function fillInteger(digits: string, tokens: readonly Token[]): string {
  const parts: string[] = [];
  let remaining = digits;
  const leftmost = tokens.findIndex(isPlaceholder);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (isPlaceholder(token)) {
      const digit = remaining.slice(-1);
      remaining = remaining.slice(0, -1);
      if (i === leftmost && remaining !== '') {
        parts.push(remaining + digit);
        remaining = '';
      } else parts.push(digit !== '' ? digit : token.text === '0' ? '0' : '');
    } else if (token.kind === 'literal' || token.text !== ',') parts.push(token.text);
  }
  if (leftmost < 0 && remaining !== '') parts.push(remaining);
  return parts.reverse().join('');
}

function fillFraction(digits: string, tokens: readonly Token[]): { text: string; digits: number } {
  // "0.0#" shows 1.5 as 1.5 and 1.25 as 1.25: trailing zeros under # placeholders are dropped.
  const required = tokens.filter(isPlaceholder).map((t) => t.text === '0');
  let keep = digits.length;
  while (keep > 0 && !required[keep - 1] && digits[keep - 1] === '0') keep--;
  let text = '';
  let index = 0;
  for (const token of tokens) {
    if (isPlaceholder(token)) {
      if (index < keep) text += digits[index];
      else if (token.text === '?') text += ' ';
      index++;
    } else if (token.kind === 'literal' || token.text !== ',') text += token.text;
  }
  return { text, digits: keep };
}

function scientific(value: number, tokens: readonly Token[]): string {
  const codes = codeText(tokens);
  const mantissa = codes.slice(0, codes.search(/E/i));
  const places = (mantissa.split('.')[1] ?? '').replace(/[^0#?]/g, '').length;
  const [digits, exponent] = Math.abs(value).toExponential(places).split('e');
  const exponentDigits = Math.max(2, codes.slice(codes.search(/E/i) + 2).replace(/[^0]/g, '').length);
  const sign = exponent!.startsWith('-') ? '-' : '+';
  return `${digits}E${sign}${exponent!.replace(/^[+-]/, '').padStart(exponentDigits, '0')}`;
}
