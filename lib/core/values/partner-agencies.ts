/**
 * Partner government agencies behind the flags of CBP's ACE HTS PGA report. The flag's letters
 * name the agency program; the digit says whether data "may be" (1, 3...) or "is" required.
 */
const AGENCY_BY_PREFIX: Record<string, string> = {
  FD: 'FDA',
  AQ: 'USDA APHIS',
  AL: 'USDA APHIS (Lacey Act plant declaration)',
  AM: 'USDA AMS',
  EP: 'EPA',
  TB: 'TTB (alcohol and tobacco)',
  DT: 'NHTSA',
  FS: 'USDA FSIS',
  FW: 'U.S. Fish & Wildlife Service',
  NM: 'NOAA Fisheries (NMFS)',
  OM: 'Department of State, Office of Marine Conservation',
  DE: 'DEA',
  EH: 'CDC',
  CP: 'CPSC',
  FC: 'FCC',
  AT: 'ATF',
};

export function agenciesForFlags(flags: readonly string[]): string {
  const names = new Map<string, string[]>();
  for (const flag of flags) {
    const name = AGENCY_BY_PREFIX[flag.slice(0, 2)] ?? `agency code ${flag}`;
    names.set(name, [...(names.get(name) ?? []), flag]);
  }
  return [...names].map(([name, codes]) => `${name} (${codes.join(', ')})`).join(', ');
}

/**
 * Chapter-level hints when no schedule is loaded: FDA for food, drugs and cosmetics (ch. 1–24,
 * 30, 33), USDA for live animals and plants (ch. 1, 6–8, 10, 12), Lacey Act for wood (44, 94),
 * EPA TSCA for chemicals (28, 29, 38), CPSC for toys (95), FCC for radio devices (8517–8529).
 */
export function agenciesForChapter(digits: string): string | null {
  const chapter = Number(digits.slice(0, 2));
  const heading = Number(digits.slice(0, 4));
  if (chapter === 1 || chapter === 6 || chapter === 7 || chapter === 8 || chapter === 10 || chapter === 12) {
    return 'USDA APHIS and FDA (plants, animals and food)';
  }
  if (chapter <= 24) return 'FDA (food) and possibly USDA';
  if (chapter === 30) return 'FDA (drugs)';
  if (chapter === 33) return 'FDA (cosmetics)';
  if (chapter === 28 || chapter === 29 || chapter === 38) return 'EPA (TSCA certification for chemicals)';
  if (chapter === 44 || heading === 9403) return 'USDA APHIS (Lacey Act declaration for wood)';
  if (chapter === 95) return 'CPSC (children\'s products certificate for toys)';
  if (heading >= 8517 && heading <= 8529) return 'FCC (radio-frequency devices)';
  if (chapter === 93) return 'ATF (firearms and ammunition)';
  return null;
}
