import type { FormInstance } from 'antd';
import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi, type components, type Present } from '@/api';
import { useMe } from '@/lib/auth';
import { foldVietnamese } from '@/lib/text';

/** A unit of the caller's subtree, offered in pickers and filters. */
export type UnitOption = Present<
  Omit<components['schemas']['UnitTreeNode'], 'children'>,
  'id' | 'code' | 'name' | 'type'
> & {
  children?: UnitOption[];
};

/**
 * `GET /units/{id}/tree` from the caller's own unit: every unit they may pick. Shares its query key
 * with the Units page's tree, so a change there refreshes the pickers too.
 */
export function useScopeUnits() {
  const api = useApi();
  const me = useMe();
  const rootId = me.data?.unit?.id ?? undefined;
  return useQuery({
    queryKey: ['units', 'tree', rootId ?? -1],
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/units/{id}/tree', { params: { path: { id: rootId as number } }, signal }),
      )) as UnitOption,
    enabled: rootId !== undefined,
    staleTime: 60_000,
  });
}

export interface UnitTreeData {
  value: number;
  title: string;
  label: string;
  disabled?: boolean;
  children: UnitTreeData[];
}

export function toUnitTreeData(node: UnitOption, disabled?: (node: UnitOption) => boolean): UnitTreeData {
  return {
    value: node.id,
    title: `${node.name} (${node.code})`,
    label: node.name,
    disabled: disabled?.(node) || undefined,
    children: (node.children ?? []).map((child) => toUnitTreeData(child, disabled)),
  };
}

/** Matches typed words against a unit's name and code, tone marks or not. */
export function unitTreeFilter(input: string, node: { title?: unknown }) {
  return foldVietnamese(String(node.title ?? '')).includes(foldVietnamese(input));
}

export function findUnit(root: UnitOption | undefined, id: number | undefined): UnitOption | undefined {
  if (!root || id === undefined) {
    return undefined;
  }
  if (root.id === id) {
    return root;
  }
  for (const child of root.children ?? []) {
    const found = findUnit(child, id);
    if (found) {
      return found;
    }
  }
  return undefined;
}

/**
 * Proposes the caller's own unit in a new record's unit field, also when the unit tree arrives
 * after the form opened; a unit already chosen stays.
 */
export function useOwnUnitByDefault(
  form: Pick<FormInstance, 'getFieldValue' | 'setFieldValue'>,
  field: string,
  units: UnitOption | undefined,
  creating: boolean,
) {
  useEffect(() => {
    if (creating && units && form.getFieldValue(field) == null) {
      form.setFieldValue(field, units.id);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- proposes the unit when the tree arrives or the form opens, not on every form render
  }, [creating, units]);
}
