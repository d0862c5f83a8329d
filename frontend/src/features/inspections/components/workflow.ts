import { canWriteInspections, type Role } from '@/lib/auth';
import type {
  DisciplinaryForm,
  DisciplinarySource,
  Inspection,
  InspectionForm,
  InspectionKind,
  InspectionStatus,
  SubjectType,
} from '../api';

/**
 * The rules of an inspection's life as the server enforces them (InspectionService,
 * DisciplinaryActionService), so that the pages offer only what can succeed. The server stays the
 * judge: a refused step still shows its 409 reason.
 */

/** The server's default topic (InspectionDtos.DEFAULT_TOPIC), stored in Vietnamese whatever the UI language. */
export const DEFAULT_TOPIC = 'Việc thực hiện dân chủ ở cơ sở';

export type Transition = 'start' | 'conclude' | 'close' | 'cancel';

const TRANSITION_FROM: Record<Transition, readonly InspectionStatus[]> = {
  start: ['PLANNED'],
  conclude: ['IN_PROGRESS'],
  close: ['CONCLUDED'],
  cancel: ['PLANNED', 'IN_PROGRESS'],
};
const TRANSITIONS: readonly Transition[] = ['start', 'conclude', 'close', 'cancel'];

/** The state changes the current status allows, for a role that may write; none for a reader. */
export function legalTransitions(status: InspectionStatus, roles: readonly Role[]): Transition[] {
  if (!canWriteInspections(roles)) {
    return [];
  }
  return TRANSITIONS.filter((transition) => TRANSITION_FROM[transition].includes(status));
}

/** A supervision is regular or thematic; an inspection thematic or on signs of violation. */
export function formsFor(kind: InspectionKind | undefined): InspectionForm[] {
  switch (kind) {
    case 'INSPECTION':
      return ['THEMATIC', 'ON_SIGNS_OF_VIOLATION'];
    case 'SUPERVISION':
      return ['REGULAR', 'THEMATIC'];
    default:
      return [];
  }
}

/** The plan may change while PLANNED or IN_PROGRESS; kind and subject only while PLANNED. */
export function canEditPlan(status: InspectionStatus): boolean {
  return status === 'PLANNED' || status === 'IN_PROGRESS';
}

export function canChangeSubject(status: InspectionStatus): boolean {
  return status === 'PLANNED';
}

/** A conclusion is recorded or replaced while IN_PROGRESS or CONCLUDED. */
export function canEditConclusion(status: InspectionStatus): boolean {
  return status === 'IN_PROGRESS' || status === 'CONCLUDED';
}

export const STATUS_STEPS: readonly InspectionStatus[] = ['PLANNED', 'IN_PROGRESS', 'CONCLUDED', 'CLOSED'];

/**
 * Where the inspection stands among the four steps, and whether that step failed: a cancelled one
 * stops at the step it had reached (in progress once it had started).
 */
export function stepOf(inspection: Pick<Inspection, 'status' | 'actualStart'>): {
  current: number;
  state: 'process' | 'finish' | 'error';
} {
  if (inspection.status === 'CANCELLED') {
    return { current: inspection.actualStart ? 1 : 0, state: 'error' };
  }
  const current = STATUS_STEPS.indexOf(inspection.status);
  return { current, state: inspection.status === 'CLOSED' ? 'finish' : 'process' };
}

/**
 * Khiển trách, cảnh cáo for anyone; cách chức only for a member who holds a post; khai trừ for a
 * member; giải tán for an organisation.
 */
export function disciplinaryFormsFor(subject: SubjectType, holdsPost: boolean): DisciplinaryForm[] {
  if (subject === 'ORGANIZATION') {
    return ['REPRIMAND', 'WARNING', 'DISSOLUTION'];
  }
  return holdsPost ? ['REPRIMAND', 'WARNING', 'REMOVAL_FROM_POST', 'EXPULSION'] : ['REPRIMAND', 'WARNING', 'EXPULSION'];
}

/** An action may cite an inspection only once it is concluded (or closed) and its conclusion found a violation. */
export function canCiteInspection(status: InspectionStatus, violationFound: boolean | undefined): boolean {
  return (status === 'CONCLUDED' || status === 'CLOSED') && violationFound === true;
}

export function disciplinarySourcesFor(inspectionCitable: boolean): DisciplinarySource[] {
  const others: DisciplinarySource[] = ['DENUNCIATION', 'SELF_CRITICISM', 'OTHER'];
  return inspectionCitable ? ['INSPECTION', ...others] : others;
}

/** Forms with consequences beyond the record itself, worth a warning before saving. */
export function consequenceOf(form: DisciplinaryForm | undefined): 'expulsion' | 'dissolution' | undefined {
  if (form === 'EXPULSION') {
    return 'expulsion';
  }
  return form === 'DISSOLUTION' ? 'dissolution' : undefined;
}
