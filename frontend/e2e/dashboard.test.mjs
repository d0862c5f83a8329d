// Browser flow of the dashboard, the start page: the viewer signs in, lands on the latest year with
// records, picks 2024 (the demo year) and sees the figures and the charts the API computes, then
// drills into Hạ Long.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, apiToken, assertAccessible, chooseOption, signIn, USERS, withPage } from './support.mjs';

const COUNT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const PERCENT = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

function figure(report, key) {
  return report.sections.flatMap((section) => section.figures).find((f) => f.key === key);
}

/** The rows of a chart's table (the numbers the chart draws, as screen readers get them). */
async function chartRows(page, testId) {
  return page
    .getByTestId(`${testId}-table`)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent.trim())));
}

/** The texts drawn in a chart's SVG (ECharts' SVG renderer writes labels as text). */
async function chartTexts(page, testId) {
  return page.getByTestId(testId).locator('svg text').allTextContents();
}

test('viewer lands on the dashboard and sees the figures and charts of the API, down to a district', async () => {
  const year = 2024;
  const token = await apiToken(USERS.viewer);
  const report = await api(token, 'GET', `/reports/annual?year=${year}`);
  const haLong = report.breakdown.find((row) => row.unit.code === '193');
  assert.ok(haLong, 'Hạ Long is a child of the province');
  const haLongReport = await api(token, 'GET', `/reports/annual?year=${year}&unitId=${haLong.unit.id}`);

  await withPage('viewer-dashboard', async (page) => {
    await signIn(page, USERS.viewer, { landing: 'dashboard' });
    await page.getByRole('heading', { name: 'Kết quả thực hiện dân chủ ở cơ sở', level: 1 }).waitFor();
    // It opens on a year with records, never on an empty one.
    await page.getByTestId('report-period').waitFor();
    assert.equal(await page.getByTestId('report-no-data').count(), 0, 'the dashboard opened on a year without records');

    await chooseOption(page, page.getByRole('combobox', { name: 'Năm' }), `Năm ${year}`);
    await page.getByText(`${report.unit.name} · kỳ báo cáo 01/01/${year} – 31/12/${year}`).waitFor();

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

    // Charts: inspections beside supervisions by child unit, as in the report's breakdown.
    await page.getByTestId('chart-inspections').locator('svg').waitFor();
    const inspected = await chartRows(page, 'chart-inspections');
    const children = report.breakdown.filter(
      (row) =>
        !row.own ||
        row.figures['inspections.organizationsInspected'] ||
        row.figures['inspections.organizationsSupervised'],
    );
    assert.deepEqual(
      inspected,
      children.map((row) => [
        row.own ? `${row.unit.name} (cấp mình)` : row.unit.name,
        COUNT.format(row.figures['inspections.organizationsInspected']),
        COUNT.format(row.figures['inspections.organizationsSupervised']),
      ]),
    );
    const drawn = await chartTexts(page, 'chart-inspections');
    assert.ok(
      drawn.includes(COUNT.format(haLong.figures['inspections.organizationsInspected'])),
      'the bar of Hạ Long is labelled with its number',
    );

    // Trainings by month add up to the year's classes and attendances.
    await page.getByTestId('chart-trainings').locator('svg').waitFor();
    const months = await chartRows(page, 'chart-trainings');
    assert.equal(months.length, 12);
    const sum = (column) => months.reduce((total, row) => total + Number(row[column].replaceAll('.', '')), 0);
    assert.equal(sum(1), figure(report, 'trainings.classes').value);
    assert.equal(sum(2), figure(report, 'trainings.attendances').value);

    // Feedback by right: answered on time + late + open = received, for each right.
    const rights = await chartRows(page, 'chart-feedback');
    const rightCodes = ['KNOW', 'DISCUSS', 'DO', 'INSPECT', 'SUPERVISE', 'BENEFIT'];
    rights.forEach((row, index) => {
      const total = row.slice(1).reduce((acc, cell) => acc + Number(cell.replaceAll('.', '')), 0);
      assert.equal(total, figure(report, `feedback.received.${rightCodes[index]}`).value, `feedback on ${row[0]}`);
    });

    // Regulation coverage by child unit, and this period beside the previous one.
    const coverage = await chartRows(page, 'chart-regulations');
    assert.deepEqual(
      coverage.find((row) => row[0] === haLong.unit.name),
      [haLong.unit.name, PERCENT.format(haLong.figures['regulations.share'])],
    );
    const comparison = await chartRows(page, 'chart-comparison');
    const documents = figure(report, 'documents.issued');
    assert.deepEqual(
      comparison.find((row) => row[0] === documents.label),
      [documents.label, COUNT.format(documents.value), COUNT.format(documents.previous)],
    );
    await assertAccessible(page, 'dashboard 2024');

    // The province has more lagging units than the report names: the card counts them all and says so.
    assert.ok(
      report.laggingTotal > report.lagging.length,
      `the demo province names ${report.lagging.length} of ${report.laggingTotal}`,
    );
    await page.getByText(`Đơn vị còn hạn chế (${report.laggingTotal})`).waitFor();
    await page
      .getByText(`Hiển thị ${report.lagging.length} đơn vị hạn chế nhất trong tổng số ${report.laggingTotal}`, {
        exact: false,
      })
      .waitFor();

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
