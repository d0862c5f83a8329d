// Lists that remember: the inbox's filters live in the URL, so that opening a feedback and coming
// back (by the page's link or the browser's Back), a reload and a copied link all give the same list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseOption, signIn, USERS, withPage } from './support.mjs';

const IN_PROGRESS = 'Đang xử lý';

/** The inbox shows the overdue feedback in progress: the box is ticked, the status chosen, every row in progress. */
async function assertFiltered(page) {
  await page.getByRole('checkbox', { name: 'Chỉ ý kiến quá hạn' }).waitFor();
  assert.equal(await page.getByRole('checkbox', { name: 'Chỉ ý kiến quá hạn' }).isChecked(), true);
  await page
    .locator('.ant-select', { has: page.getByRole('combobox', { name: 'Trạng thái' }) })
    .getByText(IN_PROGRESS)
    .waitFor();
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  const statuses = await page.locator('.ant-table-tbody tr.ant-table-row .ant-tag').allInnerTexts();
  assert.ok(statuses.length > 0, 'some overdue feedback is in progress in the demo data');
  assert.ok(
    statuses.filter((text) => text !== 'Khẩn').every((text) => text === IN_PROGRESS),
    `only feedback in progress: ${statuses.join(', ')}`,
  );
}

test('the inbox filter survives opening a feedback and coming back, a reload and a copied link', async () => {
  await withPage('inbox-filters-in-the-url', async (page) => {
    await signIn(page, USERS.admin, { landing: 'dashboard' });
    await page
      .getByRole('menuitem', { name: /Ý kiến, phản ánh$/ })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname.endsWith('/feedback'));

    await chooseOption(page, page.getByRole('combobox', { name: 'Trạng thái' }), IN_PROGRESS);
    await page.getByRole('checkbox', { name: 'Chỉ ý kiến quá hạn' }).check();
    await page.waitForURL(
      (url) => url.searchParams.get('status') === 'IN_PROGRESS' && url.searchParams.get('overdue') === 'true',
    );
    await assertFiltered(page);
    const listUrl = page.url();

    // Open a feedback, come back by the page's link.
    await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
    await page.waitForURL((url) => /\/feedback\/\d+$/.test(url.pathname));
    await page.getByText('Về danh sách ý kiến').click();
    await page.waitForURL((url) => url.href === listUrl);
    await assertFiltered(page);

    // Open it again, come back with the browser's Back.
    await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
    await page.waitForURL((url) => /\/feedback\/\d+$/.test(url.pathname));
    await page.goBack();
    await page.waitForURL((url) => url.href === listUrl);
    await assertFiltered(page);

    await page.reload();
    await assertFiltered(page);

    // A copied link opens the same list in another tab.
    const other = await page.context().newPage();
    await other.goto(listUrl);
    await assertFiltered(other);
    assert.equal(other.url(), listUrl);
  });
});
