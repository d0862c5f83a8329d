// Browser flow of an inspection from plan to close, as the inspection commission's staff, against the
// real Keycloak and backend with the Quảng Ninh demo data. Dates are in 2025: 2024 is the demo year.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { signIn, uniqueCode, USERS, withPage } from './support.mjs';

/**
 * Types a date into an Ant Design date picker (DD/MM/YYYY) and confirms it with Enter, which also
 * submits a form with a submit button or a single field; `{ submit: false }` leaves with Tab instead.
 */
async function fillDate(input, date, { submit = true } = {}) {
  await input.click();
  await input.fill(date);
  await input.press(submit ? 'Enter' : 'Tab');
}

/** Searches a server-side select and picks the option whose label is `label`. */
async function pickOption(page, combobox, search, label) {
  await combobox.click();
  await combobox.fill(search);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
}

async function statusIs(page, status) {
  await page.getByTestId('inspection-status').filter({ hasText: status }).waitFor();
}

test('inspector walks an inspection from planned to closed, with a disciplinary action and its history', async () => {
  await withPage('inspector-inspection-flow', async (page) => {
    const code = uniqueCode();
    const topic = `Kiểm tra việc thực hiện dân chủ ở cơ sở ${code}`;
    const decisionNumber = `${code}-QĐ/UBKT`;
    await signIn(page, USERS.inspector);

    await page.getByRole('menuitem', { name: 'Kiểm tra, giám sát' }).click();
    await page.getByRole('heading', { name: 'Kiểm tra, giám sát' }).waitFor();

    // Plan it.
    await page.getByRole('button', { name: /Lập kế hoạch/ }).click();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText('Lập kế hoạch kiểm tra, giám sát').waitFor();
    // An inspection is thematic or on signs of violation, never regular.
    await drawer.getByRole('combobox', { name: 'Hình thức' }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option[title="Khi có dấu hiệu vi phạm"]')
      .waitFor();
    assert.equal(
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Thường xuyên"]').count(),
      0,
    );
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Chuyên đề"]').click();
    await pickOption(
      page,
      drawer.getByRole('combobox', { name: 'Tổ chức đảng được kiểm tra, giám sát' }),
      'DB06694',
      'Đảng bộ phường Bạch Đằng (DB06694)',
    );
    await pickOption(
      page,
      drawer.getByRole('combobox', { name: 'Tổ chức đảng tiến hành' }),
      'DB193',
      'Đảng bộ thành phố Hạ Long (DB193)',
    );
    await drawer.getByLabel('Năm kế hoạch').fill('2025');
    await fillDate(drawer.getByLabel('Bắt đầu dự kiến'), '03/03/2025');
    await fillDate(drawer.getByLabel('Kết thúc dự kiến'), '31/03/2025');
    assert.equal(await drawer.getByLabel('Nội dung').inputValue(), 'Việc thực hiện dân chủ ở cơ sở');
    await drawer.getByLabel('Nội dung').fill(topic);
    const team = drawer.getByRole('combobox', { name: 'Thành viên đoàn' });
    await team.fill('Nguyễn Văn An');
    await team.press('Enter');
    await page.getByRole('button', { name: 'Lưu' }).click();

    await page.waitForURL((url) => /\/inspections\/\d+$/.test(url.pathname));
    await page.getByRole('heading', { name: topic }).waitFor();
    await statusIs(page, 'Kế hoạch');
    assert.equal(await page.getByRole('button', { name: 'Kết thúc' }).count(), 0);

    // Start it.
    await page.getByRole('button', { name: 'Bắt đầu tiến hành' }).click();
    let dialog = page.getByRole('dialog');
    // Enter in the dialog's one field confirms it, as its button would.
    await fillDate(dialog.getByLabel('Ngày bắt đầu thực tế'), '05/03/2025');
    await statusIs(page, 'Đang tiến hành');

    // Before a conclusion is recorded the server does not allow concluding: no such button is offered.
    assert.equal(await page.getByRole('button', { name: 'Chốt kết luận' }).count(), 0);

    // Write the conclusion: a violation, with one recommendation.
    await page.getByRole('tab', { name: 'Kết luận' }).click();
    await page.getByRole('button', { name: 'Ghi kết luận' }).click();
    await page.getByRole('radio', { name: 'Phát hiện vi phạm', exact: true }).check();
    await page
      .getByLabel('Nội dung kết luận')
      .fill('Chưa công khai quy chế dân chủ tại trụ sở; chưa tổ chức đối thoại.');
    await page.getByRole('button', { name: /Thêm kiến nghị/ }).click();
    await page.getByLabel('Nội dung kiến nghị').fill('Niêm yết công khai quy chế tại trụ sở phường');
    const unit = page.getByRole('combobox', { name: 'Đơn vị thực hiện' });
    await unit.click();
    await unit.fill('Bạch Đằng');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: /^Phường Bạch Đằng \(06694\)$/ })
      .click();
    await fillDate(page.getByLabel('Thời hạn'), '30/06/2025', { submit: false });
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu kết luận').waitFor();
    const recommendation = page.locator('.ant-table-tbody tr.ant-table-row', {
      hasText: 'Niêm yết công khai quy chế tại trụ sở phường',
    });
    await recommendation.getByText('30/06/2025').waitFor();
    await recommendation.getByText('Phường Bạch Đằng').waitFor();

    // Conclude.
    await page.getByRole('button', { name: 'Chốt kết luận' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ngày kết thúc thực tế').fill('25/03/2025');
    await dialog.getByRole('button', { name: 'Chốt kết luận' }).click();
    await statusIs(page, 'Đã kết luận');

    // Record a disciplinary action decided on this inspection.
    await page.getByRole('tab', { name: 'Kỷ luật' }).click();
    await page.getByRole('button', { name: /Ghi quyết định kỷ luật/ }).click();
    const actionDrawer = page.locator('.ant-drawer-open');
    await actionDrawer.getByRole('combobox', { name: 'Hình thức kỷ luật' }).click();
    // An organisation is never expelled.
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Giải tán"]').waitFor();
    assert.equal(
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Khai trừ"]').count(),
      0,
    );
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Khiển trách"]').click();
    await actionDrawer.getByLabel('Số quyết định').fill(decisionNumber);
    await fillDate(actionDrawer.getByLabel('Ngày quyết định'), '10/04/2025');
    await actionDrawer.getByLabel('Cơ quan quyết định').fill('Ủy ban Kiểm tra Thành ủy Hạ Long');
    await actionDrawer.getByText(/Cuộc kiểm tra: #\d+/).waitFor();
    await actionDrawer.getByRole('button', { name: 'Lưu' }).click();
    const actionRow = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: decisionNumber });
    await actionRow.waitFor();
    await actionRow.getByText('Khiển trách').waitFor();
    await actionRow.getByText('Kết luận kiểm tra, giám sát (Cuộc này)').waitFor();

    // Close, from the inspection as the server has it now (the action just saved may have moved its version).
    await page.reload();
    await statusIs(page, 'Đã kết luận');
    await page.getByRole('button', { name: 'Kết thúc' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Kết thúc' }).click();
    await statusIs(page, 'Đã kết thúc');
    assert.equal(await page.getByRole('button', { name: /Bắt đầu tiến hành|Chốt kết luận|Hủy cuộc|Sửa/ }).count(), 0);

    // The history shows every step, who took it, field by field.
    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    const entries = page.getByTestId('history-entry');
    await entries.first().waitFor();
    const texts = await entries.allInnerTexts();
    const actions = texts.map((text) =>
      text
        .split('\n')[0]
        .replace(/\s+\d{2}\/\d{2}\/\d{4}.*$/, '')
        .trim(),
    );
    assert.deepEqual(actions, [
      'Kết thúc',
      'Ghi quyết định kỷ luật',
      'Chốt kết luận',
      'Ghi kết luận',
      'Bắt đầu tiến hành',
      'Lập kế hoạch',
    ]);
    assert.ok(
      texts.every((text) => text.includes('bởi inspector')),
      texts.join('\n---\n'),
    );
    const started = entries.filter({ hasText: 'Bắt đầu tiến hành' });
    await started.getByText('05/03/2025').or(started.getByText('2025-03-05')).first().waitFor();
    await entries.filter({ hasText: 'Ghi quyết định kỷ luật' }).getByText(decisionNumber).waitFor();
  });
});
