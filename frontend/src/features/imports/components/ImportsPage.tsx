import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Space, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { hasAnyRole, useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import {
  contentTypeOf,
  IMPORT_KINDS,
  isFinished,
  useDownloadTemplate,
  useImportJob,
  useStartImport,
  type ImportKind,
} from '../api';
import { ImportJobReport } from './ImportJobReport';

/**
 * The import wizard: choose what the file holds, take its template, upload the filled file, check
 * it (a dry run writes nothing and names every mistake by row and column), then import it for real.
 */
export function ImportsPage() {
  const { t } = useI18n();
  const { roles } = useAuth();
  const kinds = IMPORT_KINDS.filter((entry) => hasAnyRole(roles, entry.roles));
  const [kind, setKind] = useState<ImportKind | undefined>(kinds[0]?.kind);
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [jobId, setJobId] = useState<number | undefined>();
  const start = useStartImport();
  const template = useDownloadTemplate();
  const job = useImportJob(jobId);
  const current = job.data;
  const running = jobId !== undefined && !isFinished(current?.status);
  const checkedClean = current?.dryRun && current.status === 'SUCCEEDED';
  const imported = current && !current.dryRun && current.status === 'SUCCEEDED';

  const step = imported ? 3 : checkedClean || (current && !current.dryRun) ? 2 : file ? 1 : 0;

  const run = async (dryRun: boolean) => {
    if (!kind || !file) {
      return;
    }
    const started = await start.mutateAsync({ kind, file, dryRun }).catch(() => undefined);
    if (started) {
      setJobId(started.id);
    }
  };

  const chooseFile = (chosen: File) => {
    setJobId(undefined);
    start.reset();
    if (!contentTypeOf(chosen.name)) {
      setFile(null);
      setFileProblem(t('imports.file.wrongType', { name: chosen.name }));
    } else {
      setFile(chosen);
      setFileProblem(null);
    }
    return false;
  };

  const startOver = () => {
    setFile(null);
    setJobId(undefined);
    setFileProblem(null);
    start.reset();
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title" style={{ margin: 0 }}>
        {t('imports.title')}
      </Typography.Title>
      <Steps
        size="small"
        current={step}
        items={[
          { title: t('imports.step.kind') },
          { title: t('imports.step.check') },
          { title: t('imports.step.import') },
          { title: t('imports.step.done') },
        ]}
      />
      <Card size="small" title={t('imports.step.kind')}>
        <Space wrap>
          <Select<ImportKind>
            style={{ width: 260 }}
            aria-label={t('imports.kind.label')}
            value={kind}
            onChange={(value) => {
              setKind(value);
              startOver();
            }}
            options={kinds.map((entry) => ({ value: entry.kind, label: t(`imports.kind.${entry.kind}`) }))}
          />
          <Button
            icon={<DownloadOutlined />}
            disabled={!kind}
            loading={template.isPending && template.variables?.format === 'xlsx'}
            onClick={() => kind && template.mutate({ kind, format: 'xlsx' })}
          >
            {t('imports.template.xlsx')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            disabled={!kind}
            loading={template.isPending && template.variables?.format === 'csv'}
            onClick={() => kind && template.mutate({ kind, format: 'csv' })}
          >
            {t('imports.template.csv')}
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('imports.template.help')}
        </Typography.Paragraph>
        {template.error && <ProblemAlert error={template.error} />}
      </Card>
      <Card size="small" title={t('imports.step.check')}>
        <Flex vertical gap={12}>
          <Upload.Dragger
            accept=".csv,.xlsx"
            maxCount={1}
            multiple={false}
            showUploadList={false}
            beforeUpload={chooseFile}
            disabled={running || start.isPending}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{file ? file.name : t('imports.file.choose')}</p>
            <p className="ant-upload-hint">{t('imports.file.hint')}</p>
          </Upload.Dragger>
          {fileProblem && <Alert type="error" showIcon role="alert" title={fileProblem} />}
          <ProblemAlert error={start.error} />
          <Space wrap>
            <Button
              type="primary"
              disabled={!file || running}
              loading={start.isPending && start.variables?.dryRun}
              onClick={() => run(true)}
            >
              {t('imports.action.check')}
            </Button>
            {checkedClean && (
              <Button
                type="primary"
                danger
                disabled={running}
                loading={start.isPending && start.variables?.dryRun === false}
                onClick={() => run(false)}
              >
                {t('imports.action.import', { rows: current?.totalRows ?? 0 })}
              </Button>
            )}
            {(imported || current?.status === 'FAILED') && (
              <Button onClick={startOver}>{t('imports.action.startOver')}</Button>
            )}
          </Space>
          {job.error && <ProblemAlert error={job.error} />}
          {current && <ImportJobReport job={current} />}
        </Flex>
      </Card>
    </Flex>
  );
}

export default ImportsPage;
