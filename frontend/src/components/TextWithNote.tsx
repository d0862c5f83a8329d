import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A table cell's main text with a secondary line under it (an audience, a summary, a post…). */
export function TextWithNote({ text, note, clamp }: { text: ReactNode; note?: ReactNode; clamp?: boolean }) {
  return (
    <Space orientation="vertical" size={0}>
      {typeof text === 'string' ? <Typography.Text strong>{text}</Typography.Text> : text}
      {note &&
        (clamp ? (
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
            {note}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{note}</Typography.Text>
        ))}
    </Space>
  );
}
