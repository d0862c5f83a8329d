import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiProblem, ApiProvider, type ApiClient } from '@/api';
import { AuthProvider, type AuthSession } from '@/lib/auth';
import { I18nProvider } from '@/lib/i18n';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A refused or missing record will not appear by asking again.
        retry: (failureCount, error) =>
          !(error instanceof ApiProblem && error.status >= 400 && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}

interface AppProvidersProps {
  session: AuthSession;
  api: ApiClient;
  queryClient?: QueryClient;
  children: ReactNode;
}

/**
 * auth › API client › query client › language; the router sits inside. Ant Design's configuration
 * is AntdFrame's, which the staff app puts around everything and the portal around its forms.
 */
export function AppProviders({ session, api, queryClient, children }: AppProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <AuthProvider session={session}>
      <ApiProvider client={api}>
        <QueryClientProvider client={client}>
          <I18nProvider>{children}</I18nProvider>
        </QueryClientProvider>
      </ApiProvider>
    </AuthProvider>
  );
}
