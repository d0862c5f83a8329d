import { Alert, Card, Checkbox, Flex, Statistic, Table, Tag, Typography } from 'antd';
import { formatDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import type { ReorganisationPreview } from '../../api';
import { UnitTypeTag } from '../unitTypeLabel';

type Preview = ReorganisationPreview;
type Created = NonNullable<Preview['created']>[number];
type Closed = NonNullable<Preview['closed']>[number];
type Moved = NonNullable<Preview['moved']>[number];
type Changed = NonNullable<Preview['changed']>[number];
type Account = NonNullable<Preview['accounts']>[number];
type Following = NonNullable<Preview['followingRecords']>[number];
/** The actions the API names for a record that follows its unit (`ReorganisationFollowingRecord.action`). */
type FollowingAction = 'CREATED' | 'MERGED' | 'DISSOLVED' | 'REPARENTED';

interface PreviewProps {
  preview: Preview;
  /** Names by code, for the codes the preview gives alone (parents, successors). */
  nameOf: (code: string | null | undefined) => string;
  confirmed?: boolean;
  onConfirm?: (confirmed: boolean) => void;
}

/** What a plan creates, closes, moves and renames, how many records each closed unit holds, and whose scope changes. */
export function ReorganisationPreviewView({ preview, nameOf, confirmed, onConfirm }: PreviewProps) {
  const { t } = useI18n();
  const created = preview.created ?? [];
  const closed = preview.closed ?? [];
  const moved = preview.moved ?? [];
  const changed = preview.changed ?? [];
  const accounts = preview.accounts ?? [];
  const following = preview.followingRecords ?? [];
  const records = closed.reduce((sum, unit) => sum + (unit.records ?? 0), 0);

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={32}>
        <Statistic title={t('reorg.preview.effective')} value={formatDate(preview.effectiveDate)} />
        <Statistic title={t('reorg.preview.created')} value={created.length} />
        <Statistic title={t('reorg.preview.closed')} value={closed.length} />
        <Statistic title={t('reorg.preview.moved')} value={moved.length} />
        <Statistic title={t('reorg.preview.changed')} value={changed.length} />
        <Statistic title={t('reorg.preview.records')} value={records.toLocaleString()} />
        <Statistic title={t('reorg.preview.accounts')} value={accounts.length} />
      </Flex>
      {accounts.length > 0 && (
        <Card size="small" title={t('reorg.preview.accountsTitle')}>
          <Alert type="warning" showIcon title={t('reorg.preview.accountsHint')} style={{ marginBottom: 12 }} />
          <Table<Account>
            size="small"
            pagination={false}
            rowKey={(row) => `${row.username}-${row.unitCode}`}
            dataSource={accounts}
            columns={[
              { title: t('reorg.column.account'), dataIndex: 'username', key: 'username' },
              {
                title: t('reorg.column.unit'),
                key: 'unit',
                render: (_: unknown, row) => `${nameOf(row.unitCode)} (${row.unitCode})`,
              },
              {
                title: t('reorg.column.change'),
                key: 'change',
                render: (_: unknown, row) =>
                  t(
                    `reorg.accountChange.${row.change === 'CODE_TAKEN_OVER' ? 'CODE_TAKEN_OVER' : 'CODE_NO_LONGER_HELD'}`,
                  ),
              },
              {
                title: t('reorg.column.successor'),
                key: 'successor',
                render: (_: unknown, row) =>
                  row.successorCode ? `${nameOf(row.successorCode)} (${row.successorCode})` : '—',
              },
            ]}
          />
          {onConfirm && (
            <Checkbox
              checked={confirmed}
              onChange={(event) => onConfirm(event.target.checked)}
              style={{ marginTop: 12 }}
            >
              {t('reorg.preview.confirmScope', { count: accounts.length })}
            </Checkbox>
          )}
        </Card>
      )}
      <Card size="small" title={t('reorg.preview.createdTitle', { count: created.length })}>
        <Table<Created>
          size="small"
          pagination={false}
          rowKey="code"
          dataSource={created}
          scroll={{ x: 700 }}
          locale={{ emptyText: t('reorg.preview.none') }}
          columns={[
            { title: t('units.column.code'), dataIndex: 'code', key: 'code', width: 110 },
            { title: t('units.column.name'), dataIndex: 'name', key: 'name' },
            {
              title: t('units.column.type'),
              key: 'type',
              render: (_: unknown, row) => row.type && <UnitTypeTag type={row.type} />,
            },
            { title: t('units.column.parent'), key: 'parent', render: (_: unknown, row) => nameOf(row.parentCode) },
            {
              title: t('reorg.column.mergedFrom'),
              key: 'mergedFrom',
              render: (_: unknown, row) => (row.mergedFrom ?? []).map((code) => nameOf(code)).join(', ') || '—',
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('reorg.preview.closedTitle', { count: closed.length })}>
        <Table<Closed>
          size="small"
          pagination={closed.length > 20 ? { pageSize: 20 } : false}
          rowKey="id"
          dataSource={closed}
          scroll={{ x: 800 }}
          locale={{ emptyText: t('reorg.preview.none') }}
          columns={[
            { title: t('units.column.code'), dataIndex: 'code', key: 'code', width: 110 },
            { title: t('units.column.name'), dataIndex: 'name', key: 'name' },
            {
              title: t('reorg.column.kind'),
              key: 'kind',
              render: (_: unknown, row) => <Tag>{t(`lineageKind.${row.kind ?? 'DISSOLVED'}`)}</Tag>,
            },
            {
              title: t('reorg.column.successor'),
              key: 'successor',
              render: (_: unknown, row) =>
                (row.successorCodes ?? []).length === 0
                  ? '—'
                  : (row.successorCodes ?? [])
                      .map((code) =>
                        code === row.primarySuccessorCode && (row.successorCodes ?? []).length > 1
                          ? `${nameOf(code)} (${t('units.lineage.primary')})`
                          : nameOf(code),
                      )
                      .join(', '),
            },
            { title: t('reorg.column.records'), dataIndex: 'records', key: 'records', align: 'right', width: 110 },
            {
              title: t('reorg.column.accounts'),
              key: 'accounts',
              render: (_: unknown, row) => (row.accounts ?? []).join(', ') || '—',
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('reorg.preview.movedTitle', { count: moved.length })}>
        <Table<Moved>
          size="small"
          pagination={moved.length > 20 ? { pageSize: 20 } : false}
          rowKey="id"
          dataSource={moved}
          scroll={{ x: 700 }}
          locale={{ emptyText: t('reorg.preview.none') }}
          columns={[
            { title: t('units.column.code'), dataIndex: 'code', key: 'code', width: 110 },
            { title: t('units.column.name'), dataIndex: 'name', key: 'name' },
            {
              title: t('reorg.column.fromParent'),
              key: 'from',
              render: (_: unknown, row) => nameOf(row.fromParentCode),
            },
            {
              title: t('reorg.column.toParent'),
              key: 'to',
              render: (_: unknown, row) => (
                <>
                  {nameOf(row.toParentCode)} {row.byDefault && <Tag>{t('reorg.preview.byDefault')}</Tag>}
                </>
              ),
            },
          ]}
        />
      </Card>
      {changed.length > 0 && (
        <Card size="small" title={t('reorg.preview.changedTitle', { count: changed.length })}>
          <Table<Changed>
            size="small"
            pagination={false}
            rowKey="id"
            dataSource={changed}
            columns={[
              { title: t('units.column.code'), dataIndex: 'code', key: 'code', width: 110 },
              { title: t('reorg.column.oldName'), dataIndex: 'oldName', key: 'oldName' },
              { title: t('reorg.column.newName'), dataIndex: 'newName', key: 'newName' },
              {
                title: t('units.column.type'),
                key: 'type',
                render: (_: unknown, row) =>
                  row.oldType === row.newType || !row.newType ? (
                    row.oldType && <UnitTypeTag type={row.oldType} />
                  ) : (
                    <Typography.Text>
                      {row.oldType && t(`unitType.${row.oldType}`)} → {t(`unitType.${row.newType}`)}
                    </Typography.Text>
                  ),
              },
            ]}
          />
        </Card>
      )}
      {following.length > 0 && (
        <Card size="small" title={t('reorg.preview.followingTitle', { count: following.length })}>
          <Table<Following>
            size="small"
            pagination={false}
            rowKey={(row) => `${row.recordType}:${row.code}`}
            dataSource={following}
            columns={[
              { title: t('units.column.code'), dataIndex: 'code', key: 'code', width: 140 },
              { title: t('units.column.name'), dataIndex: 'name', key: 'name' },
              {
                title: t('reorg.column.change'),
                key: 'action',
                render: (_: unknown, row) => <Tag>{t(`reorg.following.${row.action as FollowingAction}`)}</Tag>,
              },
              {
                title: t('reorg.column.unit'),
                key: 'unit',
                render: (_: unknown, row) =>
                  row.fromUnitCode && row.toUnitCode && row.fromUnitCode !== row.toUnitCode
                    ? `${nameOf(row.fromUnitCode)} → ${nameOf(row.toUnitCode)}`
                    : nameOf(row.toUnitCode ?? row.fromUnitCode),
              },
              {
                title: t('reorg.column.followingTo'),
                key: 'to',
                render: (_: unknown, row) => row.intoCode ?? row.toParentCode ?? '—',
              },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
