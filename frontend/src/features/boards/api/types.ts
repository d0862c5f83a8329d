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

export type BoardMember = Schemas['BoardMember'];
export type BoardMemberRequest = Schemas['BoardMemberRequest'];
export type MemberRole = BoardMemberRequest['role'];
export type BoardActivity = Omit<Schemas['BoardActivity'], 'unit'> & { unit: UnitRef };
export type BoardActivityRequest = Schemas['BoardActivityRequest'];
export type ActivityKind = BoardActivityRequest['kind'];
export type BudgetSource = NonNullable<BoardActivityRequest['budgetSource']>;
export type ProjectStage = NonNullable<BoardActivityRequest['projectStage']>;
export type BoardRecommendation = Omit<Schemas['BoardRecommendation'], 'addressedTo'> & { addressedTo: UnitRef };
export type BoardRecommendationRequest = Schemas['BoardRecommendationRequest'];
export type BoardRecommendationAnswer = Schemas['BoardRecommendationAnswer'];

export const MEMBER_ROLES: readonly MemberRole[] = ['HEAD', 'DEPUTY', 'MEMBER'];
export const BUDGET_SOURCES: readonly BudgetSource[] = [
  'STATE_BUDGET',
  'COMMUNE_BUDGET',
  'COMMUNITY_CONTRIBUTION',
  'ODA',
  'ENTERPRISE',
  'OTHER',
];
export const PROJECT_STAGES: readonly ProjectStage[] = ['PREPARATION', 'CONSTRUCTION', 'ACCEPTANCE', 'OPERATION'];

/** The day Law 97/2025/QH15 took effect: from then a people's inspection board also supervises investment. */
export const AMENDED_ON = '2025-07-01';

/** The work each kind of board does (the server's BoardKind.activitiesOn), on a day given as an ISO date. */
export function activityKindsOf(kind: BoardKind, day: string | undefined): readonly ActivityKind[] {
  switch (kind) {
    case 'PEOPLES_INSPECTION':
      return day !== undefined && day < AMENDED_ON
        ? ['INSPECTION', 'SUPERVISION']
        : ['INSPECTION', 'SUPERVISION', 'INVESTMENT_SUPERVISION'];
    case 'COMMUNITY_INVESTMENT_SUPERVISION':
      return ['INVESTMENT_SUPERVISION'];
    case 'FATHERLAND_FRONT':
      return ['SUPERVISION', 'SOCIAL_CRITIQUE'];
  }
}
