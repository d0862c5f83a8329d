import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '@/api';
import { applyProblemToForm, formFieldFor } from './applyProblemToForm';

const FIELDS = ['code', 'name', 'parentId'];

describe('formFieldFor', () => {
  it('takes a plain field name as it is', () => {
    expect(formFieldFor('name', FIELDS)).toBe('name');
  });

  it('finds the field at the end of a Bean Validation path', () => {
    expect(formFieldFor('create.request.name', FIELDS)).toBe('name');
    expect(formFieldFor('update.arg1.parentId', FIELDS)).toBe('parentId');
    expect(formFieldFor('items[0].code', FIELDS)).toBe('code');
  });

  it('answers nothing for a field the form does not have', () => {
    expect(formFieldFor('create.request.colour', FIELDS)).toBeUndefined();
    expect(formFieldFor('', FIELDS)).toBeUndefined();
  });
});

describe('applyProblemToForm', () => {
  it('puts each server message under its field and returns the rest', () => {
    const form = { setFields: vi.fn() };
    const problem = new ApiProblem(400, {
      code: 'validation.failed',
      errors: [
        { field: 'create.request.name', message: 'must not be blank' },
        { field: 'name', message: 'size must be between 1 and 255' },
        { field: 'code', message: 'must not be blank' },
        { field: 'colour', message: 'unknown field' },
      ],
    });

    const unmatched = applyProblemToForm(form, problem, FIELDS);

    expect(form.setFields).toHaveBeenCalledWith([
      { name: 'name', errors: ['must not be blank', 'size must be between 1 and 255'] },
      { name: 'code', errors: ['must not be blank'] },
    ]);
    expect(unmatched).toEqual([{ field: 'colour', message: 'unknown field' }]);
  });

  it('leaves the form alone for a failure that is not a problem answer', () => {
    const form = { setFields: vi.fn() };
    expect(applyProblemToForm(form, new TypeError('Failed to fetch'), FIELDS)).toEqual([]);
    expect(form.setFields).not.toHaveBeenCalled();
  });
});
