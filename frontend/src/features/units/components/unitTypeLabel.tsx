import { Tag } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { UnitType } from '../api';

/** Tag colours tell localities (warm, by level) from the bodies that hang under them (cool). */
const TYPE_COLORS: Record<UnitType, string> = {
  PROVINCE: 'red',
  DISTRICT: 'volcano',
  COMMUNE: 'orange',
  VILLAGE: 'gold',
  AGENCY: 'blue',
  PUBLIC_SERVICE_UNIT: 'cyan',
  ENTERPRISE: 'purple',
  MASS_ORGANIZATION: 'green',
};

export function UnitTypeTag({ type }: { type: UnitType }) {
  const { t } = useI18n();
  return (
    <Tag color={TYPE_COLORS[type]} variant="outlined">
      {t(`unitType.${type}`)}
    </Tag>
  );
}

/** The type a new unit under `parentType` most likely has: one administrative level down. */
export function likelyChildType(parentType: UnitType | undefined): UnitType | undefined {
  switch (parentType) {
    case 'PROVINCE':
      return 'DISTRICT';
    case 'DISTRICT':
      return 'COMMUNE';
    case 'COMMUNE':
      return 'VILLAGE';
    default:
      return undefined;
  }
}
