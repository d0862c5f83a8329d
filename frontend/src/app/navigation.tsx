import type { ReactNode } from 'react';
import type { Role } from '@/lib/auth';
import type { MessageKey } from '@/lib/i18n';
import { APP_ROUTES } from './routeTable';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** Roles that see the entry; empty means every signed-in user. */
  roles: readonly Role[];
}

/** The side navigation: the routes of the route table that have a menu entry, with the roles of their route. */
export const NAV_ITEMS: readonly NavItem[] = APP_ROUTES.flatMap((route) =>
  route.menu ? [{ path: `/${route.path}`, label: route.menu.label, icon: route.menu.icon, roles: route.roles }] : [],
);
