import { Empty, Skeleton, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import type { UnitTreeNode } from '../api';

interface UnitTreeProps {
  root: UnitTreeNode | undefined;
  loading: boolean;
  error: unknown;
  selectedId: number | undefined;
  onSelect: (node: UnitTreeNode | undefined) => void;
}

function toDataNode(node: UnitTreeNode, inactiveLabel: string): DataNode {
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
        {!node.active && <Typography.Text type="secondary"> ({inactiveLabel})</Typography.Text>}
      </span>
    ),
    children: (node.children ?? []).map((child) => toDataNode(child, inactiveLabel)),
    isLeaf: (node.children ?? []).length === 0,
  };
}

function indexById(node: UnitTreeNode, index = new Map<number, UnitTreeNode>()) {
  index.set(node.id, node);
  (node.children ?? []).forEach((child) => indexById(child, index));
  return index;
}

/** The caller's part of the unit tree; choosing a unit lists the units directly under it. */
export function UnitTree({ root, loading, error, selectedId, onSelect }: UnitTreeProps) {
  const { t } = useI18n();
  const treeData = useMemo(() => (root ? [toDataNode(root, t('units.status.inactive'))] : []), [root, t]);
  const byId = useMemo(() => (root ? indexById(root) : new Map<number, UnitTreeNode>()), [root]);

  if (error) {
    return <ProblemAlert error={error} />;
  }
  if (loading) {
    return <Skeleton active paragraph={{ rows: 8 }} />;
  }
  if (!root) {
    return <Empty description={t('units.tree.empty')} />;
  }
  return (
    <Tree
      aria-label={t('units.tree.title')}
      blockNode
      showLine={{ showLeafIcon: false }}
      treeData={treeData}
      defaultExpandedKeys={[root.id]}
      selectedKeys={selectedId === undefined ? [] : [selectedId]}
      onSelect={(keys) => onSelect(keys.length > 0 ? byId.get(Number(keys[0])) : undefined)}
      // Virtual scrolling only where the tree is big enough to need it.
      height={byId.size > 500 ? 600 : undefined}
    />
  );
}
