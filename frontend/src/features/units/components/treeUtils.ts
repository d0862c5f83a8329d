import type { UnitTreeNode } from '../api';

export function findInTree(root: UnitTreeNode | undefined, id: number): UnitTreeNode | undefined {
  if (!root) {
    return undefined;
  }
  if (root.id === id) {
    return root;
  }
  for (const child of root.children ?? []) {
    const found = findInTree(child, id);
    if (found) {
      return found;
    }
  }
  return undefined;
}

/** The ids of a node and everything under it: a unit cannot be moved under any of them. */
export function subtreeIds(node: UnitTreeNode | undefined): Set<number> {
  const ids = new Set<number>();
  const visit = (current: UnitTreeNode) => {
    ids.add(current.id);
    (current.children ?? []).forEach(visit);
  };
  if (node) {
    visit(node);
  }
  return ids;
}
