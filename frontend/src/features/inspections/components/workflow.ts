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
 * What an inspection's pages offer. Which operations a record allows now comes from the API
 * (`allowedActions`, computed by InspectionActions); what is here shapes the forms and the display.
 * The server stays the judge: a refused step still shows its 409 reason.
 */

/** The server's default topic (InspectionDtos.DEFAULT_TOPIC), stored in Vietnamese whatever the UI language. */
export const DEFAULT_TOPIC = 'Việc thực hiện dân chủ ở cơ sở';

export type Transition = 'start' | 'conclude' | 'close' | 'cancel';

/** The state changes, in the order their buttons are offered; their wire names are the SPA's verbs. */
const TRANSITIONS: readonly Transition[] = ['start', 'conclude', 'close', 'cancel'];

/** The state changes the API allows the caller now (`allowedActions`). */
export function allowedTransitions(inspection: Pick<Inspection, 'allowedActions'>): Transition[] {
  return TRANSITIONS.filter((transition) => inspection.allowedActions.includes(transition));
}

/** Whether the API allows editing the plan (`update`) now. */
export function mayEditPlan(inspection: Pick<Inspection, 'allowedActions'>): boolean {
  return inspection.allowedActions.includes('update');
}

/** Whether the API allows recording or replacing the conclusion (`conclusion`) now. */
export function mayEditConclusion(inspection: Pick<Inspection, 'allowedActions'>): boolean {
  return inspection.allowedActions.includes('conclusion');
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

/** Kind and subject change only while PLANNED (the form locks them otherwise; the server refuses). */
export function canChangeSubject(status: InspectionStatus): boolean {
  return status === 'PLANNED';
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
