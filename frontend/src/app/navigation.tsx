import {
  ApartmentOutlined,
  ClusterOutlined,
  CommentOutlined,
  AuditOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  FlagOutlined,
  ReadOutlined,
  FileTextOutlined,
  TrophyOutlined,
  TeamOutlined,
  IdcardOutlined,
  ImportOutlined,
  InboxOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { PARTY_MEMBER_ROLES, type Role } from '@/lib/auth';
import type { MessageKey } from '@/lib/i18n';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** Roles that see the entry; empty means every signed-in user. */
  roles: readonly Role[];
}

/**
 * The side navigation, each entry with the roles that may use it. The dashboard (the annual review)
 * comes first: it is the start page. Feedback and consultations join here as their features land.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  {
    path: '/dashboard',
    label: 'nav.dashboard',
    icon: <DashboardOutlined />,
    roles: ['admin', 'officer', 'inspector', 'viewer'],
  },
  {
    path: '/committees',
    label: 'nav.committees',
    icon: <ClusterOutlined />,
    roles: ['admin', 'officer', 'inspector', 'viewer'],
  },
  { path: '/units', label: 'nav.units', icon: <ApartmentOutlined />, roles: [] },
  { path: '/party-organizations', label: 'nav.partyOrganizations', icon: <FlagOutlined />, roles: [] },
  { path: '/regulations', label: 'nav.regulations', icon: <FileProtectOutlined />, roles: [] },
  { path: '/inspections', label: 'nav.inspections', icon: <AuditOutlined />, roles: ['admin', 'inspector', 'viewer'] },
  // Registers.
  { path: '/trainings', label: 'nav.trainings', icon: <ReadOutlined />, roles: [] },
  { path: '/documents', label: 'nav.documents', icon: <FileTextOutlined />, roles: [] },
  { path: '/model-practices', label: 'nav.modelPractices', icon: <TrophyOutlined />, roles: [] },
  {
    path: '/conferences',
    label: 'nav.conferences',
    icon: <TeamOutlined />,
    roles: ['admin', 'officer', 'inspector', 'viewer'],
  },
  { path: '/party-members', label: 'nav.partyMembers', icon: <IdcardOutlined />, roles: PARTY_MEMBER_ROLES },
  { path: '/staff', label: 'nav.staff', icon: <UserSwitchOutlined />, roles: ['admin', 'officer'] },
  { path: '/imports', label: 'nav.imports', icon: <ImportOutlined />, roles: ['admin', 'officer', 'inspector'] },
  {
    path: '/feedback',
    label: 'nav.feedback',
    icon: <InboxOutlined />,
    roles: ['admin', 'officer', 'inspector', 'viewer'],
  },
  {
    path: '/consultations',
    label: 'nav.consultations',
    icon: <CommentOutlined />,
    roles: ['admin', 'officer', 'inspector', 'viewer'],
  },
];
