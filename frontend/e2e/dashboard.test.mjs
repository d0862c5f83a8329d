// Browser flow of the dashboard, the start page: the viewer signs in, lands on the province's
// review, picks 2024 (the demo year) and sees the figures the API computes, then drills into Hạ Long.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, apiToken, signIn, USERS, withPage } from './support.mjs';

const COUNT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

function figure(report, key) {
  return report.sections.flatMap((section) => section.figures).find((f) => f.key === key);
}

test('viewer lands on the dashboard and sees the figures of the API, down to a district', async () => {
  const year = 2024;
  const token = await apiToken(USERS.viewer);
  const report = await api(token, 'GET', `/reports/annual?year=${year}`);
  const haLong = report.breakdown.find((row) => row.unit.code === '193');
  assert.ok(haLong, 'Hạ Long is a child of the province');
  const haLongReport = await api(token, 'GET', `/reports/annual?year=${year}&unitId=${haLong.unit.id}`);

  await withPage('viewer-dashboard', async (page) => {
    await signIn(page, USERS.viewer, { landing: 'dashboard' });
    await page.getByRole('heading', { name: 'Kết quả thực hiện dân chủ ở cơ sở' }).waitFor();
    await page.getByRole('combobox', { name: 'Năm' }).click();
    // The visible item: Ant Design's accessible options only list the ones near the active one.
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: `Năm ${year}` })
      .click();
    await page.getByText(`kỳ báo cáo ${year}-01-01`).waitFor();
    await page.getByText(`${report.unit.name} · kỳ báo cáo`).waitFor();

    assert.equal(figure(report, 'trainings.attendances').value, 8_532, "the seed's attendances");
    for (const key of [
      'trainings.classes',
      'trainings.attendances',
      'inspections.membersInspected',
      'documents.issued',
    ]) {
      const card = page.getByTestId(`figure-${key}`);
      const { value, previous } = figure(report, key);
      await card.getByText(COUNT.format(value), { exact: true }).waitFor();
      assert.match(await card.innerText(), new RegExp(`Kỳ trước: ${COUNT.format(previous).replace('.', '\\.')}`));
    }

    await page.getByTestId('breakdown').getByRole('button', { name: 'Thành phố Hạ Long' }).click();
    await page.getByText(`${haLongReport.unit.name} · kỳ báo cáo`).waitFor();
    const attendances = figure(haLongReport, 'trainings.attendances').value;
    await page
      .getByTestId('figure-trainings.attendances')
      .getByText(COUNT.format(attendances), { exact: true })
      .waitFor();

    // The PDF export downloads a file named after the unit and the period.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /PDF/ }).click();
    assert.match((await download).suggestedFilename(), new RegExp(`^bao-cao-193-${year}-01-01-${year}-12-31\\.pdf$`));
  });
});
