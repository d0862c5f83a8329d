import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Radio, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { AttachmentVisibility } from '../api';

export const MAX_FILES = 3;
export const MAX_FILE_MB = 20;
/** What the server accepts; a phone offers its camera and its gallery for image/*. */
export const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf,.pdf,.docx,.xlsx,.odt';

interface Props {
  files: UploadFile[];
  onFilesChange: (files: UploadFile[]) => void;
  visibility: AttachmentVisibility;
  onVisibilityChange: (visibility: AttachmentVisibility) => void;
  disabled?: boolean;
}

/** Up to three photos or documents, kept in the browser until the feedback has been received. */
export function AttachmentPicker({ files, onFilesChange, visibility, onVisibilityChange, disabled }: Props) {
  const { t } = useI18n();
  return (
    <div style={{ marginBottom: 24 }}>
      <Typography.Text strong>{t('portal.files.label')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('portal.files.hint', { count: MAX_FILES, size: MAX_FILE_MB })}
      </Typography.Paragraph>
      <Upload
        multiple
        accept={ACCEPT}
        listType="picture"
        maxCount={MAX_FILES}
        fileList={files}
        disabled={disabled}
        beforeUpload={() => false}
        onChange={({ fileList }) => onFilesChange(fileList.slice(0, MAX_FILES))}
      >
        <Button
          icon={<PaperClipOutlined />}
          disabled={disabled || files.length >= MAX_FILES}
          data-testid="portal-files"
        >
          {t('portal.files.choose')}
        </Button>
      </Upload>
      {files.length > 0 && (
        <Radio.Group
          style={{ marginTop: 8, display: 'flex', flexDirection: 'column', gap: 4 }}
          value={visibility}
          disabled={disabled}
          onChange={(event) => onVisibilityChange(event.target.value as AttachmentVisibility)}
          options={[
            { value: 'STAFF', label: t('portal.files.visibility.STAFF') },
            { value: 'HANDLING', label: t('portal.files.visibility.HANDLING') },
            { value: 'PUBLIC', label: t('portal.files.visibility.PUBLIC') },
          ]}
        />
      )}
    </div>
  );
}
