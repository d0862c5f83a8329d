export { boardKeys } from './keys';
export {
  BOARD_KINDS,
  type Board,
  type BoardFilters,
  type BoardKind,
  type BoardListParams,
  type BoardRequest,
} from './types';
export { useBoard } from './useBoard';
export { useBoards } from './useBoards';
export { useSaveBoard, type SaveBoardInput } from './useSaveBoard';
