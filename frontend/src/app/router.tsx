import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { AppLayout } from './layout/AppLayout';
import { PORTAL_BASE } from './portalPath';
import { APP_ROUTES } from './routeTable';
import { NotFound } from './routes/NotFound';
import { RequireRole } from './routes/RequireRole';

// The public portal's pages: each its own chunk, loaded when first visited.
const PortalLayout = lazy(() => import('@/features/portal/components/PortalLayout'));
const PortalHome = lazy(() => import('@/features/portal/components/PortalHome'));
const PortalFeedbackForm = lazy(() => import('@/features/portal/components/FeedbackFormPage'));
const PortalTrack = lazy(() => import('@/features/portal/components/TrackPage'));
const PortalConsultations = lazy(() => import('@/features/portal/components/ConsultationListPage'));
const PortalConsultation = lazy(() => import('@/features/portal/components/ConsultationPage'));

/** The public portal: outside the signed-in layout, reachable without an account (see main.tsx). */
const portalRoutes: RouteObject = {
  path: PORTAL_BASE,
  element: (
    <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: 80 }} />}>
      <PortalLayout />
    </Suspense>
  ),
  children: [
    { index: true, element: <PortalHome /> },
    { path: 'feedback', element: <PortalFeedbackForm /> },
    { path: 'track', element: <PortalTrack /> },
    { path: 'track/:code', element: <PortalTrack /> },
    { path: 'consultations', element: <PortalConsultations /> },
    { path: 'consultations/:id', element: <PortalConsultation /> },
    { path: '*', element: <Navigate to={PORTAL_BASE} replace /> },
  ],
};

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/dashboard" replace /> },
      ...APP_ROUTES.map(({ path, page: Page, roles }) => ({
        path,
        element: (
          <RequireRole roles={roles}>
            <Page />
          </RequireRole>
        ),
      })),
      { path: '*', element: <NotFound /> },
    ],
  },
  // Ranked by its static segment, not by its place here: /portal/* never falls into the layout's '*'.
  portalRoutes,
];

export function createAppRouter() {
  return createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
}
