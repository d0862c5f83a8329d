import { Breadcrumb, Card, Descriptions, Flex, Result, Skeleton, Tabs, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ProblemAlert } from '@/components/ProblemAlert';
import { canWriteRegisters, useAuth } from '@/lib/auth';
import { formatDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import { useBoard } from '../api';
import { BoardActivitiesTab } from './BoardActivitiesTab';
import { BoardMembersTab } from './BoardMembersTab';

/**
 * One board: its members with their terms and the meeting that elected them, and its work —
 * inspections, supervisions, investment supervisions with the project, the Front's critiques — each
 * with its recommendations to the unit concerned and the unit's answer.
 */
export function BoardDetailPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const board = useBoard(Number.isFinite(id) ? id : undefined);
  const mayWrite = canWriteRegisters(useAuth().roles);

  if (board.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (board.error || !board.data) {
    return board.error ? <ProblemAlert error={board.error} /> : <Result status="404" title={t('boards.notFound')} />;
  }
  const data = board.data;
  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[
          { key: 'boards', title: <Link to="/boards">{t('boards.title')}</Link> },
          { key: 'board', title: data.name },
        ]}
      />
      <Typography.Title level={1} className="page-title" style={{ margin: 0 }}>
        {data.name}
      </Typography.Title>
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'kind', label: t('boards.column.kind'), children: <Tag>{t(`boardKind.${data.kind}`)}</Tag> },
            { key: 'unit', label: t('boards.column.unit'), children: data.unit.name },
            {
              key: 'term',
              label: t('boards.column.term'),
              children: `${formatDate(data.termFrom)} – ${data.termTo ? formatDate(data.termTo) : t('boards.term.open')}`,
            },
            { key: 'electedAt', label: t('boards.field.electedAt'), children: data.electedAt ?? '—' },
            { key: 'serving', label: t('boards.column.serving'), children: data.serving },
          ]}
        />
      </Card>
      <Tabs
        items={[
          {
            key: 'members',
            label: t('boards.tab.members'),
            children: (
              <BoardMembersTab board={data} mayWrite={mayWrite && data.allowedActions.includes('add-member')} />
            ),
          },
          {
            key: 'activities',
            label: t('boards.tab.activities'),
            children: (
              <BoardActivitiesTab
                board={data}
                mayRecord={mayWrite && data.allowedActions.includes('record-activity')}
                mayAnswer={mayWrite}
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}

export default BoardDetailPage;
