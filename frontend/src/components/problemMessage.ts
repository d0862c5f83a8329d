import { ApiProblem } from '@/api';
import type { Translate } from '@/lib/i18n';

/**
 * A sentence for the user about a failed call: ours for the common statuses (so it follows the
 * chosen language), the server's `detail` only where it says something more specific.
 */
export function problemMessage(error: unknown, t: Translate): string {
  if (!(error instanceof ApiProblem)) {
    return t('error.network');
  }
  switch (error.status) {
    case 400:
    case 422:
      return error.errors.length > 0 ? t('error.validation') : (error.detail ?? t('error.validation'));
    case 401:
      return t('error.unauthorized');
    case 403:
      return t('error.forbidden');
    case 404:
      return t('error.notFound');
    case 409:
    case 412:
      return error.detail ?? t('error.conflict');
    case 429:
      return error.retryAfterSeconds !== undefined
        ? t('error.tooManyRequestsWait', { seconds: error.retryAfterSeconds })
        : t('error.tooManyRequests');
    default:
      return error.status >= 500 ? t('error.server') : (error.detail ?? error.message);
  }
}
