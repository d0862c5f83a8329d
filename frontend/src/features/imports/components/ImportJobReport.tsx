import { Alert, Descriptions, Progress, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import { isFinished, useImportErrors, type ImportError, type ImportJob } from '../api';

const ERRORS_PAGE_SIZE = 50;

/** How far a job has got, what it would do (or did), and every problem by row and column. */
export function ImportJobReport({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  const [errorsPage, setErrorsPage] = useState(0);
  const finished = isFinished(job.status);
  const errors = useImportErrors(job.id, errorsPage, ERRORS_PAGE_SIZE, finished && job.errorCount > 0);
  const total = job.totalRows ?? 0;
  const percent = finished ? 100 : total > 0 ? Math.min(99, Math.round((job.processedRows / total) * 100)) : 0;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" aria-label={t('imports.report.label')}>
      <Space wrap>
        <Tag color={job.status === 'SUCCEEDED' ? 'success' : job.status === 'FAILED' ? 'error' : 'processing'}>
          {t(`imports.status.${job.status}`)}
        </Tag>
        <Typography.Text type="secondary">
          {job.dryRun ? t('imports.report.dryRun') : t('imports.report.realRun')}
        </Typography.Text>
        {!finished && job.phase && <Typography.Text>{t(`imports.phase.${job.phase}`)}</Typography.Text>}
      </Space>
      <Progress
        percent={percent}
        status={job.status === 'FAILED' ? 'exception' : finished ? 'success' : 'active'}
        format={() =>
          finished
            ? `${percent}%`
            : t('imports.report.progress', { done: job.processedRows, total: total > 0 ? total : '?' })
        }
      />
      {finished && (
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} bordered>
          <Descriptions.Item label={t('imports.report.rows')}>{job.totalRows ?? 0}</Descriptions.Item>
          <Descriptions.Item label={job.dryRun ? t('imports.report.wouldCreate') : t('imports.report.created')}>
            {job.createCount}
          </Descriptions.Item>
          <Descriptions.Item label={job.dryRun ? t('imports.report.wouldUpdate') : t('imports.report.updated')}>
            {job.updateCount}
          </Descriptions.Item>
          <Descriptions.Item label={t('imports.report.unchanged')}>{job.unchangedCount}</Descriptions.Item>
        </Descriptions>
      )}
      {job.ignoredColumns && (
        <Alert type="info" showIcon title={t('imports.report.ignoredColumns', { columns: job.ignoredColumns })} />
      )}
      {job.status === 'FAILED' && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('imports.report.failed', { count: job.errorCount })}
          description={job.failure ?? undefined}
        />
      )}
      {job.status === 'SUCCEEDED' && !job.dryRun && (
        <Alert
          type="success"
          showIcon
          title={t('imports.report.imported', {
            created: job.createCount,
            updated: job.updateCount,
            unchanged: job.unchangedCount,
          })}
        />
      )}
      {job.status === 'SUCCEEDED' && job.dryRun && (
        <Alert type="success" showIcon title={t('imports.report.checked', { rows: job.totalRows ?? 0 })} />
      )}
      {errors.error && <ProblemAlert error={errors.error} />}
      {finished && job.errorCount > 0 && (
        <Table<ImportError>
          size="small"
          rowKey={(error) => `${error.row}-${error.column ?? ''}-${error.message}`}
          loading={errors.isFetching}
          dataSource={errors.data?.items ?? []}
          aria-label={t('imports.errors.label')}
          pagination={{
            current: errorsPage + 1,
            pageSize: ERRORS_PAGE_SIZE,
            total: errors.data?.total ?? job.errorCount,
            showSizeChanger: false,
            onChange: (page) => setErrorsPage(page - 1),
          }}
          columns={[
            { title: t('imports.errors.row'), dataIndex: 'row', key: 'row', width: 80 },
            {
              title: t('imports.errors.column'),
              dataIndex: 'column',
              key: 'column',
              width: 200,
              render: (column: string | null | undefined) => column ?? '—',
            },
            {
              title: t('imports.errors.value'),
              dataIndex: 'value',
              key: 'value',
              width: 200,
              render: (value: string | null | undefined) =>
                value ? <Typography.Text code>{value}</Typography.Text> : '—',
            },
            { title: t('imports.errors.message'), dataIndex: 'message', key: 'message' },
          ]}
        />
      )}
    </Space>
  );
}
