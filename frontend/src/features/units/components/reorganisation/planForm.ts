import dayjs, { type Dayjs } from 'dayjs';
import { toApiDate } from '@/lib/dates';
import type { ReorganisationPlan, UnitType } from '../../api';

/** A successor named for one old unit (a divided unit's primary successor, a village's destination). */
export interface CodePair {
  code?: string;
  successorCode?: string;
}

/** The wizard's form: the plan with its maps as rows, dates as date-picker values. */
export interface PlanFormValues {
  effectiveDate?: Dayjs;
  legalBasisNumber?: string;
  legalBasisDate?: Dayjs | null;
  title?: string;
  newUnits?: { code?: string; name?: string; type?: UnitType; parentCode?: string; mergedFrom?: string[] }[];
  merges?: { code?: string; intoCode?: string }[];
  moves?: { code?: string; parentCode?: string }[];
  dissolutions?: { code?: string; successorCode?: string | null }[];
  changes?: { code?: string; name?: string; type?: UnitType }[];
  primarySuccessors?: CodePair[];
  destinations?: CodePair[];
}

const trimmed = (value: string | null | undefined) => {
  const text = value?.trim();
  return text ? text : undefined;
};

function toMap(rows: CodePair[] | undefined) {
  const entries = (rows ?? [])
    .filter((row) => trimmed(row.code) && trimmed(row.successorCode))
    .map((row) => [trimmed(row.code) as string, trimmed(row.successorCode) as string]);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function fromMap(map: Record<string, string> | undefined): CodePair[] {
  return Object.entries(map ?? {}).map(([code, successorCode]) => ({ code, successorCode }));
}

/** Rows left empty (added, never filled) are not part of the plan. */
function filled<T extends object>(rows: T[] | undefined): T[] | undefined {
  const kept = (rows ?? []).filter((row) =>
    Object.values(row).some((value) =>
      Array.isArray(value) ? value.length > 0 : trimmed(value as string | undefined) !== undefined,
    ),
  );
  return kept.length > 0 ? kept : undefined;
}

/** The plan as the API takes it, from the form. */
export function toPlan(values: PlanFormValues): ReorganisationPlan {
  return {
    effectiveDate: toApiDate(values.effectiveDate) ?? '',
    legalBasisNumber: trimmed(values.legalBasisNumber) ?? '',
    legalBasisDate: toApiDate(values.legalBasisDate ?? undefined),
    title: trimmed(values.title),
    newUnits: filled(values.newUnits)?.map((row) => ({
      code: trimmed(row.code) ?? '',
      name: trimmed(row.name) ?? '',
      type: row.type as UnitType,
      parentCode: trimmed(row.parentCode) ?? '',
      mergedFrom: row.mergedFrom ?? [],
    })),
    merges: filled(values.merges)?.map((row) => ({
      code: trimmed(row.code) ?? '',
      intoCode: trimmed(row.intoCode) ?? '',
    })),
    moves: filled(values.moves)?.map((row) => ({
      code: trimmed(row.code) ?? '',
      parentCode: trimmed(row.parentCode) ?? '',
    })),
    dissolutions: filled(values.dissolutions)?.map((row) => ({
      code: trimmed(row.code) ?? '',
      successorCode: trimmed(row.successorCode ?? undefined) ?? null,
    })),
    changes: filled(values.changes)?.map((row) => ({
      code: trimmed(row.code) ?? '',
      name: trimmed(row.name),
      type: row.type,
    })),
    primarySuccessors: toMap(values.primarySuccessors),
    destinations: toMap(values.destinations),
  };
}

/** The form from a plan (read from a CSV table), so that the admin reviews and corrects it row by row. */
export function fromPlan(plan: ReorganisationPlan): PlanFormValues {
  return {
    effectiveDate: plan.effectiveDate ? dayjs(plan.effectiveDate) : undefined,
    legalBasisNumber: plan.legalBasisNumber,
    legalBasisDate: plan.legalBasisDate ? dayjs(plan.legalBasisDate) : null,
    title: plan.title ?? undefined,
    newUnits: (plan.newUnits ?? []).map((row) => ({ ...row, mergedFrom: row.mergedFrom ?? [] })),
    merges: plan.merges ?? [],
    moves: plan.moves ?? [],
    dissolutions: (plan.dissolutions ?? []).map((row) => ({
      code: row.code,
      successorCode: row.successorCode ?? undefined,
    })),
    changes: (plan.changes ?? []).map((row) => ({
      code: row.code,
      name: row.name ?? undefined,
      type: row.type ?? undefined,
    })),
    primarySuccessors: fromMap(plan.primarySuccessors),
    destinations: fromMap(plan.destinations),
  };
}

/** The old units' structure is read on the day before the plan takes effect: they are named by the code they hold then. */
export function dayBefore(effectiveDate: Dayjs | undefined): string | undefined {
  return effectiveDate ? toApiDate(effectiveDate.subtract(1, 'day')) : undefined;
}
