import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { AppLayout } from './layout/AppLayout';
import { routerBasename } from './portalPath';
import { portalRoutes } from './portalRoutes';
import { APP_ROUTES } from './routeTable';
import { NotFound } from './routes/NotFound';
import { RequireRole } from './routes/RequireRole';

/**
 * The staff app's routes (StaffApp.tsx): the signed-in layout with the pages of the route table,
 * and the public portal beside it.
 */
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
  return createBrowserRouter(routes, { basename: routerBasename() });
}
