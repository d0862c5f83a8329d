import { useQuery } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { unwrap, useApi } from '@/api';
import { useMe } from '@/lib/auth';
import { toUnitTreeData, unitTreeFilter, type UnitTreeNodeLike } from './unitTree';

/** `GET /units/{id}/tree`: the units under one (the caller's), for unit filters and pickers. */
export function useUnitTreeOptions(rootId: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['units', 'tree', rootId ?? -1],
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/units/{id}/tree', { params: { path: { id: rootId as number } }, signal }),
      )) as UnitTreeNodeLike,
    enabled: rootId !== undefined,
    staleTime: 60_000,
  });
}

interface UnitTreeSelectProps {
  id?: string;
  value?: number;
  onChange?: (value: number | undefined) => void;
  disabled?: boolean;
}

/** A unit of the caller's subtree, searched by name or code with or without tone marks; a form control. */
export function UnitTreeSelect(props: UnitTreeSelectProps) {
  const me = useMe();
  const units = useUnitTreeOptions(me.data?.unit?.id);
  const treeData = useMemo(() => (units.data ? [toUnitTreeData(units.data)] : []), [units.data]);
  return (
    <TreeSelect<number>
      {...props}
      // Typed before the tree arrives, a search would not open the branches it matches.
      disabled={props.disabled || units.data === undefined}
      treeData={treeData}
      treeDefaultExpandedKeys={units.data ? [units.data.id] : []}
      showSearch={{ filterTreeNode: unitTreeFilter }}
      treeNodeLabelProp="label"
      loading={units.isFetching}
    />
  );
}
