import type { components } from '@/api';

type Schemas = components['schemas'];

/**
 * The committee records as the API always sends them: every field is present (null where the
 * contract says nullable), nested records included.
 */
type Sent<T> = T extends (infer E)[]
  ? Sent<E>[]
  : T extends object
    ? { [K in keyof T]-?: Sent<Exclude<T[K], undefined>> }
    : T;

export type Committee = Sent<Schemas['Committee']>;
export type CommitteeMember = Sent<Schemas['CommitteeMember']>;
export type CommitteePlan = Sent<Schemas['CommitteePlan']>;
export type CommitteeTarget = Sent<Schemas['CommitteeTarget']>;
export type CommitteeMeeting = Sent<Schemas['CommitteeMeeting']>;
export type Shortcoming = Sent<Schemas['Shortcoming']>;
export type Remedy = Sent<Schemas['Remedy']>;
export type TargetStatus = NonNullable<Schemas['TargetStatus']>;
export type MeetingRequest = Schemas['CommitteeMeetingRequest'];

export type CommitteePage = Schemas['PageResultCommitteeResponse'];
export type MemberRequest = Schemas['CommitteeMemberRequest'];
export type CommitteeRole = Schemas['CommitteeRole'];
export type ShortcomingRequest = Schemas['ShortcomingRequest'];
export type ShortcomingKind = Schemas['ShortcomingKind'];
export type RemedyRequest = Schemas['RemedyRequest'];
export type PlanRequest = Schemas['CommitteePlanRequest'];
export type TargetRequest = Schemas['CommitteeTargetRequest'];
export type TaskRequest = Schemas['CommitteeTaskRequest'];

export const COMMITTEE_ROLES: readonly CommitteeRole[] = ['HEAD', 'DEPUTY_HEAD', 'STANDING_MEMBER', 'MEMBER'];
export const SHORTCOMING_KINDS: readonly ShortcomingKind[] = [
  'NO_REGULATION',
  'NO_CONFERENCE',
  'NO_TRAINING',
  'FEEDBACK_OVERDUE',
  'CONSULTATION_UNANSWERED',
  'LEFT_TO_STANDING_OFFICE',
  'LOW_PARTICIPATION',
  'EMPLOYER_DEPENDENCE',
  'OTHER',
];
