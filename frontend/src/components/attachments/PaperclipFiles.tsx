import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Drawer } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { AttachmentsPanel } from './AttachmentsPanel';

interface Props {
  /** The owner kind as the server registers it: conference, document, model-practice, disclosure, board… */
  kind: string;
  ownerId: number;
  count: number | undefined;
  /** What names the record (its title), shown on the drawer. */
  name: string;
  /** The panel's heading: what the files are (minutes, signed text…). */
  title?: string;
}

/**
 * The paperclip of a list row that opens the record's files: a small drawer with the attachments panel,
 * read-only (see, preview, download). For registers without a detail page, so that readers reach the files
 * their edit drawer shows only to writers. Nothing when the record holds no file.
 */
export function PaperclipFiles({ kind, ownerId, count, name, title }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (!count) {
    return null;
  }
  return (
    <>
      <Button
        type="link"
        size="small"
        icon={<PaperClipOutlined />}
        onClick={() => setOpen(true)}
        aria-label={t('attachments.open', { count, name })}
        data-testid="attachment-count"
      >
        {count}
      </Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('attachments.filesOf', { name })}
        size={480}
        destroyOnHidden
      >
        <div data-testid="attachments-drawer">
          <AttachmentsPanel kind={kind} ownerId={ownerId} title={title} canUpload={false} readOnly />
        </div>
      </Drawer>
    </>
  );
}

/**
 * A list's paperclip column: each row's file count, which opens its files read-only. The counts come from one
 * `useAttachmentCounts` call per page (never one request per row).
 */
export function paperclipColumn<T extends { id: number }>(
  label: string,
  options: {
    kind: string;
    counts: Map<number, number> | undefined;
    name: (row: T) => string;
    title?: string;
  },
): NonNullable<TableProps<T>['columns']>[number] {
  return {
    title: <PaperClipOutlined aria-label={label} title={label} />,
    key: 'attachments',
    width: 70,
    align: 'center',
    render: (_: unknown, row: T) => (
      <PaperclipFiles
        kind={options.kind}
        ownerId={row.id}
        count={options.counts?.get(row.id)}
        name={options.name(row)}
        title={options.title}
      />
    ),
  };
}
