import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { findUnit, toUnitTreeData, unitTreeFilter, type UnitOption } from './unitTree';

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
  /** Units already chosen that lie outside the caller's subtree, shown by name beside it. */
  outside?: { id: number; code?: string; name: string }[];
}

/** Picks one unit (or several) from the caller's subtree, searchable with or without tone marks. */
export function UnitTreeSelect({ units, disabled, outside = [], multiple, onChange, ...rest }: UnitTreeSelectProps) {
  const treeData = useMemo(() => {
    const roots = units ? [toUnitTreeData(units, disabled)] : [];
    const known = (id: number) => findUnit(units, id) !== undefined;
    const others = outside
      .filter((unit) => !known(unit.id))
      .map((unit) => ({ value: unit.id, title: unit.code ? `${unit.name} (${unit.code})` : unit.name, label: unit.name, children: [] }));
    return [...roots, ...others];
  }, [units, disabled, outside]);
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

interface UnitFilterProps {
  units: UnitOption | undefined;
  label: string;
  value: number | undefined;
  onChange: (unitId: number | undefined) => void;
  width?: number;
}

/** Filters a list to one unit and the units below it. */
export function UnitFilter({ units, label, value, onChange, width = 260 }: UnitFilterProps) {
  return (
    <UnitTreeSelect
      allowClear
      style={{ width }}
      placeholder={label}
      aria-label={label}
      units={units}
      value={value}
      onChange={(unitId: number | undefined) => onChange(unitId)}
    />
  );
}
