import { foldVietnamese } from '@/lib/text';
import type { UnitOption } from '../api';

export interface UnitTreeData {
  value: number;
  title: string;
  label: string;
  children: UnitTreeData[];
}

export function toUnitTreeData(node: UnitOption): UnitTreeData {
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
