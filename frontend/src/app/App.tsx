import { useState, type ComponentType, type ReactNode } from 'react';
import { RouterProvider, type createBrowserRouter } from 'react-router-dom';
import type { ApiClient } from '@/api';
import type { AuthSession } from '@/lib/auth';
import { AppProviders } from './AppProviders';

interface AppProps {
  session: AuthSession;
  api: ApiClient;
  /** The staff router (router.tsx) or the portal's (PortalApp.tsx). */
  createRouter: () => ReturnType<typeof createBrowserRouter>;
  /**
   * What the pages need around them besides the providers: the staff app's Ant Design App (message,
   * notification and modal hooks). The portal goes without, and does not download them.
   */
  frame?: ComponentType<{ children: ReactNode }>;
}

function Bare({ children }: { children: ReactNode }) {
  return children;
}

export function App({ session, api, createRouter, frame: Frame = Bare }: AppProps) {
  const [router] = useState(createRouter);
  return (
    <AppProviders session={session} api={api}>
      <Frame>
        <RouterProvider router={router} />
      </Frame>
    </AppProviders>
  );
}
