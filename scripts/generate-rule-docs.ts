// `npm run docs`: rewrite the rule table in README.md from the rule registry.
import { readFileSync, writeFileSync } from 'node:fs';
import { withRuleTable } from './rule-table';

const readmeUrl = new URL('../README.md', import.meta.url);
writeFileSync(readmeUrl, withRuleTable(readFileSync(readmeUrl, 'utf8')));
console.log('README.md rule table updated');
