import { Tag } from 'antd';
import type { TableColumnType } from 'antd';
import type { Translate } from '@/lib/i18n';
import type { Inspection } from '../api';
import { showDate } from './dates';

/**
 * The plan's follow-up column: an inspection with a recommendation past due and not done shows
 * since when — closed inspections too, since their recommendations are still followed up.
 */
export function overdueColumn(t: Translate): TableColumnType<Inspection> {
  return {
    title: t('inspections.column.overdue'),
    key: 'overdue',
    width: 150,
    render: (_: unknown, inspection) =>
      inspection.overdueSince ? (
        <Tag color="error" data-testid="inspection-overdue">
          {t('inspections.overdueSince', { date: showDate(inspection.overdueSince) })}
        </Tag>
      ) : null,
  };
}
