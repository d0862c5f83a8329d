import { Collapse, Typography } from 'antd';
import { DEMOCRACY_RIGHTS } from '@/lib/democracy';
import { useI18n } from '@/lib/i18n';

/** Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng — in plain words. */
export function RightsExplained({ defaultOpen = false }: { defaultOpen?: boolean }) {
  const { t } = useI18n();
  return (
    <Collapse
      size="small"
      defaultActiveKey={defaultOpen ? ['rights'] : []}
      items={[
        {
          key: 'rights',
          label: t('portal.rights.title'),
          children: (
            <dl style={{ margin: 0 }}>
              {DEMOCRACY_RIGHTS.map((right) => (
                <div key={right} style={{ marginBottom: 8 }}>
                  <dt>
                    <Typography.Text strong>{t(`right.${right}`)}</Typography.Text>
                  </dt>
                  <dd style={{ marginInlineStart: 0 }}>{t(`right.${right}.hint`)}</dd>
                </div>
              ))}
            </dl>
          ),
        },
      ]}
    />
  );
}
