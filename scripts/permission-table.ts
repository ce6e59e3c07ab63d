import { PERMISSIONS, PERMISSIONS_OF_ROLE, ROLES } from '../lib/workspace/api/roles';

export const PERMISSION_TABLE_START = '<!-- permissions:start -->';
export const PERMISSION_TABLE_END = '<!-- permissions:end -->';

/** The workspace's permission table as Markdown, from the same declaration the server enforces. */
export function permissionTableMarkdown(): string {
  const header = `| Permission | ${ROLES.join(' | ')} |\n|---|${ROLES.map(() => ':-:').join('|')}|\n`;
  const rows = (Object.entries(PERMISSIONS) as [keyof typeof PERMISSIONS, string][])
    .map(([permission, what]) => `| ${what} (\`${permission}\`) | ${ROLES.map((role) => (PERMISSIONS_OF_ROLE[role].includes(permission) ? '✓' : '—')).join(' | ')} |`)
    .join('\n');
  return `${PERMISSION_TABLE_START}\n${header}${rows}\n${PERMISSION_TABLE_END}`;
}

export function withPermissionTable(readme: string): string {
  const start = readme.indexOf(PERMISSION_TABLE_START);
  const end = readme.indexOf(PERMISSION_TABLE_END);
  if (start < 0 || end < 0) throw new Error('README.md has no permissions:start / permissions:end markers');
  return readme.slice(0, start) + permissionTableMarkdown() + readme.slice(end + PERMISSION_TABLE_END.length);
}
