import { DEMOCRACY_RIGHTS } from '@/lib/democracy';
import { useI18n } from '@/lib/i18n';

/**
 * Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng — in plain words, folded
 * (the browser's own details element: no script, keyboard and screen readers included).
 */
export function RightsExplained({ defaultOpen = false }: { defaultOpen?: boolean }) {
  const { t } = useI18n();
  return (
    <details className="portal-details" open={defaultOpen}>
      <summary>{t('portal.rights.title')}</summary>
      <dl>
        {DEMOCRACY_RIGHTS.map((right) => (
          <div key={right}>
            <dt>
              <strong>{t(`right.${right}`)}</strong>
            </dt>
            <dd>{t(`right.${right}.hint`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
