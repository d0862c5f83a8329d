import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import type { ApiClient } from '@/api';
import type { AuthSession } from '@/lib/auth';
import { AppProviders } from './AppProviders';
import { createAppRouter } from './router';

export function App({ session, api }: { session: AuthSession; api: ApiClient }) {
  const [router] = useState(createAppRouter);
  return (
    <AppProviders session={session} api={api}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
