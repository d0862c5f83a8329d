import { foldVietnamese } from '@/lib/text';

export interface UnitTreeData {
  value: number;
  title: string;
  label: string;
  children: UnitTreeData[];
}

/** A unit as `GET /units/{id}/tree` nests it. */
export interface UnitTreeNodeLike {
  id: number;
  code: string;
  name: string;
  children?: UnitTreeNodeLike[];
}

/** The units below the caller's, as Ant Design's TreeSelect takes them. */
export function toUnitTreeData(node: UnitTreeNodeLike): UnitTreeData {
  return {
    value: node.id,
    title: `${node.name} (${node.code})`,
    label: node.name,
    children: (node.children ?? []).map(toUnitTreeData),
  };
}

/** Matches typed words against a unit's name and code, tone marks or not. */
export function unitTreeFilter(input: string, node: { title?: unknown }) {
  return foldVietnamese(String(node.title ?? '')).includes(foldVietnamese(input));
}
