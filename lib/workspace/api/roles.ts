/**
 * Who may do what in a team workspace. One table serves the server (every endpoint declares the
 * permission it needs), the web app (which hides what a person may not do) and the README.
 */
export const ROLES = ['owner', 'admin', 'filer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'scans.read': 'See scans, their findings and the plots',
  'scans.upload': 'Upload scans (an upload token may do this, and read the master)',
  'scans.delete': 'Delete a scan',
  'master.read': 'See the classification master and its history',
  'master.approve': 'Approve a classification from a finding, import a master CSV',
  'tokens.own': 'Create, list and revoke one’s own upload tokens',
  'members.manage': 'Add, change and remove members, create sign-in links, revoke anyone’s token',
  'audit.read': 'Read the audit log',
  'organization.export': 'Export all of the organization’s data',
  'organization.settings': 'Change the organization’s name and retention',
  'organization.erase': 'Delete all of the organization’s data',
} as const;
export type Permission = keyof typeof PERMISSIONS;

/**
 * Viewers read; filers (a broker's filers, an importer's analysts) also upload and agree on
 * classifications; admins (the manager) run the team; only the owner may erase everything.
 */
export const PERMISSIONS_OF_ROLE: Record<Role, readonly Permission[]> = {
  viewer: ['scans.read', 'master.read'],
  filer: ['scans.read', 'master.read', 'scans.upload', 'master.approve', 'tokens.own'],
  admin: [
    'scans.read', 'master.read', 'scans.upload', 'master.approve', 'tokens.own',
    'scans.delete', 'members.manage', 'audit.read', 'organization.export', 'organization.settings',
  ],
  owner: Object.keys(PERMISSIONS) as Permission[],
};

export function roleMay(role: Role, permission: Permission): boolean {
  return PERMISSIONS_OF_ROLE[role].includes(permission);
}
