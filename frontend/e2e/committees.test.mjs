// Browser flow of the steering committee (issue 17): the admin opens the province's committee and
// reads its members and its 2024 plan, each target's result and status as the API computes them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, apiToken, chooseOption, signIn, USERS, withPage } from './support.mjs';

test('admin opens the province committee and sees its members and the 2024 targets', async () => {
  const token = await apiToken(USERS.admin);
  const { items } = await api(token, 'GET', '/committees?size=200');
  const province = items.find((committee) => committee.unit.code === '22');
  assert.ok(province, 'the demo has the province committee');
  const members = await api(token, 'GET', `/committees/${province.id}/members`);
  const plan = await api(token, 'GET', `/committees/${province.id}/plans/2024`);
  assert.ok(members.length > 0 && plan.targets.length > 0, 'the demo committee has members and 2024 targets');

  await withPage('admin-committee', async (page) => {
    await signIn(page, USERS.admin, { landing: 'dashboard' });
    await page.getByRole('menuitem', { name: /Ban Chỉ đạo/ }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/committees'));
    await page.getByRole('heading', { name: 'Ban Chỉ đạo thực hiện dân chủ ở cơ sở', level: 1 }).waitFor();
    if ((await page.getByRole('combobox', { name: 'Chọn Ban Chỉ đạo' }).count()) > 0) {
      await chooseOption(
        page,
        page.getByRole('combobox', { name: 'Chọn Ban Chỉ đạo' }),
        `${province.name} — ${province.unit.name}`,
      );
    }
    await page.getByText(province.name, { exact: true }).first().waitFor();

    await page.getByRole('tab', { name: 'Thành viên' }).click();
    const memberTable = page.getByRole('tabpanel', { name: 'Thành viên' });
    for (const member of members) {
      await memberTable.getByRole('cell', { name: member.fullName, exact: true }).first().waitFor();
    }
    await memberTable.getByRole('cell', { name: 'Trưởng ban', exact: true }).first().waitFor();

    await page.getByRole('tab', { name: 'Kế hoạch và chỉ tiêu' }).click();
    await chooseOption(page, page.getByRole('combobox', { name: 'Năm' }), 'Năm 2024');
    await page.getByText(`Chủ đề: ${plan.theme}`).waitFor();
    for (const target of plan.targets) {
      const status = page.getByTestId(`target-status-${target.id}`);
      await status.waitFor();
      const expected = { ON_TRACK: 'Đúng tiến độ', AT_RISK: 'Có nguy cơ không đạt', MET: 'Đạt', MISSED: 'Không đạt' }[
        target.status
      ];
      assert.equal((await status.innerText()).trim(), expected, `target ${target.label ?? target.figureLabel}`);
    }
  });
});
