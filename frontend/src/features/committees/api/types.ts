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

export interface CommitteePage {
  items: Committee[];
  page: number;
  size: number;
  total: number;
}
