// `npm run docs`: rewrite the rule table and the workspace's permission table in README.md from
// the rule registry and the workspace's role declaration.
import { readFileSync, writeFileSync } from 'node:fs';
import { withPermissionTable } from './permission-table';
import { withRuleTable } from './rule-table';

const readmeUrl = new URL('../README.md', import.meta.url);
writeFileSync(readmeUrl, withPermissionTable(withRuleTable(readFileSync(readmeUrl, 'utf8'))));
console.log('README.md rule and permission tables updated');
