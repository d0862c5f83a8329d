import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useI18n } from '@/lib/i18n';
import { useScrollableRegion } from '@/components/useScrollableRegion';
import type { LaggingUnit } from '../api';

/**
 * The units that lag, most lagging first, each reason named. The report names the most lagging ones
 * only (a province has hundreds); `total` counts them all, and the exports list every one.
 */
export function LaggingTable({ lagging, total, loading }: { lagging: LaggingUnit[]; total: number; loading: boolean }) {
  const { t } = useI18n();
  const frame = useScrollableRegion(t('reports.lagging.region'));
  const columns: TableColumnsType<LaggingUnit> = [
    { title: t('reports.lagging.unit'), key: 'unit', fixed: 'left', render: (_, row) => row.unit.name, width: 200 },
    { title: t('reports.lagging.type'), key: 'type', render: (_, row) => t(`unitType.${row.unit.type}`), width: 180 },
    { title: t('reports.lagging.score'), dataIndex: 'score', align: 'right', width: 90 },
    {
      title: t('reports.lagging.reasons'),
      key: 'reasons',
      render: (_, row) =>
        row.reasons.map((reason) => (
          <Tag key={reason.code} color={reason.weight >= 3 ? 'red' : reason.weight === 2 ? 'orange' : 'gold'}>
            {reason.label}
          </Tag>
        )),
    },
  ];
  return (
    <Flex vertical gap={8} ref={frame}>
      <Table<LaggingUnit>
        rowKey={(row) => row.unit.id}
        size="small"
        columns={columns}
        dataSource={lagging}
        loading={loading}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        // At least this wide: the reasons wrap beside the unit on a desktop, and the table scrolls on a phone.
        scroll={{ x: 860 }}
        locale={{ emptyText: t('reports.lagging.none') }}
      />
      {lagging.length < total && (
        <Typography.Text type="secondary">
          {t('reports.lagging.cut', { shown: String(lagging.length), total: String(total) })}
        </Typography.Text>
      )}
    </Flex>
  );
}
