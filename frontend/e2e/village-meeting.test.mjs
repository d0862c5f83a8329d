// Browser flow of issue 18's "dân bàn": an officer of Phường Bạch Đằng (06694) records a meeting of
// Tổ dân phố 1 where more than half of all the households agreed to an item, finds it in the list as
// decided, and sees it counted in the annual review's "dân bàn" figure and among the items decided.
// The year 2023 keeps it apart from the demo year 2024; the figures are read before and after.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, apiToken, chooseOption, formItem, signIn, TIMEOUT, uniqueCode, USERS, withPage } from './support.mjs';

const YEAR = '2023';
/** The annual review is computed from the records on request: slow on a loaded two-core machine. */
const REPORT_TIMEOUT = TIMEOUT * 4;
const FIGURES = { discuss: 'rights.records.DISCUSS', decided: 'conferences.itemsDecided' };

/** The same figures as the API computes them for the officer's unit. */
async function apiFigures(token) {
  const report = await api(token, 'GET', `/reports/annual?year=${YEAR}&format=json`);
  const all = report.sections.flatMap((section) => section.figures);
  const value = (key) => all.find((figure) => figure.key === key).value;
  return { discuss: value(FIGURES.discuss), decided: value(FIGURES.decided) };
}

/** The number shown by the review's figure `key` (its data-testid is `figure-<key>`). */
async function figure(page, key) {
  const text = await page.getByTestId(`figure-${key}`).locator('.ant-statistic-content').innerText();
  return Number(text.replace(/\D/g, ''));
}

/** Opens the review of the officer's unit for 2023 and reads the "dân bàn" and items-decided figures. */
async function reviewFigures(page) {
  await page.getByRole('menuitem', { name: /Tổng quan$/ }).click();
  await page.waitForURL((url) => url.pathname.endsWith('/dashboard'));
  await chooseOption(page, page.getByRole('combobox', { name: 'Năm' }), `Năm ${YEAR}`);
  await page.getByTestId('report-period').filter({ hasText: YEAR }).waitFor({ timeout: REPORT_TIMEOUT });
  // The rights section's "dân bàn" figure, labelled as the review's bundle says.
  await page.getByTestId(`figure-${FIGURES.discuss}`).filter({ hasText: 'dân bàn' }).waitFor();
  return { discuss: await figure(page, FIGURES.discuss), decided: await figure(page, FIGURES.decided) };
}

test('officer records a village meeting with a decided item and sees it in the review’s "dân bàn"', async () => {
  await withPage('village-meeting', async (page) => {
    const token = await apiToken(USERS.officerBachDang);
    const before = await apiFigures(token);
    await signIn(page, USERS.officerBachDang, { landing: 'dashboard' });

    await page.getByRole('menuitem', { name: 'Hội nghị, đối thoại' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/conferences'));
    const code = uniqueCode();
    const title = `Hội nghị tổ dân phố 1 bàn làm đường ${code}`;
    const item = `Đóng góp bê tông hóa ngõ 12 ${code}`;
    await page.getByRole('button', { name: 'Thêm hội nghị, đối thoại' }).click();
    await page.getByText('Thêm hội nghị, đối thoại mới').waitFor();

    // The date first: the unit picker offers the units of that day.
    const date = formItem(page, 'Ngày tổ chức').locator('input');
    await date.click();
    await date.fill('12/03/2023');
    await date.press('Enter');
    const unit = formItem(page, 'Đơn vị tổ chức').getByRole('combobox');
    await unit.click();
    await unit.fill('Tổ dân phố 1');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: /^Tổ dân phố 1 \(06694-TDP1\)$/ })
      .click();
    // A village holds only village meetings: the kind comes by itself.
    await formItem(page, 'Hình thức').getByText('Hội nghị thôn, tổ dân phố').waitFor();
    await formItem(page, 'Tên hội nghị').locator('input').fill(title);
    await formItem(page, 'Số người dự').locator('input').fill('96');
    await formItem(page, 'Số hộ của thôn').locator('input').fill('120');
    await formItem(page, 'Số hộ dự họp').locator('input').fill('90');
    await page.getByRole('button', { name: 'Thêm nội dung' }).click();
    // The item's fields sit inside the items' own form item: found by their ids.
    await page.locator('#conference_items_0_title').fill(item);
    await page.locator('#conference_items_0_votesFor').fill('78');
    await page.locator('#conference_items_0_votesAgainst').fill('8');
    await page.locator('#conference_items_0_votesAbstain').fill('4');
    await chooseOption(page, page.locator('#conference_items_0_contribution'), 'Tiền');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(`Đã thêm ${title}`).waitFor();
    await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });

    // In the list, decided: 78 of 120 households agreed at a meeting of 90 households.
    await page.getByRole('searchbox').fill(code.toLowerCase());
    await chooseOption(page, page.getByRole('combobox', { name: 'Năm' }), `Năm ${YEAR}`);
    const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: title });
    await row.waitFor();
    await row.getByText('12/03/2023', { exact: true }).waitFor();
    await row.getByText('Tổ dân phố 1', { exact: true }).waitFor();
    await row
      .getByTestId('conference-decided')
      .filter({ hasText: /^1\/1$/ })
      .waitFor();

    // The record as another system would read it.
    const found = await api(token, 'GET', `/conferences?q=${encodeURIComponent(code)}`);
    assert.equal(found.total, 1);
    assert.equal(found.items[0].kind, 'VILLAGE_MEETING');
    assert.equal(found.items[0].quorate, true);
    assert.equal(found.items[0].items[0].decided, true);
    assert.deepEqual(found.items[0].rights.includes('DISCUSS'), true);

    // The review of Phường Bạch Đằng for 2023 counts it under "dân bàn" and among the items decided.
    const after = await reviewFigures(page);
    assert.deepEqual(after, { discuss: before.discuss + 1, decided: before.decided + 1 });
    assert.deepEqual(await apiFigures(token), after);
  });
});
