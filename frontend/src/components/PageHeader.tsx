import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';

interface PageHeaderProps {
  title: string;
  /** The create button, shown only when `onCreate` is given (i.e. the role may create). */
  createLabel?: string;
  onCreate?: () => void;
}

/** A register page's title with its create button. */
export function PageHeader({ title, createLabel, onCreate }: PageHeaderProps) {
  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Typography.Title level={1} className="page-title" style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {onCreate && (
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
          {createLabel}
        </Button>
      )}
    </Flex>
  );
}
