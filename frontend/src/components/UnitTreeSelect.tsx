import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { toUnitTreeData, unitTreeFilter, type UnitOption } from './unitTree';

interface UnitTreeSelectProps {
  /** The caller's subtree (`useScopeUnits`). */
  units: UnitOption | undefined;
  value?: number | number[] | null;
  onChange?: (value: never) => void;
  multiple?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
  id?: string;
  /** Units that cannot be picked, greyed out in the tree. */
  disabled?: (unit: UnitOption) => boolean;
}

/** Picks one unit (or several) from the caller's subtree, searchable with or without tone marks. */
export function UnitTreeSelect({ units, disabled, multiple, onChange, ...rest }: UnitTreeSelectProps) {
  const treeData = useMemo(() => (units ? [toUnitTreeData(units, disabled)] : []), [units, disabled]);
  return (
    <TreeSelect
      {...rest}
      onChange={(value) => onChange?.((value ?? undefined) as never)}
      multiple={multiple}
      treeCheckable={false}
      treeData={treeData}
      treeDefaultExpandedKeys={units ? [units.id] : []}
      showSearch={{ filterTreeNode: unitTreeFilter }}
      treeNodeLabelProp="label"
    />
  );
}
