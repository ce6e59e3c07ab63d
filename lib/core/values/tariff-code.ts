import type { Jurisdiction } from '../model/jurisdiction';
import { isHs2022Subheading } from '../reference/hs2022';

/**
 * A tariff code cell read into its digits. Catalogs write the same U.S. statistical reporting
 * number as `8471.30.0100`, `8471300100` or `8471.30.01.00`; EU CN codes as `8471 30 00`.
 */
export interface TariffCode {
  /** The cell as written, trimmed. */
  text: string;
  /** Only the digits, when the text is digits with separators; otherwise null. */
  digits: string | null;
  /** Why the text is not a well-formed code; null when it is. */
  problem: string | null;
  /** A corrected code when the problem has an obvious fix (letter O for zero, a lost leading zero). */
  fix?: string;
}

/** Digit group lengths accepted between separators, e.g. 4.2.4 (`8471.30.0100`) or 4.2.2.2. */
const GROUPINGS = new Set(['4.2.4', '4.2.2.2', '4.2.2', '4.2', '6.2', '6.4', '6.2.2', '8.2', '4.4', '4.4.2']);

/** Code lengths each territory's declaration accepts. */
export const CODE_LENGTHS: Record<Jurisdiction, readonly number[]> = {
  US: [10], // HTSUS statistical reporting number (General Note / 19 CFR 141.61(e))
  EU: [8, 10], // Combined Nomenclature subheading / TARIC code
  UK: [10], // UK Global Tariff commodity code for imports
  CA: [10], // Canadian Customs Tariff classification number (8) + statistical suffix (2)
};

const LOOKS_LIKE_DIGIT: Record<string, string> = { O: '0', o: '0', I: '1', l: '1' };

/**
 * Parsed codes by jurisdiction and text. Several rules read the same code, and a catalog repeats
 * codes on many lines; the cache is emptied when it grows large, so memory stays bounded.
 */
const PARSED = new Map<string, TariffCode>();
const PARSED_LIMIT = 50_000;

export function parseTariffCode(raw: string, jurisdiction: Jurisdiction): TariffCode {
  const key = jurisdiction + raw;
  let code = PARSED.get(key);
  if (!code) {
    if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
    PARSED.set(key, (code = Object.freeze(readTariffCode(raw, jurisdiction))));
  }
  return code;
}

function readTariffCode(raw: string, jurisdiction: Jurisdiction): TariffCode {
  const text = raw.trim();
  const compact = text.replace(/[\s.\-]/g, '');
  if (/[^0-9]/.test(compact)) {
    const repaired = compact.replace(/[OoIl]/g, (c) => LOOKS_LIKE_DIGIT[c]!);
    const fix = /^\d+$/.test(repaired) && CODE_LENGTHS[jurisdiction].includes(repaired.length) ? repaired : undefined;
    const letters = [...new Set(compact.replace(/[0-9]/g, ''))].join('');
    return { text, digits: null, problem: `contains characters that are not digits (${letters})`, fix };
  }
  const lengths = CODE_LENGTHS[jurisdiction];
  if (!lengths.includes(compact.length) && !isSpecialProvision(compact, jurisdiction)) {
    const expected = lengths.join(' or ');
    // Spreadsheets drop the leading zero of chapters 01–09 when a code is stored as a number. The
    // zero is suggested only when it gives a real HS subheading: 847130010 is a cut-off 8471...,
    // and 0847130010 would be a code that does not exist.
    const padded = `0${compact}`;
    const fix =
      lengths.includes(compact.length + 1) && compact[0] !== '0' && isHs2022Subheading(padded.slice(0, 6)) ? padded : undefined;
    return {
      text,
      digits: compact,
      problem: `has ${compact.length} digits; ${jurisdiction} codes have ${expected}`,
      fix,
    };
  }
  const groups = text.split(/[.\s-]+/);
  if (groups.length > 1 && !GROUPINGS.has(groups.map((g) => g.length).join('.'))) {
    const fix = jurisdiction === 'US' && compact.length === 10 ? formatUsCode(compact) : compact;
    return { text, digits: compact, problem: `has its separators in the wrong places`, fix };
  }
  return { text, digits: compact, problem: null };
}

/** U.S. chapter 98/99 provisions are 8-digit subheadings without a statistical suffix. */
function isSpecialProvision(digits: string, jurisdiction: Jurisdiction): boolean {
  return jurisdiction === 'US' && digits.length === 8 && (digits.startsWith('98') || digits.startsWith('99'));
}

/** `8471300100` → `8471.30.0100`, the way the HTSUS prints it. */
export function formatUsCode(digits: string): string {
  if (digits.length === 10) return `${digits.slice(0, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
  if (digits.length === 8) return `${digits.slice(0, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
  return digits;
}

export interface ChapterProblem {
  chapter: string;
  /** Chapters 98/99 are legal but special: a warning. 00 and 77 can never be right: an error. */
  severity: 'error' | 'warning';
  message: string;
}

/**
 * Chapters that cannot be a primary classification. HS chapters run 01–97 with 77 reserved
 * for future use; 98 and 99 are national special provisions (U.S.: goods returned, temporary
 * imports, Section 301/232 additional duties), declared together with a chapter 1–97 code.
 */
export function chapterProblem(digits: string, jurisdiction: Jurisdiction): ChapterProblem | null {
  // CBP's ACE reports write chapter 98/99 provisions with a leading "00" (0098010011 = 9801.00.11).
  const chapter = /^00(98|99)/.test(digits) ? digits.slice(2, 4) : digits.slice(0, 2);
  if (chapter === '00') {
    return { chapter, severity: 'error', message: 'Chapter 00 does not exist: tariff chapters run from 01 to 97.' };
  }
  if (chapter === '77') {
    return {
      chapter,
      severity: 'error',
      message: 'Chapter 77 is reserved in the Harmonized System for possible future use: no goods are classified there.',
    };
  }
  if (chapter === '98' || chapter === '99') {
    const what = jurisdiction === 'US' ? 'a U.S. special provision (chapter 98/99)' : `chapter ${chapter} (special national provisions)`;
    return {
      chapter,
      severity: 'warning',
      message: `This is ${what}. It is declared in addition to the goods' own classification in chapters 01–97, which this line must also give.`,
    };
  }
  return null;
}

/** The code's digits when it is well formed and in a primary chapter: what schedule checks need. */
export function classifiableDigits(raw: string, jurisdiction: Jurisdiction): string | null {
  if (raw.trim() === '') return null;
  const code = parseTariffCode(raw, jurisdiction);
  if (code.problem || !code.digits || chapterProblem(code.digits, jurisdiction)) return null;
  return code.digits;
}
