import { isProblem } from '@/api';
import type { Translate } from '@/lib/i18n';

/** The staff feature's words for the failures that have them; undefined leaves the generic sentence. */
export function staffProblemMessage(error: unknown, t: Translate): string | undefined {
  if (isProblem(error, 'keycloak.unavailable')) {
    return t('staff.unavailable');
  }
  if (isProblem(error, 'version.stale')) {
    return t('staff.conflict.stale');
  }
  return undefined;
}
