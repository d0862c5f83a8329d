import { lazy } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { AppLayout } from './layout/AppLayout';
import { NotFound } from './routes/NotFound';
import { RequireRole } from './routes/RequireRole';

// Each feature is its own chunk, loaded when its route is first visited.
const UnitsPage = lazy(() => import('@/features/units/components/UnitsPage'));
const RegulationsPage = lazy(() => import('@/features/regulations/components/RegulationsPage'));
const InspectionsPage = lazy(() => import('@/features/inspections/components/InspectionsPage'));
const InspectionDetailPage = lazy(() => import('@/features/inspections/components/InspectionDetailPage'));
const PartyOrganizationsPage = lazy(() => import('@/features/party-organizations/components/PartyOrganizationsPage'));
const ImportsPage = lazy(() => import('@/features/imports/components/ImportsPage'));

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/units" replace /> },
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
        path: 'imports',
        element: (
          <RequireRole roles={['admin', 'officer', 'inspector']}>
            <ImportsPage />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
}
