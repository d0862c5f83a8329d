import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect, useState, type ReactNode } from 'react';
import { ApiProblem, ApiProvider, type ApiClient } from '@/api';
import { AuthProvider, type AuthSession } from '@/lib/auth';
import { I18nProvider, useI18n } from '@/lib/i18n';

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

const THEME = {
  token: {
    colorPrimary: '#b71c1c',
    borderRadius: 6,
    fontFamily: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
};

/** Ant Design's own texts (pagination, pickers, empty states) follow the chosen language. */
function LocalizedAntd({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  useEffect(() => {
    dayjs.locale(language);
    document.documentElement.lang = language;
  }, [language]);
  return (
    <ConfigProvider locale={language === 'vi' ? viVN : enUS} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

interface AppProvidersProps {
  session: AuthSession;
  api: ApiClient;
  queryClient?: QueryClient;
  children: ReactNode;
}

/** auth › API client › query client › language and Ant Design; the router sits inside. */
export function AppProviders({ session, api, queryClient, children }: AppProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <AuthProvider session={session}>
      <ApiProvider client={api}>
        <QueryClientProvider client={client}>
          <I18nProvider>
            <LocalizedAntd>{children}</LocalizedAntd>
          </I18nProvider>
        </QueryClientProvider>
      </ApiProvider>
    </AuthProvider>
  );
}
