import { describe, expect, it } from 'vitest';
import { translate } from '@/lib/i18n';
import { actionWords, actorWords, fieldWords, formatVietnamTime, isTechnicalField, valueWords } from './historyWords';

const vi = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('vi', key, params);
const en = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params);
const feedback = { values: { status: 'feedbackStatus' }, unitFields: ['unit'] };

describe('the history in words', () => {
  it('writes instants in Vietnam time as dd/MM/yyyy HH:mm, whatever the browser’s zone', () => {
    expect(formatVietnamTime('2026-12-03T02:32:00Z')).toBe('03/12/2026 09:32');
    expect(formatVietnamTime('2026-12-31T20:00:00Z')).toBe('01/01/2027 03:00');
    expect(valueWords('acknowledgeDueAt', '2026-12-03T02:32:00Z', {}, vi)).toBe('03/12/2026 09:32');
    expect(valueWords('issueDate', '2025-07-01', {}, vi)).toBe('01/07/2025');
  });

  it('says statuses, yes and no and empty values in words, in both languages', () => {
    expect(valueWords('status', 'RECEIVED', feedback, vi)).not.toBe('RECEIVED');
    expect(valueWords('status', 'RECEIVED', feedback, vi)).toBe(vi('feedbackStatus.RECEIVED'));
    expect(valueWords('status', 'RECEIVED', feedback, en)).toBe(en('feedbackStatus.RECEIVED'));
    expect(valueWords('answerPublished', 'true', {}, vi)).toBe('Có');
    expect(valueWords('answerPublished', 'false', {}, en)).toBe('No');
    expect(valueWords('answer', null, {}, vi)).toBe('(trống)');
    expect(valueWords('unit', '06694', feedback, vi, () => 'Phường Bạch Đằng')).toBe('Phường Bạch Đằng (06694)');
  });

  it('names actions, fields and the shared accounts', () => {
    expect(actionWords('SUBMITTED', {}, vi)).toBe('Người dân gửi qua cổng thông tin');
    expect(actionWords('SUBMITTED', {}, en)).toBe('Sent through the web portal');
    expect(actionWords('SOMETHING_NEW', {}, vi)).toBe('Something new');
    expect(fieldWords('acknowledgeDueAt', {}, vi)).toBe('Hạn tiếp nhận');
    expect(fieldWords('comments.12.outcome', {}, vi)).toBe('Kết quả tiếp thu góp ý số 12');
    expect(actorWords('public', vi)).toBe('người gửi (qua cổng thông tin)');
    expect(actorWords('officer.bachdang', vi)).toBe('officer.bachdang');
  });

  it('leaves hashes and internal ids out', () => {
    expect(isTechnicalField('textSha256')).toBe(true);
    expect(isTechnicalField('consultationId')).toBe(true);
    expect(isTechnicalField('version')).toBe(true);
    expect(isTechnicalField('status')).toBe(false);
    expect(isTechnicalField('subjectOrganizationId', { fields: { subjectOrganizationId: 'history.field.unit' } })).toBe(
      false,
    );
  });
});
