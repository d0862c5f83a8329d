import { describe, expect, it } from 'vitest';
import type { InspectionStatus } from '../api';
import {
  allowedTransitions,
  canChangeSubject,
  canCiteInspection,
  consequenceOf,
  disciplinaryFormsFor,
  disciplinarySourcesFor,
  formsFor,
  mayEditConclusion,
  mayEditPlan,
  stepOf,
} from './workflow';

describe('allowedTransitions', () => {
  it('offers exactly the state changes the API allows, in a stable order', () => {
    expect(allowedTransitions({ allowedActions: ['cancel', 'update', 'start'] })).toEqual(['start', 'cancel']);
    expect(allowedTransitions({ allowedActions: ['close', 'conclusion'] })).toEqual(['close']);
    expect(allowedTransitions({ allowedActions: ['conclude', 'cancel', 'conclusion'] })).toEqual([
      'conclude',
      'cancel',
    ]);
  });

  it('offers nothing when the API allows nothing', () => {
    expect(allowedTransitions({ allowedActions: [] })).toEqual([]);
    expect(allowedTransitions({ allowedActions: ['update', 'conclusion'] })).toEqual([]);
  });
});

describe('forms and edits by status', () => {
  it('gives a supervision regular or thematic forms, an inspection thematic or on signs of violation', () => {
    expect(formsFor('SUPERVISION')).toEqual(['REGULAR', 'THEMATIC']);
    expect(formsFor('INSPECTION')).toEqual(['THEMATIC', 'ON_SIGNS_OF_VIOLATION']);
    expect(formsFor(undefined)).toEqual([]);
  });

  it('locks the subject once the inspection has started', () => {
    const statuses: InspectionStatus[] = ['PLANNED', 'IN_PROGRESS', 'CONCLUDED', 'CLOSED', 'CANCELLED'];
    expect(statuses.filter(canChangeSubject)).toEqual(['PLANNED']);
  });

  it('edits the plan and the conclusion exactly when the API allows update and conclusion', () => {
    expect(mayEditPlan({ allowedActions: ['update'] })).toBe(true);
    expect(mayEditPlan({ allowedActions: ['conclusion', 'cancel'] })).toBe(false);
    expect(mayEditConclusion({ allowedActions: ['conclusion'] })).toBe(true);
    expect(mayEditConclusion({ allowedActions: ['update', 'close'] })).toBe(false);
  });
});

describe('stepOf', () => {
  it('walks the four steps and finishes when closed', () => {
    expect(stepOf({ status: 'PLANNED', actualStart: null })).toEqual({ current: 0, state: 'process' });
    expect(stepOf({ status: 'IN_PROGRESS', actualStart: '2025-03-02' })).toEqual({ current: 1, state: 'process' });
    expect(stepOf({ status: 'CONCLUDED', actualStart: '2025-03-02' })).toEqual({ current: 2, state: 'process' });
    expect(stepOf({ status: 'CLOSED', actualStart: '2025-03-02' })).toEqual({ current: 3, state: 'finish' });
  });

  it('stops a cancelled inspection in red at the step it had reached', () => {
    expect(stepOf({ status: 'CANCELLED', actualStart: null })).toEqual({ current: 0, state: 'error' });
    expect(stepOf({ status: 'CANCELLED', actualStart: '2025-03-02' })).toEqual({ current: 1, state: 'error' });
  });
});

describe('disciplinary actions', () => {
  it('offers an organisation reprimand, warning or dissolution', () => {
    expect(disciplinaryFormsFor('ORGANIZATION', false)).toEqual(['REPRIMAND', 'WARNING', 'DISSOLUTION']);
    expect(disciplinaryFormsFor('ORGANIZATION', true)).toEqual(['REPRIMAND', 'WARNING', 'DISSOLUTION']);
  });

  it('offers removal from post only to a member who holds one, and never dissolution', () => {
    expect(disciplinaryFormsFor('MEMBER', true)).toEqual(['REPRIMAND', 'WARNING', 'REMOVAL_FROM_POST', 'EXPULSION']);
    expect(disciplinaryFormsFor('MEMBER', false)).toEqual(['REPRIMAND', 'WARNING', 'EXPULSION']);
  });

  it('cites an inspection only once it is concluded or closed with a violation found', () => {
    expect(canCiteInspection('CONCLUDED', true)).toBe(true);
    expect(canCiteInspection('CLOSED', true)).toBe(true);
    expect(canCiteInspection('CONCLUDED', false)).toBe(false);
    expect(canCiteInspection('IN_PROGRESS', true)).toBe(false);
    expect(canCiteInspection('CLOSED', undefined)).toBe(false);
    expect(disciplinarySourcesFor(true)).toEqual(['INSPECTION', 'DENUNCIATION', 'SELF_CRITICISM', 'OTHER']);
    expect(disciplinarySourcesFor(false)).toEqual(['DENUNCIATION', 'SELF_CRITICISM', 'OTHER']);
  });

  it('warns of what an expulsion or dissolution changes', () => {
    expect(consequenceOf('EXPULSION')).toBe('expulsion');
    expect(consequenceOf('DISSOLUTION')).toBe('dissolution');
    expect(consequenceOf('WARNING')).toBeUndefined();
  });
});
