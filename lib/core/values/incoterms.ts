/** Incoterms® 2020 (ICC publication 723E): the eleven rules in force. */
export const INCOTERMS_2020 = new Set(['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF']);

/** Terms from earlier editions and what replaced them. */
export const WITHDRAWN_INCOTERMS: Record<string, { edition: string; replacement: string }> = {
  DAT: { edition: 'Incoterms 2010', replacement: 'DPU' },
  DAF: { edition: 'Incoterms 2000', replacement: 'DAP' },
  DES: { edition: 'Incoterms 2000', replacement: 'DAP' },
  DEQ: { edition: 'Incoterms 2000', replacement: 'DPU' },
  DDU: { edition: 'Incoterms 2000', replacement: 'DAP' },
  CNF: { edition: 'an old usage (C&F)', replacement: 'CFR' },
  'C&F': { edition: 'an old usage', replacement: 'CFR' },
  CANDF: { edition: 'an old usage', replacement: 'CFR' },
};
