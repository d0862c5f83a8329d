import type { Me } from '@/lib/auth';
import type { Unit, UnitTreeNode } from '@/features/units/api';

export const TIMESTAMP = '2025-01-01T00:00:00Z';

export function unit(overrides: Partial<Unit> & Pick<Unit, 'id' | 'code' | 'name' | 'type'>): Unit {
  return {
    parentId: null,
    parentName: null,
    taxCode: null,
    address: null,
    headCount: null,
    active: true,
    childCount: 0,
    hasRegulationInForce: false,
    closed: false,
    validFrom: null,
    validTo: null,
    version: 0,
    createdAt: TIMESTAMP,
    updatedAt: TIMESTAMP,
    ...overrides,
  };
}

export const province = unit({ id: 1, code: '22', name: 'Tỉnh Quảng Ninh', type: 'PROVINCE', childCount: 2 });
export const haLong = unit({
  id: 2,
  code: '193',
  name: 'Thành phố Hạ Long',
  type: 'DISTRICT',
  parentId: 1,
  parentName: 'Tỉnh Quảng Ninh',
  childCount: 1,
  version: 3,
});
export const bachDang = unit({
  id: 3,
  code: '06694',
  name: 'Phường Bạch Đằng',
  type: 'COMMUNE',
  parentId: 2,
  parentName: 'Thành phố Hạ Long',
  address: 'Hạ Long, Quảng Ninh',
  headCount: 25,
});
export const mongCai = unit({
  id: 4,
  code: '194',
  name: 'Thành phố Móng Cái',
  type: 'DISTRICT',
  parentId: 1,
  parentName: 'Tỉnh Quảng Ninh',
});

export const tree: UnitTreeNode = {
  id: 1,
  code: '22',
  name: 'Tỉnh Quảng Ninh',
  type: 'PROVINCE',
  active: true,
  validFrom: null,
  validTo: null,
  children: [
    {
      id: 2,
      code: '193',
      name: 'Thành phố Hạ Long',
      type: 'DISTRICT',
      active: true,
      validFrom: null,
      validTo: null,
      children: [
        {
          id: 3,
          code: '06694',
          name: 'Phường Bạch Đằng',
          type: 'COMMUNE',
          active: true,
          validFrom: null,
          validTo: null,
          children: [],
        },
      ],
    },
    {
      id: 4,
      code: '194',
      name: 'Thành phố Móng Cái',
      type: 'DISTRICT',
      active: true,
      validFrom: null,
      validTo: null,
      children: [],
    },
  ],
};

export const adminMe: Me = {
  username: 'admin',
  name: 'Quản trị viên',
  roles: ['admin'],
  unit: { id: 1, code: '22', name: 'Tỉnh Quảng Ninh', type: 'PROVINCE' },
};

export function page<T>(items: T[], total = items.length) {
  return { items, page: 0, size: 20, total };
}
