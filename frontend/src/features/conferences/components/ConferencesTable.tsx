import { Tag, Tooltip } from 'antd';
import type { TableProps } from 'antd';
import { useAttachmentCounts } from '@/components/attachments/api';
import { paperclipColumn } from '@/components/attachments/PaperclipFiles';
import { PagedTable, type TableState } from '@/components/PagedTable';
import { actionsColumn } from '@/components/RowActions';
import { TextWithNote } from '@/components/TextWithNote';
import { formatDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import type { Conference, ConferenceKind } from '../api';
import { formatCount } from '@/lib/format';

export const DEFAULT_SORT = 'date,desc';

const KIND_COLORS: Record<ConferenceKind, string> = {
  STAFF_CONFERENCE: 'blue',
  WORKERS_CONFERENCE: 'green',
  WORKPLACE_DIALOGUE: 'purple',
  LEADERS_DIALOGUE: 'orange',
  VILLAGE_MEETING: 'cyan',
};

interface ConferencesTableProps {
  conferences: Conference[];
  total: number;
  loading: boolean;
  state: TableState;
  onStateChange: (state: TableState) => void;
  canWrite: boolean;
  onEdit: (conference: Conference) => void;
  onDelete: (conference: Conference) => Promise<unknown>;
}

export function ConferencesTable({ conferences, canWrite, onEdit, onDelete, ...table }: ConferencesTableProps) {
  const { t } = useI18n();
  const files = useAttachmentCounts(
    'conference',
    conferences.map((row) => row.id),
  );

  const columns: NonNullable<TableProps<Conference>['columns']> = [
    {
      title: t('conferences.column.date'),
      dataIndex: 'date',
      key: 'date',
      width: 120,
      sorter: true,
      render: (date: string) => formatDate(date),
    },
    {
      title: t('conferences.column.kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 190,
      sorter: true,
      render: (kind: ConferenceKind) => (
        <Tag color={KIND_COLORS[kind]} variant="outlined">
          {t(`conferenceKind.${kind}`)}
        </Tag>
      ),
    },
    {
      title: t('conferences.column.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      render: (title: string, conference) => <TextWithNote text={title} note={conference.resolutions} clamp />,
    },
    {
      title: t('conferences.column.unit'),
      key: 'unit',
      sorter: true,
      render: (_: unknown, conference) => conference.unit.name,
    },
    {
      title: t('conferences.column.participants'),
      dataIndex: 'participants',
      key: 'participants',
      align: 'right',
      width: 120,
      sorter: true,
      render: (participants: number) => formatCount(participants),
    },
    {
      title: t('conferences.column.decided'),
      key: 'decided',
      align: 'right',
      width: 130,
      render: (_: unknown, conference) => <DecidedItems conference={conference} />,
    },
    paperclipColumn<Conference>(t('attachments.title'), {
      kind: 'conference',
      counts: files.data,
      name: (conference) => conference.title,
      title: t('attachments.minutes'),
    }),
  ];

  if (canWrite) {
    columns.push(
      actionsColumn<Conference>(t('common.actions'), {
        name: (conference) => conference.title,
        onEdit,
        onDelete,
        deleteConfirm: (conference) => t('conferences.deleteConfirm', { name: conference.title }),
      }),
    );
  }

  return (
    <PagedTable<Conference>
      {...table}
      rows={conferences}
      columns={columns}
      defaultSort={DEFAULT_SORT}
      emptyText={t('conferences.list.empty')}
      totalText={(count) => t('conferences.list.total', { total: count })}
    />
  );
}

/** A village meeting's items decided out of those on its agenda; a meeting below the quorum says so. */
function DecidedItems({ conference }: { conference: Conference }) {
  const { t } = useI18n();
  if (conference.kind !== 'VILLAGE_MEETING') return null;
  const decided = conference.items.filter((item) => item.decided).length;
  const count = `${decided}/${conference.items.length}`;
  return conference.quorate ? (
    <span data-testid="conference-decided">{count}</span>
  ) : (
    <Tooltip title={t('conferences.notQuorate')}>
      <Tag color="red" variant="outlined" data-testid="conference-decided">
        {count}
      </Tag>
    </Tooltip>
  );
}
