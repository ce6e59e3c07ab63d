import { JURISDICTIONS } from '../model/jurisdiction';

/**
 * What the three master rules declare alike: they run in every territory, only when the check has a
 * master (which a user may choose not to set up), and they rest on the same duty of reasonable care.
 */
export const MASTER_RULE_BASE = {
  jurisdictions: JURISDICTIONS,
  optionalInput: true,
  skipReason: ({ master }: { master: unknown }) =>
    master ? null : 'needs a classification master (a master file, or the team workspace\u2019s approved classifications)',
  source: {
    name: '19 U.S.C. 1484 (reasonable care); CBP Informed Compliance Publication "Reasonable Care" (keep classification decisions consistent and documented)',
    url: 'https://www.cbp.gov/trade/rulings/informed-compliance-publications',
  },
} as const;
