import { render } from '@testing-library/react';
import { StyleProvider } from '@ant-design/cssinjs';
import { App as AntApp, ConfigProvider } from 'antd';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { createApiClient } from '@/api';
import { AntdFrame } from '@/app/AntdFrame';
import { AppProviders, createQueryClient } from '@/app/AppProviders';
import type { AuthSession, Role } from '@/lib/auth';

const detachedStyles = document.createElement('div');

export function fakeSession(roles: Role[], username = 'tester'): AuthSession {
  return {
    username,
    displayName: username,
    roles,
    getToken: async () => `token-of-${username}`,
    logout: async () => {},
  };
}

interface Options {
  roles?: Role[];
  fetch: typeof globalThis.fetch;
  route?: string;
}

/** Renders with the app's real providers, a fake signed-in user and a mocked network. */
export function renderWithApp(ui: ReactElement, { roles = ['admin'], fetch, route = '/' }: Options) {
  const session = fakeSession(roles);
  const api = createApiClient({ baseUrl: 'http://api.test', getToken: session.getToken, fetch });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  return render(
    // Ant Design's styles go to a detached node: jsdom's getComputedStyle, which role queries call
    // for every element, would otherwise re-read hundreds of kilobytes of CSS each time.
    <StyleProvider container={detachedStyles}>
      <AppProviders session={session} api={api} queryClient={queryClient}>
        <AntdFrame>
          {/* No animations: they keep the DOM changing and slow every query that waits. */}
          <ConfigProvider theme={{ token: { motion: false } }}>
            <AntApp>
              <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
            </AntApp>
          </ConfigProvider>
        </AntdFrame>
      </AppProviders>
    </StyleProvider>,
  );
}
