import { Empty, Skeleton, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import type { PartyOrganizationTreeNode } from '../api';

interface PartyOrganizationTreeProps {
  root: PartyOrganizationTreeNode | undefined;
  loading: boolean;
  error: unknown;
}

function toDataNode(node: PartyOrganizationTreeNode, formLabel: (node: PartyOrganizationTreeNode) => string): DataNode {
  return {
    key: node.id,
    title: (
      <span title={node.code}>
        {node.active ? (
          node.name
        ) : (
          <Typography.Text delete type="secondary">
            {node.name}
          </Typography.Text>
        )}
        <Typography.Text type="secondary"> · {formLabel(node)}</Typography.Text>
      </span>
    ),
    children: (node.children ?? []).map((child) => toDataNode(child, formLabel)),
    isLeaf: (node.children ?? []).length === 0,
  };
}

/** The organisations under the one chosen in the table, nested. */
export function PartyOrganizationTree({ root, loading, error }: PartyOrganizationTreeProps) {
  const { t } = useI18n();
  const treeData = useMemo(() => (root ? [toDataNode(root, (node) => t(`partyForm.${node.form}`))] : []), [root, t]);

  if (error) {
    return <ProblemAlert error={error} />;
  }
  if (loading) {
    return <Skeleton active paragraph={{ rows: 6 }} />;
  }
  if (!root) {
    return <Empty description={t('partyOrgs.tree.hint')} />;
  }
  return (
    <Tree
      key={root.id}
      aria-label={t('partyOrgs.tree.title')}
      blockNode
      selectable={false}
      showLine={{ showLeafIcon: false }}
      treeData={treeData}
      defaultExpandAll
    />
  );
}
