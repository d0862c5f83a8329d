export { conferenceKeys } from './keys';
export {
  CONFERENCE_KINDS,
  CONTRIBUTIONS,
  DECIDED_BY,
  type Contribution,
  type DecidedBy,
  KINDS_BY_UNIT_TYPE,
  type Conference,
  type ConferenceFilters,
  type ConferenceKind,
  type ConferenceListParams,
  type ConferenceRequest,
  type LaggingUnitsParams,
  type UnitRef,
} from './types';
export { useConference } from './useConference';
export { useConferences } from './useConferences';
export { useDeleteConference } from './useDeleteConference';
export { useLaggingUnits } from './useLaggingUnits';
export { useSaveConference, type SaveConferenceInput } from './useSaveConference';
