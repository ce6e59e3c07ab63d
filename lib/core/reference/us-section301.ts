import { decodeSection301, type Section301List } from './section301-list';
import snapshot from './us-section301.json';

/** The Section 301 list built into the product; reached only through `loadBuiltInUsTariffData`. */
let list: Section301List | undefined;

export function builtInSection301(): Section301List {
  return (list ??= decodeSection301(snapshot));
}
