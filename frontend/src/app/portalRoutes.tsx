import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import { PORTAL_BASE } from './portalPath';

// Each page is its own chunk, loaded when first visited. The first page and the frame use no Ant
// Design component; the others load it with AntdFrame (see scripts/check-portal-size.mjs).
const AntdFrame = lazy(() => import('./AntdFrame'));
const PortalLayout = lazy(() => import('@/features/portal/components/PortalLayout'));
const PortalHome = lazy(() => import('@/features/portal/components/PortalHome'));
const PortalFeedbackForm = lazy(() => import('@/features/portal/components/FeedbackFormPage'));
const PortalTrack = lazy(() => import('@/features/portal/components/TrackPage'));
const PortalConsultations = lazy(() => import('@/features/portal/components/ConsultationListPage'));
const PortalConsultation = lazy(() => import('@/features/portal/components/ConsultationPage'));

function Loading() {
  const { t } = useI18n();
  return (
    <p className="portal-loading" role="status">
      {t('app.loading')}
    </p>
  );
}

function WithAntd({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<Loading />}>
      <AntdFrame>{children}</AntdFrame>
    </Suspense>
  );
}

/**
 * The public portal (signed out): its own app (PortalApp.tsx) when the visit starts on /portal, and
 * part of the staff router too, outside the signed-in layout.
 */
export const portalRoutes: RouteObject = {
  path: PORTAL_BASE,
  element: (
    <Suspense fallback={<Loading />}>
      <PortalLayout />
    </Suspense>
  ),
  children: [
    { index: true, element: <PortalHome /> },
    {
      path: 'feedback',
      element: (
        <WithAntd>
          <PortalFeedbackForm />
        </WithAntd>
      ),
    },
    {
      path: 'track',
      element: (
        <WithAntd>
          <PortalTrack />
        </WithAntd>
      ),
    },
    {
      path: 'track/:code',
      element: (
        <WithAntd>
          <PortalTrack />
        </WithAntd>
      ),
    },
    {
      path: 'consultations',
      element: (
        <WithAntd>
          <PortalConsultations />
        </WithAntd>
      ),
    },
    {
      path: 'consultations/:id',
      element: (
        <WithAntd>
          <PortalConsultation />
        </WithAntd>
      ),
    },
    { path: '*', element: <Navigate to={PORTAL_BASE} replace /> },
  ],
};
