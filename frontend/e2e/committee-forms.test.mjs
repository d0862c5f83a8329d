// Browser flow of the committee's own records (issue 17): an officer adds a member who follows a
// commune picked from the tree, ends that membership, and records a shortcoming with its subjective
// and objective causes and a remedy owned by the commune — all through the SPA's forms. On a phone
// (390 px) the member form opens as a drawer that fits the screen.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { api, APP_URL, apiToken, chooseOption, formItem, signIn, uniqueCode, USERS, withPage } from './support.mjs';

const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');

/** Today in Vietnam, as yyyy-mm-dd. */
function todayInVietnam() {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** yyyy-mm-dd as the date pickers show it (dd/mm/yyyy). */
function shown(date) {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** Types a day into an Ant Design date picker and leaves it. */
async function fillDate(page, label, date) {
  const input = formItem(page, label).locator('input');
  await input.click();
  await input.fill(shown(date));
  await input.press('Tab');
}

async function pickUnit(page, label, unit, index = 0) {
  await formItem(page, label).nth(index).locator('.ant-select').click();
  await page.keyboard.type(unit.code);
  await page
    .locator(`.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper[title="${unit.name} (${unit.code})"]`)
    .click();
  await page.keyboard.press('Escape');
}

async function openCommittees(page, committee) {
  await page.goto(`${APP_URL}/committees`);
  await page.getByRole('heading', { name: 'Ban Chỉ đạo thực hiện dân chủ ở cơ sở', level: 1 }).waitFor();
  if ((await page.getByRole('combobox', { name: 'Chọn Ban Chỉ đạo' }).count()) > 0) {
    await chooseOption(
      page,
      page.getByRole('combobox', { name: 'Chọn Ban Chỉ đạo' }),
      `${committee.name} — ${committee.unit.name}`,
    );
  }
  await page.getByText(committee.name, { exact: true }).first().waitFor();
}

test('an officer adds a plan task and a committee member, ends the membership, and records a shortcoming with its remedy', async () => {
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  const admin = await apiToken(USERS.admin);
  const officer = await apiToken(USERS.officerHaLong);

  const haLong = (await api(admin, 'GET', '/units?q=193')).items.find((unit) => unit.code === '193');
  const code = uniqueCode();
  const commune = await api(admin, 'POST', '/units', {
    code: `${code}-X`,
    name: `Xã Thử Thành viên ${code}`,
    type: 'COMMUNE',
    parentId: haLong.id,
    validFrom: '2020-01-01',
  });
  const committees = (await api(officer, 'GET', '/committees?size=200')).items;
  const committee =
    committees.find((c) => c.unit.code === '193') ??
    (await api(officer, 'POST', '/committees', {
      unitId: haLong.id,
      name: 'Ban Chỉ đạo thực hiện dân chủ ở cơ sở thành phố Hạ Long',
      decisionNumber: '15-QĐ/TU',
      decisionDate: '2021-03-02',
    }));

  const plans = await api(officer, 'GET', `/committees/${committee.id}/plans`);
  if (!plans.some((plan) => plan.year === year)) {
    await api(officer, 'POST', `/committees/${committee.id}/plans`, {
      year,
      theme: 'Nâng cao chất lượng dân chủ ở cơ sở',
    });
  }
  const task = `Tập huấn quy chế dân chủ cho ${commune.name}`;
  const fullName = `Lê Văn Thử ${code}`;
  const description = `${commune.name}: ít người dự hội nghị ở thôn (${code})`;
  const action = `Tổ chức lại hội nghị thôn của ${commune.name}`;
  await withPage('officer-committee-forms', async (page) => {
    await signIn(page, USERS.officerHaLong, { landing: 'dashboard' });
    await openCommittees(page, committee);

    // A task added to the year's plan.
    await page.getByRole('tab', { name: 'Kế hoạch và chỉ tiêu' }).click();
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    await formItem(page, 'Nhiệm vụ').locator('textarea').fill(task);
    await formItem(page, 'Chủ trì').locator('input').fill(commune.name);
    await fillDate(page, 'Thời hạn', `${year}-12-15`);
    await page.locator('.ant-drawer-open').getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu kế hoạch.').waitFor();
    await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });
    await page.getByRole('tabpanel', { name: 'Kế hoạch và chỉ tiêu' }).getByRole('cell', { name: task }).waitFor();
    const added = (await api(officer, 'GET', `/committees/${committee.id}/plans/${year}`)).tasks.find(
      (t) => t.title === task,
    );
    assert.equal(added.owner, commune.name);
    assert.equal(added.deadline, `${year}-12-15`);

    // A member, standing on the committee, who follows the new commune.
    await page.getByRole('tab', { name: 'Thành viên' }).click();
    await page.getByRole('button', { name: 'Thêm thành viên' }).click();
    await formItem(page, 'Họ và tên').locator('input').fill(fullName);
    await formItem(page, 'Chức vụ').locator('input').fill('Phó Chủ tịch Ủy ban Mặt trận Tổ quốc');
    await chooseOption(page, formItem(page, 'Vai trò').getByRole('combobox'), 'Thường trực');
    await fillDate(page, 'Tham gia từ ngày', `${year}-01-15`);
    await pickUnit(page, 'Địa bàn theo dõi', commune);
    await formItem(page, 'Nhiệm vụ được phân công').locator('textarea').fill('Theo dõi việc tổ chức hội nghị thôn');
    await page.locator('.ant-drawer-open').getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(`Đã lưu thành viên ${fullName}.`).waitFor();
    const memberRow = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: fullName });
    await memberRow.getByText(commune.name).waitFor();
    const member = (await api(officer, 'GET', `/committees/${committee.id}/members`)).find(
      (m) => m.fullName === fullName,
    );
    assert.equal(member.role, 'STANDING_MEMBER');
    assert.equal(member.since, `${year}-01-15`);
    assert.deepEqual(
      member.units.map((u) => u.id),
      [commune.id],
    );
    assert.equal(member.until, null);

    // The membership ends today: the same record, with its last day.
    await memberRow.getByRole('button', { name: 'Thôi tham gia' }).click();
    await fillDate(page, 'Thôi tham gia từ ngày', today);
    await page.locator('.ant-drawer-open').getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(`Đã lưu thành viên ${fullName}.`).first().waitFor();
    await memberRow.getByText(`15/01/${year} – ${shown(today)}`).waitFor();
    const ended = (await api(officer, 'GET', `/committees/${committee.id}/members`)).find((m) => m.id === member.id);
    assert.equal(ended.until, today);
    assert.deepEqual(
      ended.units.map((u) => u.id),
      [commune.id],
    );

    // A shortcoming about the commune, its causes, and a remedy the commune owns.
    await page.getByRole('tab', { name: 'Hạn chế và giải pháp' }).click();
    await page.getByRole('button', { name: 'Ghi nhận hạn chế' }).click();
    await chooseOption(page, formItem(page, 'Loại hạn chế').getByRole('combobox'), 'Ít người tham gia');
    await formItem(page, 'Nội dung hạn chế').locator('textarea').fill(description);
    await pickUnit(page, 'Đơn vị liên quan', commune);
    await formItem(page, 'Nguyên nhân chủ quan').locator('textarea').fill('Thông báo họp muộn');
    await formItem(page, 'Nguyên nhân khách quan').locator('textarea').fill('Mùa vụ');
    await formItem(page, 'Giải pháp khắc phục').locator('input').fill(action);
    await pickUnit(page, 'Đơn vị chủ trì', commune);
    await fillDate(page, 'Thời hạn', `${year + 1}-03-31`);
    await page.locator('.ant-drawer-open').getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã ghi nhận hạn chế.').waitFor();
    await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });
    const shortcomings = page.getByRole('tabpanel', { name: 'Hạn chế và giải pháp' });
    await shortcomings.getByText(description).waitFor();
    await shortcomings.getByText(`• ${action}`).waitFor();

    const recorded = (await api(officer, 'GET', `/committees/${committee.id}/shortcomings`)).find(
      (s) => s.description === description,
    );
    assert.equal(recorded.year, year);
    assert.equal(recorded.kind, 'LOW_PARTICIPATION');
    assert.deepEqual(
      recorded.units.map((u) => u.id),
      [commune.id],
    );
    assert.equal(recorded.subjectiveCauses, 'Thông báo họp muộn');
    assert.equal(recorded.objectiveCauses, 'Mùa vụ');
    assert.equal(recorded.remedies.length, 1);
    assert.equal(recorded.remedies[0].action, action);
    assert.equal(recorded.remedies[0].ownerUnit.id, commune.id);
    assert.equal(recorded.remedies[0].deadline, `${year + 1}-03-31`);
  });

  await withPage(
    'officer-committee-member-phone',
    async (page) => {
      await signIn(page, USERS.officerHaLong, { landing: 'dashboard' });
      await openCommittees(page, committee);
      await page.getByRole('tab', { name: 'Thành viên' }).click();
      await page.getByRole('button', { name: 'Thêm thành viên' }).click();
      await formItem(page, 'Họ và tên').locator('input').waitFor();
      // The unit tree has arrived (the picker is enabled) and the drawer has finished sliding in.
      await formItem(page, 'Địa bàn theo dõi').locator('.ant-select:not(.ant-select-disabled)').waitFor();
      await page.waitForFunction(() => {
        const drawer = document.querySelector('.ant-drawer-open .ant-drawer-content-wrapper');
        const box = drawer?.getBoundingClientRect();
        return box !== undefined && box.left >= 0 && box.right <= window.innerWidth + 1 && box.left < 40;
      });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `the page is ${width}px wide on a 390px phone`);
      await mkdir(RESULTS_DIR, { recursive: true });
      await page.screenshot({ path: join(RESULTS_DIR, 'committee-member-drawer-390.png') });
    },
    { viewport: { width: 390, height: 844 } },
  );
});
