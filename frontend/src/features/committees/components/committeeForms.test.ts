import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { memberRequestBody, memberValues } from './MemberFormDrawer';
import { planRequestBody, targetRequestBody, taskRequestBody } from './PlanFormDrawers';
import { remedyRequestBodies, shortcomingRequestBody } from './ShortcomingFormDrawer';

describe('memberRequestBody', () => {
  it('sends a new member with their units and account, blank texts left out', () => {
    expect(
      memberRequestBody({
        fullName: '  Nguyễn Văn An ',
        position: ' Phó Chủ tịch UBND xã ',
        role: 'DEPUTY_HEAD',
        since: dayjs('2026-01-05'),
        until: null,
        unitIds: [12, 15],
        username: ' ',
        tasks: undefined,
      }),
    ).toEqual({
      fullName: 'Nguyễn Văn An',
      position: 'Phó Chủ tịch UBND xã',
      role: 'DEPUTY_HEAD',
      since: '2026-01-05',
      until: undefined,
      unitIds: [12, 15],
      username: undefined,
      tasks: undefined,
      version: undefined,
    });
  });

  it('ends a membership: the member as read, with the last day and the version read', () => {
    const values = memberValues({
      id: 7,
      committeeId: 3,
      fullName: 'Trần Thị Bình',
      position: null,
      role: 'MEMBER',
      since: '2024-02-01',
      until: null,
      serving: true,
      username: 'binh.tt',
      tasks: 'Theo dõi thôn 1',
      units: [{ id: 21, code: 'T1', name: 'Thôn 1' } as never],
      version: 4,
    });
    expect(memberRequestBody({ ...values, until: dayjs('2026-11-30') }, 4)).toEqual({
      fullName: 'Trần Thị Bình',
      position: undefined,
      role: 'MEMBER',
      since: '2024-02-01',
      until: '2026-11-30',
      unitIds: [21],
      username: 'binh.tt',
      tasks: 'Theo dõi thôn 1',
      version: 4,
    });
  });
});

describe('shortcoming request bodies', () => {
  const values = {
    year: 2026,
    kind: 'LEFT_TO_STANDING_OFFICE' as const,
    description: ' Phó mặc cho bộ phận thường trực ',
    unitIds: [5],
    subjectiveCauses: 'Thành viên chưa đi cơ sở',
    objectiveCauses: '  ',
    remedies: [
      { action: ' Phân công lại địa bàn ', ownerUnitId: 5, deadline: dayjs('2027-03-31') },
      { action: '', ownerUnitId: undefined, deadline: undefined },
    ],
  };

  it('sends the units concerned, the kind and the causes split in two', () => {
    expect(shortcomingRequestBody(values)).toEqual({
      year: 2026,
      kind: 'LEFT_TO_STANDING_OFFICE',
      description: 'Phó mặc cho bộ phận thường trực',
      unitIds: [5],
      subjectiveCauses: 'Thành viên chưa đi cơ sở',
      objectiveCauses: undefined,
    });
  });

  it('sends one remedy per row filled in, with its owner unit and deadline', () => {
    expect(remedyRequestBodies(values)).toEqual([
      { action: 'Phân công lại địa bàn', ownerUnitId: 5, deadline: '2027-03-31' },
    ]);
  });
});

describe('plan request bodies', () => {
  it('sends the plan of the year with its theme', () => {
    expect(planRequestBody(2026, { theme: ' Năm dân vận khéo ' })).toEqual({ year: 2026, theme: 'Năm dân vận khéo' });
  });

  it('sends a share target as a fraction and a count as typed', () => {
    expect(targetRequestBody({ figureKey: 'regulations.share', comparator: 'GE', threshold: 90 }, true)).toEqual({
      figureKey: 'regulations.share',
      comparator: 'GE',
      threshold: 0.9,
      unitId: undefined,
      label: undefined,
    });
    expect(
      targetRequestBody(
        { figureKey: 'feedback.overdue', comparator: 'LE', threshold: 3, unitId: 9, label: ' Quá hạn ' },
        false,
      ),
    ).toEqual({ figureKey: 'feedback.overdue', comparator: 'LE', threshold: 3, unitId: 9, label: 'Quá hạn' });
  });

  it('sends a task with its owner and deadline, blank ones left out', () => {
    expect(taskRequestBody({ title: ' Tập huấn cho thôn ', owner: '', deadline: dayjs('2026-06-30') })).toEqual({
      title: 'Tập huấn cho thôn',
      owner: undefined,
      deadline: '2026-06-30',
    });
  });
});
