// The whole-process baseline of `npm run bench`: a node process that only reads a catalog file
// and parses it with papaparse (the same options the product's reader gives it), nothing else.
// Plain JavaScript run by node, so the yardstick pays no compilation either.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const text = readFileSync(process.argv[2], 'utf8');
const parsed = Papa.parse(text, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: 'greedy' });
process.stdout.write(`${parsed.data.length} records\n`);
