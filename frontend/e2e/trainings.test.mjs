// Browser flow of the Trainings page against the real Keycloak and backend with the Quảng Ninh demo
// data: an officer of Phường Bạch Đằng (06694) records a training and finds it in the list and in the
// totals, which the server counts. The year 2023 keeps it apart from the demo year 2024.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, apiToken, chooseOption, formItem, signIn, uniqueCode, USERS, withPage } from './support.mjs';

/** The value of the statistic titled `title` in the totals card. */
function statistic(page, title) {
  return page.locator('.ant-statistic', { hasText: title }).locator('.ant-statistic-content');
}

test('officer records a training and finds it in the list and in the totals', async () => {
  await withPage('officer-training', async (page) => {
    await signIn(page, USERS.officerBachDang);

    await page.getByRole('menuitem', { name: 'Tập huấn' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/trainings'));
    await page.getByRole('heading', { name: 'Tập huấn, bồi dưỡng' }).waitFor();

    const code = uniqueCode();
    const topic = `Tập huấn quy chế dân chủ ${code}`;
    await page.getByRole('button', { name: 'Thêm lớp tập huấn' }).click();
    await page.getByText('Thêm lớp tập huấn mới').waitFor();
    // The officer's own unit is the organiser unless they choose another below it.
    await formItem(page, 'Đơn vị tổ chức').getByText('Phường Bạch Đằng').waitFor();

    // Blanks pass the browser's required check only if trimmed away; the form refuses them at the field.
    await formItem(page, 'Chủ đề').locator('input').fill('   ');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await formItem(page, 'Chủ đề').locator('.ant-form-item-explain-error').first().waitFor();

    await formItem(page, 'Ngày tổ chức').locator('input').fill('14/05/2023');
    await formItem(page, 'Ngày tổ chức').locator('input').press('Enter');
    await formItem(page, 'Chủ đề').locator('input').fill(topic);
    await formItem(page, 'Đối tượng').locator('input').fill('Tổ trưởng tổ dân phố');
    await formItem(page, 'Số lượt người tham dự').locator('input').fill('37');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(`Đã thêm lớp tập huấn ${topic}`).waitFor();

    await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });

    // Found by words typed without tone marks, then by its year; the totals follow the same filters.
    await page.getByRole('searchbox').fill(`tap huan quy che dan chu ${code.toLowerCase()}`);
    const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: topic });
    await row.waitFor();
    await page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
    await chooseOption(page, page.getByRole('combobox', { name: 'Năm' }), 'Năm 2023');
    await page.getByText('Tổng hợp năm 2023').waitFor();
    await row.waitFor();
    assert.equal(await page.locator('.ant-table-tbody tr.ant-table-row').count(), 1);
    await row.getByText('14/05/2023').waitFor();
    await row.getByText('Phường Bạch Đằng').waitFor();
    await row.getByText('Tổ trưởng tổ dân phố').waitFor();
    await statistic(page, 'Số lớp tập huấn').filter({ hasText: /^1$/ }).waitFor();
    await statistic(page, 'Số lượt người tham dự').filter({ hasText: /^37$/ }).waitFor();

    // The record itself, as another system would read it.
    const token = await apiToken(USERS.officerBachDang);
    const found = await api(token, 'GET', `/trainings?q=${encodeURIComponent(code)}`);
    assert.equal(found.total, 1);
    assert.equal(found.items[0].organizerUnit.code, '06694');
    assert.equal(found.items[0].date, '2023-05-14');
    assert.equal(found.items[0].attendances, 37);
  });
});

test('viewer reads the trainings without buttons that write; the members page is not theirs', async () => {
  await withPage('viewer-trainings', async (page) => {
    await signIn(page, USERS.viewer);

    await page.getByRole('menuitem', { name: 'Tập huấn' }).click();
    await page.getByRole('heading', { name: 'Tập huấn, bồi dưỡng' }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    assert.equal(await page.getByRole('button', { name: /^(Thêm|Sửa|Xóa)/ }).count(), 0);
    assert.equal(await page.getByRole('menuitem', { name: 'Đảng viên' }).count(), 0);
  });
});
