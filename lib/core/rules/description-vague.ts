import { JURISDICTIONS } from '../model/jurisdiction';
import { vagueTermIn } from '../values/vague-description';
import { type CellRule, NO_PROBLEMS } from './rule';

export const descriptionVague: CellRule = {
  scope: 'cell',
  field: 'description',
  id: 'description-vague',
  title: 'Description is only a vague term',
  severity: 'error',
  fields: ['description'],
  jurisdictions: JURISDICTIONS,
  help:
    'CBP does not accept general terms as a description: "parts", "accessories", "general merchandise", "FAK", "said to contain", ' +
    '"gifts", "samples", "tools"... A description says what the goods are, what they are made of and what they are for, so they can be ' +
    'classified. A precise description that merely contains such a word ("Tools; interchangeable, for pressing or punching") is fine.',
  source: { name: '19 CFR 141.86(a)(3); CBP "Acceptable Terminology for Trade Community Descriptions" (CSMS, ACE cargo release)', url: 'https://www.cbp.gov/document/guidance/acceptable-terminology-trade-community-descriptions' },
  check(text) {
    const term = vagueTermIn(text);
    if (!term) return NO_PROBLEMS;
    return [
      {
        message: `"${text}" is too general for customs: CBP does not accept "${term}" as a description.`,
        fix: 'Say what the goods are, of what material, and for what use (e.g. "Brake pads of sintered metal, for passenger cars").',
      },
    ];
  },
};
