/** The public portal's routes, served to signed-out visitors (citizens, workers). */
export const PORTAL_BASE = '/portal';

/** Whether a browser path (with the app's base) is in the public portal. */
export function isPortalPath(pathname: string, base: string = import.meta.env.BASE_URL): boolean {
  const root = base.replace(/\/$/, '');
  const path = pathname.startsWith(root) ? pathname.slice(root.length) : pathname;
  return path === PORTAL_BASE || path.startsWith(`${PORTAL_BASE}/`);
}

/** The routers' basename: the app's base without its trailing slash. */
export function routerBasename(): string {
  return import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
}
