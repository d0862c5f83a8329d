import type { components } from '@/api';

type Schemas = components['schemas'];

export type BoardKind = Schemas['BoardKind'];
export type UnitRef = Schemas['UnitRef'];
export type Board = Omit<Schemas['Board'], 'unit'> & { unit: UnitRef };
export type BoardRequest = Schemas['BoardRequest'];

export type BoardPage = Schemas['PageResultBoardResponse'];

export interface BoardFilters {
  q?: string;
  kind?: BoardKind;
  unitId?: number;
  /** Only the boards whose term covers this day (ISO date). */
  servingOn?: string;
}

export interface BoardListParams extends BoardFilters {
  page: number;
  size: number;
  sort: string;
}

export const BOARD_KINDS: readonly BoardKind[] = [
  'PEOPLES_INSPECTION',
  'COMMUNITY_INVESTMENT_SUPERVISION',
  'FATHERLAND_FRONT',
];
