import {
  ApartmentOutlined,
  AuditOutlined,
  ClusterOutlined,
  CommentOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FlagOutlined,
  IdcardOutlined,
  ImportOutlined,
  InboxOutlined,
  ReadOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserSwitchOutlined,
  ApiOutlined,
  EyeOutlined,
  NotificationOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { PARTY_MEMBER_ROLES, type Role } from '@/lib/auth';
import type { MessageKey } from '@/lib/i18n';

/** Every signed-in role that works in the staff app (integration accounts use the API only). */
const STAFF: readonly Role[] = ['admin', 'officer', 'inspector', 'viewer'];
/** Empty: every signed-in user. */
const EVERYONE: readonly Role[] = [];

export interface AppRoute {
  /** Under the signed-in layout, without the leading slash. */
  path: string;
  page: LazyExoticComponent<ComponentType>;
  /** Who may open the page; the menu shows the entry to the same roles. */
  roles: readonly Role[];
  /** The entry in the side menu, which lists the routes that have one in this order. */
  menu?: { label: MessageKey; icon: ReactNode };
}

// Each feature is its own chunk, loaded when its route is first visited.
const page = (load: () => Promise<{ default: ComponentType }>) => lazy(load);

/**
 * The staff app's pages: one table drives both the router and the side menu, so a page's roles are
 * declared once. The dashboard (the annual review) comes first: it is the start page.
 */
export const APP_ROUTES: readonly AppRoute[] = [
  {
    path: 'dashboard',
    page: page(() => import('@/features/reports/components/DashboardPage')),
    roles: STAFF,
    menu: { label: 'nav.dashboard', icon: <DashboardOutlined /> },
  },
  {
    path: 'committees',
    page: page(() => import('@/features/committees/components/CommitteesPage')),
    roles: STAFF,
    menu: { label: 'nav.committees', icon: <ClusterOutlined /> },
  },
  {
    path: 'units',
    page: page(() => import('@/features/units/components/UnitsPage')),
    roles: EVERYONE,
    menu: { label: 'nav.units', icon: <ApartmentOutlined /> },
  },
  {
    path: 'units/reorganisations',
    page: page(() => import('@/features/units/components/reorganisation/ReorganisationPage')),
    roles: ['admin'],
  },
  {
    path: 'party-organizations',
    page: page(() => import('@/features/party-organizations/components/PartyOrganizationsPage')),
    roles: EVERYONE,
    menu: { label: 'nav.partyOrganizations', icon: <FlagOutlined /> },
  },
  {
    path: 'regulations',
    page: page(() => import('@/features/regulations/components/RegulationsPage')),
    roles: EVERYONE,
    menu: { label: 'nav.regulations', icon: <FileProtectOutlined /> },
  },
  {
    path: 'inspections',
    page: page(() => import('@/features/inspections/components/InspectionsPage')),
    roles: ['admin', 'inspector', 'viewer'],
    menu: { label: 'nav.inspections', icon: <AuditOutlined /> },
  },
  {
    path: 'inspections/:id',
    page: page(() => import('@/features/inspections/components/InspectionDetailPage')),
    roles: ['admin', 'inspector', 'viewer'],
  },
  // Registers: trainings, directive documents, model practices, conferences, party members.
  {
    path: 'trainings',
    page: page(() => import('@/features/trainings/components/TrainingsPage')),
    roles: EVERYONE,
    menu: { label: 'nav.trainings', icon: <ReadOutlined /> },
  },
  {
    path: 'documents',
    page: page(() => import('@/features/documents/components/DocumentsPage')),
    roles: EVERYONE,
    menu: { label: 'nav.documents', icon: <FileTextOutlined /> },
  },
  {
    path: 'model-practices',
    page: page(() => import('@/features/model-practices/components/ModelPracticesPage')),
    roles: EVERYONE,
    menu: { label: 'nav.modelPractices', icon: <TrophyOutlined /> },
  },
  {
    path: 'conferences',
    page: page(() => import('@/features/conferences/components/ConferencesPage')),
    roles: STAFF,
    menu: { label: 'nav.conferences', icon: <TeamOutlined /> },
  },
  // The people's own part: what a commune made public, and the people's boards with the Front.
  {
    path: 'disclosures',
    page: page(() => import('@/features/disclosures/components/DisclosuresPage')),
    roles: STAFF,
    menu: { label: 'nav.disclosures', icon: <NotificationOutlined /> },
  },
  {
    path: 'boards',
    page: page(() => import('@/features/boards/components/BoardsPage')),
    roles: STAFF,
    menu: { label: 'nav.boards', icon: <EyeOutlined /> },
  },
  {
    path: 'boards/:id',
    page: page(() => import('@/features/boards/components/BoardDetailPage')),
    roles: STAFF,
  },
  {
    path: 'party-members',
    page: page(() => import('@/features/party-members/components/PartyMembersPage')),
    roles: PARTY_MEMBER_ROLES,
    menu: { label: 'nav.partyMembers', icon: <IdcardOutlined /> },
  },
  {
    path: 'staff',
    page: page(() => import('@/features/staff/components/StaffPage')),
    roles: ['admin', 'officer'],
    menu: { label: 'nav.staff', icon: <UserSwitchOutlined /> },
  },
  {
    path: 'imports',
    page: page(() => import('@/features/imports/components/ImportsPage')),
    roles: ['admin', 'officer', 'inspector'],
    menu: { label: 'nav.imports', icon: <ImportOutlined /> },
  },
  // Feedback and consultations: the staff side (the public portal has its own routes).
  {
    path: 'feedback',
    page: page(() => import('@/features/feedback/components/FeedbackInboxPage')),
    roles: STAFF,
    menu: { label: 'nav.feedback', icon: <InboxOutlined /> },
  },
  {
    path: 'feedback/:id',
    page: page(() => import('@/features/feedback/components/FeedbackDetailPage')),
    roles: STAFF,
  },
  {
    path: 'consultations',
    page: page(() => import('@/features/consultations/components/ConsultationsPage')),
    roles: STAFF,
    menu: { label: 'nav.consultations', icon: <CommentOutlined /> },
  },
  {
    path: 'consultations/:id',
    page: page(() => import('@/features/consultations/components/ConsultationDetailPage')),
    roles: STAFF,
  },
  // Notifications (the bell in the header leads here) and, for admin, the integrators' webhooks.
  {
    path: 'notifications',
    page: page(() => import('@/features/notifications/components/NotificationsPage')),
    roles: STAFF,
  },
  {
    path: 'notifications/preferences',
    page: page(() => import('@/features/notifications/components/PreferencesPage')),
    roles: STAFF,
  },
  {
    path: 'webhooks',
    page: page(() => import('@/features/webhooks/components/WebhooksPage')),
    roles: ['admin'],
    menu: { label: 'nav.webhooks', icon: <ApiOutlined /> },
  },
];
