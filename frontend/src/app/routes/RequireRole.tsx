import { Result } from 'antd';
import type { ReactNode } from 'react';
import { hasAnyRole, useAuth, type Role } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

/** Shows a route only to the roles that may use it; the API refuses the others anyway. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { roles: userRoles } = useAuth();
  const { t } = useI18n();
  if (!hasAnyRole(userRoles, roles)) {
    return <Result status="403" subTitle={t('app.forbidden')} />;
  }
  return <>{children}</>;
}
