import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { boardKeys } from './keys';
import type {
  BoardActivity,
  BoardActivityRequest,
  BoardMember,
  BoardMemberRequest,
  BoardRecommendation,
  BoardRecommendationAnswer,
  BoardRecommendationRequest,
} from './types';

/** `GET /boards/{id}/members`: the board's members, past and present. */
export function useBoardMembers(boardId: number) {
  const api = useApi();
  return useQuery({
    queryKey: boardKeys.members(boardId),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/boards/{id}/members', { params: { path: { id: boardId } }, signal }),
      )) as BoardMember[],
  });
}

/** `GET /boards/{id}/activities`: the board's work, newest first, with recommendations and answers. */
export function useBoardActivities(boardId: number) {
  const api = useApi();
  return useQuery({
    queryKey: boardKeys.activities(boardId),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/boards/{id}/activities', { params: { path: { id: boardId } }, signal }),
      )) as BoardActivity[],
  });
}

/** Every write of a board's work refreshes the board, its members and its work. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: boardKeys.all });
}

/** `POST /boards/{id}/members` or `PUT …/members/{memberId}` (with the version read). */
export function useSaveMember() {
  const api = useApi();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ boardId, memberId, body }: { boardId: number; memberId?: number; body: BoardMemberRequest }) =>
      (await unwrap(
        memberId === undefined
          ? api.POST('/api/v1/boards/{id}/members', { params: { path: { id: boardId } }, body })
          : api.PUT('/api/v1/boards/{id}/members/{memberId}', {
              params: { path: { id: boardId, memberId } },
              body,
            }),
      )) as BoardMember,
    onSuccess: invalidate,
  });
}

/** `POST /boards/{id}/activities` or `PUT …/activities/{activityId}` (with the version read). */
export function useSaveActivity() {
  const api = useApi();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({
      boardId,
      activityId,
      body,
    }: {
      boardId: number;
      activityId?: number;
      body: BoardActivityRequest;
    }) =>
      (await unwrap(
        activityId === undefined
          ? api.POST('/api/v1/boards/{id}/activities', { params: { path: { id: boardId } }, body })
          : api.PUT('/api/v1/boards/{id}/activities/{activityId}', {
              params: { path: { id: boardId, activityId } },
              body,
            }),
      )) as BoardActivity,
    onSuccess: invalidate,
  });
}

/** `POST /boards/{id}/activities/{activityId}/recommendations`: a recommendation to the unit concerned. */
export function useAddRecommendation() {
  const api = useApi();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({
      boardId,
      activityId,
      body,
    }: {
      boardId: number;
      activityId: number;
      body: BoardRecommendationRequest;
    }) =>
      (await unwrap(
        api.POST('/api/v1/boards/{id}/activities/{activityId}/recommendations', {
          params: { path: { id: boardId, activityId } },
          body,
        }),
      )) as BoardActivity,
    onSuccess: invalidate,
  });
}

/** `POST /boards/{id}/recommendations/{rid}/answer`: the unit's answer (with the version read). */
export function useAnswerRecommendation() {
  const api = useApi();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({
      boardId,
      recommendationId,
      body,
    }: {
      boardId: number;
      recommendationId: number;
      body: BoardRecommendationAnswer;
    }) =>
      (await unwrap(
        api.POST('/api/v1/boards/{id}/recommendations/{recommendationId}/answer', {
          params: { path: { id: boardId, recommendationId } },
          body,
        }),
      )) as BoardRecommendation,
    onSuccess: invalidate,
  });
}
