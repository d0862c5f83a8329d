export { boardKeys } from './keys';
export {
  activityKindsOf,
  AMENDED_ON,
  BOARD_KINDS,
  BUDGET_SOURCES,
  MEMBER_ROLES,
  PROJECT_STAGES,
  type ActivityKind,
  type BoardActivity,
  type BoardActivityRequest,
  type BoardMember,
  type BoardMemberRequest,
  type BoardRecommendation,
  type BudgetSource,
  type MemberRole,
  type ProjectStage,
  type Board,
  type BoardFilters,
  type BoardKind,
  type BoardListParams,
  type BoardRequest,
} from './types';
export { useBoard } from './useBoard';
export { useBoards } from './useBoards';
export { useSaveBoard, type SaveBoardInput } from './useSaveBoard';
export {
  useAddRecommendation,
  useAnswerRecommendation,
  useBoardActivities,
  useBoardMembers,
  useSaveActivity,
  useSaveMember,
} from './useBoardWork';
