import type { components } from '@/api';

type Schemas = components['schemas'];

export type UnitRef = Schemas['UnitRef'];
export type Disclosure = Omit<Schemas['Disclosure'], 'unit'> & { unit: UnitRef };
export type DisclosureRequest = Schemas['DisclosureRequest'];
export type DisclosureCategory = Schemas['DisclosureCategory'];
export type DisclosureForm = Schemas['DisclosureForm'];

export type DisclosurePage = Schemas['PageResultDisclosureResponse'];

export interface DisclosureFilters {
  q?: string;
  year?: number;
  category?: DisclosureCategory;
  form?: DisclosureForm;
  /** The unit that made it public and the units below it. */
  unitId?: number;
}

export interface DisclosureListParams extends DisclosureFilters {
  page: number;
  size: number;
  /** `field,asc` or `field,desc`. */
  sort: string;
}

/** The law's categories, the three a commune must disclose every year first. */
export const DISCLOSURE_CATEGORIES: readonly DisclosureCategory[] = [
  'BUDGET_ESTIMATE',
  'BUDGET_SETTLEMENT',
  'BENEFICIARY_POLICY',
  'LAND_USE_PLAN',
  'INVESTMENT_PROJECT',
  'COMPENSATION_RESETTLEMENT',
  'CONTRIBUTIONS',
  'RECRUITMENT',
  'ADMINISTRATIVE_PROCEDURES',
  'INSPECTION_CONCLUSIONS',
  'OTHER',
];

export const DISCLOSURE_FORMS: readonly DisclosureForm[] = [
  'NOTICE_BOARD',
  'LOUDSPEAKER',
  'WEBSITE',
  'MEETING',
  'DOCUMENT',
];
