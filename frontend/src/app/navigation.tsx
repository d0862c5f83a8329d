import { ApartmentOutlined, AuditOutlined, FileProtectOutlined, FlagOutlined, ImportOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '@/lib/auth';
import type { MessageKey } from '@/lib/i18n';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** Roles that see the entry; empty means every signed-in user. */
  roles: readonly Role[];
}

/**
 * The side navigation, each entry with the roles that may use it. Feedback and reports join here
 * as their features land.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/units', label: 'nav.units', icon: <ApartmentOutlined />, roles: [] },
  { path: '/party-organizations', label: 'nav.partyOrganizations', icon: <FlagOutlined />, roles: [] },
  { path: '/regulations', label: 'nav.regulations', icon: <FileProtectOutlined />, roles: [] },
  { path: '/inspections', label: 'nav.inspections', icon: <AuditOutlined />, roles: ['admin', 'inspector', 'viewer'] },
  { path: '/imports', label: 'nav.imports', icon: <ImportOutlined />, roles: ['admin', 'officer', 'inspector'] },
];
