import { lazy } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { PARTY_MEMBER_ROLES } from '@/lib/auth';
import { AppLayout } from './layout/AppLayout';
import { routerBasename } from './portalPath';
import { portalRoutes } from './portalRoutes';
import { NotFound } from './routes/NotFound';
import { RequireRole } from './routes/RequireRole';

// Each feature is its own chunk, loaded when its route is first visited.
const DashboardPage = lazy(() => import('@/features/reports/components/DashboardPage'));
const CommitteesPage = lazy(() => import('@/features/committees/components/CommitteesPage'));
const UnitsPage = lazy(() => import('@/features/units/components/UnitsPage'));
const RegulationsPage = lazy(() => import('@/features/regulations/components/RegulationsPage'));
const InspectionsPage = lazy(() => import('@/features/inspections/components/InspectionsPage'));
const InspectionDetailPage = lazy(() => import('@/features/inspections/components/InspectionDetailPage'));
const PartyOrganizationsPage = lazy(() => import('@/features/party-organizations/components/PartyOrganizationsPage'));
const StaffPage = lazy(() => import('@/features/staff/components/StaffPage'));
// Registers: trainings, conferences, directive documents, model practices, party members.
const TrainingsPage = lazy(() => import('@/features/trainings/components/TrainingsPage'));
const DocumentsPage = lazy(() => import('@/features/documents/components/DocumentsPage'));
const ModelPracticesPage = lazy(() => import('@/features/model-practices/components/ModelPracticesPage'));
const ConferencesPage = lazy(() => import('@/features/conferences/components/ConferencesPage'));
const PartyMembersPage = lazy(() => import('@/features/party-members/components/PartyMembersPage'));
const ImportsPage = lazy(() => import('@/features/imports/components/ImportsPage'));
// Feedback and consultations: the staff pages (the public portal's are in portalRoutes.tsx).
const FeedbackInboxPage = lazy(() => import('@/features/feedback/components/FeedbackInboxPage'));
const FeedbackDetailPage = lazy(() => import('@/features/feedback/components/FeedbackDetailPage'));
const ConsultationsPage = lazy(() => import('@/features/consultations/components/ConsultationsPage'));
const ConsultationDetailPage = lazy(() => import('@/features/consultations/components/ConsultationDetailPage'));

/** The staff app's routes (StaffApp.tsx): the signed-in layout, and the public portal beside it. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/dashboard" replace /> },
      {
        path: 'dashboard',
        element: (
          <RequireRole roles={['admin', 'officer', 'inspector', 'viewer']}>
            <DashboardPage />
          </RequireRole>
        ),
      },
      {
        path: 'units',
        element: (
          <RequireRole roles={[]}>
            <UnitsPage />
          </RequireRole>
        ),
      },
      {
        path: 'party-organizations',
        element: (
          <RequireRole roles={[]}>
            <PartyOrganizationsPage />
          </RequireRole>
        ),
      },
      {
        path: 'committees',
        element: (
          <RequireRole roles={['admin', 'officer', 'inspector', 'viewer']}>
            <CommitteesPage />
          </RequireRole>
        ),
      },
      {
        path: 'regulations',
        element: (
          <RequireRole roles={[]}>
            <RegulationsPage />
          </RequireRole>
        ),
      },
      {
        path: 'inspections',
        element: (
          <RequireRole roles={['admin', 'inspector', 'viewer']}>
            <InspectionsPage />
          </RequireRole>
        ),
      },
      {
        path: 'inspections/:id',
        element: (
          <RequireRole roles={['admin', 'inspector', 'viewer']}>
            <InspectionDetailPage />
          </RequireRole>
        ),
      },
      {
        path: 'staff',
        element: (
          <RequireRole roles={['admin', 'officer']}>
            <StaffPage />
          </RequireRole>
        ),
      },
      // Registers.
      {
        path: 'trainings',
        element: (
          <RequireRole roles={[]}>
            <TrainingsPage />
          </RequireRole>
        ),
      },
      {
        path: 'documents',
        element: (
          <RequireRole roles={[]}>
            <DocumentsPage />
          </RequireRole>
        ),
      },
      {
        path: 'model-practices',
        element: (
          <RequireRole roles={[]}>
            <ModelPracticesPage />
          </RequireRole>
        ),
      },
      {
        path: 'conferences',
        element: (
          <RequireRole roles={['admin', 'officer', 'inspector', 'viewer']}>
            <ConferencesPage />
          </RequireRole>
        ),
      },
      {
        path: 'feedback',
        element: (
          <RequireRole roles={['admin', 'officer', 'inspector', 'viewer']}>
            <FeedbackInboxPage />
          </RequireRole>
        ),
      },
      {
        path: 'party-members',
        element: (
          <RequireRole roles={PARTY_MEMBER_ROLES}>
            <PartyMembersPage />
          </RequireRole>
        ),
      },
      {
        path: 'imports',
        element: (
          <RequireRole roles={['admin', 'officer', 'inspector']}>
            <ImportsPage />
          </RequireRole>
        ),
      },
      {
        path: 'feedback/:id',
        element: (
          <RequireRole roles={['admin', 'officer', 'inspector', 'viewer']}>
            <FeedbackDetailPage />
          </RequireRole>
        ),
      },
      {
        path: 'consultations',
        element: (
          <RequireRole roles={['admin', 'officer', 'inspector', 'viewer']}>
            <ConsultationsPage />
          </RequireRole>
        ),
      },
      {
        path: 'consultations/:id',
        element: (
          <RequireRole roles={['admin', 'officer', 'inspector', 'viewer']}>
            <ConsultationDetailPage />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
  // Ranked by its static segment, not by its place here: /portal/* never falls into the layout's '*'.
  portalRoutes,
];

export function createAppRouter() {
  return createBrowserRouter(routes, { basename: routerBasename() });
}
