import { Card, List, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import { useLaggingUnits } from '../api';
import { formatCount } from '@/lib/format';

const PAGE_SIZE = 10;

/** The agencies, public service units and enterprises that held no conference or dialogue in the year. */
export function LaggingUnitsCard({ year, unitId }: { year: number; unitId?: number }) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const lagging = useLaggingUnits({ year, unitId, page, size: PAGE_SIZE });
  const total = lagging.data?.total ?? 0;

  return (
    <Card
      size="small"
      title={t('conferences.lagging.title', { year: String(year) })}
      extra={lagging.data && <Typography.Text strong>{formatCount(total)}</Typography.Text>}
    >
      {lagging.error ? (
        <ProblemAlert error={lagging.error} />
      ) : (
        <List
          size="small"
          loading={lagging.isFetching}
          dataSource={lagging.data?.items ?? []}
          locale={{ emptyText: t('conferences.lagging.none') }}
          renderItem={(unit) => (
            <List.Item>
              <Typography.Text>{unit.name}</Typography.Text>
              {unit.type && <Typography.Text type="secondary">{t(`unitType.${unit.type}`)}</Typography.Text>}
            </List.Item>
          )}
          pagination={
            total > PAGE_SIZE
              ? {
                  current: page + 1,
                  pageSize: PAGE_SIZE,
                  total,
                  size: 'small',
                  simple: true,
                  onChange: (next) => setPage(next - 1),
                }
              : false
          }
        />
      )}
    </Card>
  );
}
