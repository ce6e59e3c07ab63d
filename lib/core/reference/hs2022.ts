import reference from './hs2022.json';

/**
 * The international layer of every tariff code: HS 2022 chapters and 6-digit subheadings
 * (WCO Harmonized System, 2022 edition). Used for EU, UK and CA codes when no national
 * schedule is loaded; for U.S. codes the loaded U.S. schedule governs.
 */
let subheadings: Set<string> | undefined;

export function isHs2022Subheading(code6: string): boolean {
  if (!subheadings) {
    subheadings = new Set();
    for (let i = 0; i < reference.subheadings.length; i += 6) subheadings.add(reference.subheadings.slice(i, i + 6));
  }
  return subheadings.has(code6);
}

export function hsChapterTitle(chapter: string): string | undefined {
  return (reference.chapters as Record<string, string>)[chapter];
}

export const HS2022_SOURCE = reference.source;
