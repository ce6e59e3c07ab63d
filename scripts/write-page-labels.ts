// `npx tsx scripts/write-page-labels.ts [page...]`: write test/pages/<page>.labels.json (every
// catalog page, or the pages named) from what the
// rules find in each fixture page's table (US, the built-in schedule and Section 301 list, on LABELS_DATE; errors and warnings). Run it after
// seeding a new problem in a page, then check by hand that the new labels are the seeded ones:
// test/e2e/fixture-labels.test.ts fails while labels and rules disagree.
import { writeFileSync } from 'node:fs';
import { CATALOG_PAGES, type CatalogPage, expectedTable, labelsFromRules, PAGES_DIR } from '../test/e2e/fixture-pages';

const named = process.argv.slice(2);
const pages = named.length > 0 ? CATALOG_PAGES.filter((page) => named.includes(page)) : CATALOG_PAGES;
for (const page of pages as readonly CatalogPage[]) {
  const { rows, labels } = labelsFromRules(expectedTable(page));
  const lines = labels.map((label) => `    ${JSON.stringify(label)}`);
  writeFileSync(`${PAGES_DIR}${page}.labels.json`, `{\n  "rows": ${rows},\n  "labels": [\n${lines.join(',\n')}\n  ]\n}\n`);
  console.log(`${page}: ${rows} rows, ${labels.length} labels`);
}
