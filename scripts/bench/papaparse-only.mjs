// The whole-process baseline of `npm run bench`: a node process that only reads a catalog file
// and parses it with papaparse (guessing the delimiter among the ones the product's reader
// accepts; no skipEmptyLines, which the product's reader no longer asks of papaparse), nothing else.
// Plain JavaScript run by node, so the yardstick pays no compilation either.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const text = readFileSync(process.argv[2], 'utf8');
const parsed = Papa.parse(text, { delimitersToGuess: [',', ';', '\t', '|'] });
process.stdout.write(`${parsed.data.length} records\n`);
