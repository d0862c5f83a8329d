import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { findUnit, toUnitTreeData, unitTreeFilter, useScopeUnits, type UnitOption } from './unitTree';

interface UnitTreeSelectProps {
  /** The caller's subtree (`useScopeUnits`); fetched here when not given. */
  units?: UnitOption;
  value?: number | number[] | null;
  onChange?: (value: never) => void;
  multiple?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
  id?: string;
  disabled?: boolean;
  /** Units that cannot be picked, greyed out in the tree. */
  unselectable?: (unit: UnitOption) => boolean;
  /** Units already chosen that lie outside the caller's subtree, shown by name beside it. */
  outside?: { id: number; code?: string; name: string }[];
}

/** Picks one unit (or several) from the caller's subtree, searchable with or without tone marks. */
export function UnitTreeSelect({
  units: given,
  unselectable,
  outside = [],
  multiple,
  onChange,
  ...rest
}: UnitTreeSelectProps) {
  const scope = useScopeUnits();
  const units = given ?? scope.data;
  const treeData = useMemo(() => {
    const roots = units ? [toUnitTreeData(units, unselectable)] : [];
    const known = (id: number) => findUnit(units, id) !== undefined;
    const others = outside
      .filter((unit) => !known(unit.id))
      .map((unit) => ({
        value: unit.id,
        title: unit.code ? `${unit.name} (${unit.code})` : unit.name,
        label: unit.name,
        children: [],
      }));
    return [...roots, ...others];
  }, [units, unselectable, outside]);
  return (
    <TreeSelect
      {...rest}
      // Typed before the tree arrives, a search would not open the branches it matches.
      disabled={rest.disabled || units === undefined}
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
