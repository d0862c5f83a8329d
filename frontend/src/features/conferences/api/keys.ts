import type { ConferenceListParams, LaggingUnitsParams } from './types';

/** Query keys of the conferences feature; every mutation invalidates `conferenceKeys.all`, lagging units included. */
export const conferenceKeys = {
  all: ['conferences'] as const,
  list: (params: ConferenceListParams) => [...conferenceKeys.all, 'list', params] as const,
  lagging: (params: LaggingUnitsParams) => [...conferenceKeys.all, 'lagging', params] as const,
  detail: (id: number) => [...conferenceKeys.all, 'detail', id] as const,
};
