import { DeleteOutlined, DownloadOutlined, EyeOutlined, FileOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Card, Flex, List, Popconfirm, Progress, Radio, Tag, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useApi } from '@/api';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateTime } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import {
  downloadAttachment,
  fetchAttachment,
  useAttachments,
  useDeleteAttachment,
  useUploadAttachment,
  type Attachment,
  type AttachmentVisibility,
} from './api';

interface Props {
  /** The owner kind: feedback, feedback-answer, conference, document… */
  kind: string;
  ownerId: number;
  title?: string;
  /** Whether the caller may add files (the server decides again). */
  canUpload: boolean;
  defaultVisibility?: AttachmentVisibility;
  /** Who a new file may be shown to; one choice hides the switch (records that only officers see). */
  visibilities?: readonly AttachmentVisibility[];
  /** Only see and download: no upload and no delete, whatever the caller's role (a list's quick look). */
  readOnly?: boolean;
}

const ALL_VISIBILITIES: readonly AttachmentVisibility[] = ['STAFF', 'HANDLING', 'PUBLIC'];

/** A record's files: drag and drop to add, thumbnails, preview of images and PDFs, download, delete. */
export function AttachmentsPanel({
  kind,
  ownerId,
  title,
  canUpload,
  defaultVisibility = 'STAFF',
  visibilities = ALL_VISIBILITIES,
  readOnly = false,
}: Props) {
  const { t } = useI18n();
  const api = useApi();
  const files = useAttachments(kind, ownerId);
  const upload = useUploadAttachment(kind, ownerId);
  const remove = useDeleteAttachment(kind, ownerId);
  const [visibility, setVisibility] = useState<AttachmentVisibility>(defaultVisibility);
  const [progress, setProgress] = useState<number | null>(null);

  const preview = async (file: Attachment) => {
    const opened = window.open('', '_blank');
    const blob = await fetchAttachment(api, file);
    const url = URL.createObjectURL(blob);
    if (opened) opened.location.href = url;
  };

  return (
    <Card title={title ?? t('attachments.title')} size="small" data-testid={`attachments-${kind}`}>
      <ProblemAlert error={files.error ?? upload.error ?? remove.error} />
      {canUpload && !readOnly && (
        <Flex vertical gap={8} style={{ marginBottom: 12 }}>
          {visibilities.length > 1 && (
            <Radio.Group
              size="small"
              value={visibility}
              onChange={(event) => setVisibility(event.target.value as AttachmentVisibility)}
              options={visibilities.map((v) => ({
                value: v,
                label: t(`attachments.visibility.${v}`),
              }))}
            />
          )}
          <Upload.Dragger
            multiple
            showUploadList={false}
            accept="image/jpeg,image/png,image/webp,application/pdf,.pdf,.docx,.xlsx,.odt"
            customRequest={({ file, onSuccess, onError }) => {
              setProgress(0);
              upload.mutate(
                { file: file as File, visibility, onProgress: setProgress },
                {
                  onSuccess: (answer) => onSuccess?.(answer),
                  onError: (error) => onError?.(error as Error),
                  onSettled: () => setProgress(null),
                },
              );
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-hint">{t('attachments.drop')}</p>
          </Upload.Dragger>
          {progress !== null && <Progress percent={Math.round(progress * 100)} size="small" status="active" />}
        </Flex>
      )}
      <List<Attachment>
        loading={files.isLoading}
        dataSource={files.data ?? []}
        locale={{ emptyText: t('attachments.empty') }}
        renderItem={(file) => (
          <List.Item
            data-testid="attachment-row"
            actions={[
              ...(file.mediaType.startsWith('image/') || file.mediaType === 'application/pdf'
                ? [
                    <Button
                      key="view"
                      size="small"
                      icon={<EyeOutlined />}
                      onClick={() => void preview(file)}
                      aria-label={t('attachments.preview')}
                    />,
                  ]
                : []),
              <Button
                key="download"
                size="small"
                icon={<DownloadOutlined />}
                onClick={() => void downloadAttachment(api, file)}
                aria-label={t('attachments.download')}
              />,
              ...(!readOnly && file.operations.includes('DELETE')
                ? [
                    <Popconfirm
                      key="delete"
                      title={t('attachments.deleteConfirm', { name: file.fileName })}
                      onConfirm={() => remove.mutate(file.id)}
                    >
                      <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('attachments.delete')} />
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            <List.Item.Meta
              avatar={file.hasThumbnail ? <Thumbnail file={file} /> : <FileOutlined style={{ fontSize: 32 }} />}
              title={
                <Typography.Text ellipsis style={{ maxWidth: 220 }}>
                  {file.fileName}
                </Typography.Text>
              }
              description={
                <>
                  {formatSize(file.size)} · {formatDateTime(file.uploadedAt)}{' '}
                  {file.visibility !== 'STAFF' && <Tag>{t(`attachments.visibility.${file.visibility}`)}</Tag>}
                  {file.fromPublic && <Tag color="blue">{t('attachments.fromPublic')}</Tag>}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

function Thumbnail({ file }: { file: Attachment }) {
  const api = useApi();
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let objectUrl: string | undefined;
    let cancelled = false;
    fetchAttachment(api, file, 'thumbnail')
      .then((blob) => {
        if (!cancelled) {
          objectUrl = URL.createObjectURL(blob);
          setUrl(objectUrl);
        }
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [api, file]);
  return url ? (
    <img
      src={url}
      alt={file.fileName}
      width={48}
      height={48}
      style={{ objectFit: 'cover' }}
      data-testid="attachment-thumbnail"
    />
  ) : (
    <FileOutlined style={{ fontSize: 32 }} />
  );
}

function formatSize(bytes: number) {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
