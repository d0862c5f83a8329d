// Lists that remember: the inbox's filters live in the URL, so that opening a feedback and coming
// back (by the page's link or the browser's Back), a reload and a copied link all give the same list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseOption, signIn, USERS, withPage } from './support.mjs';

const IN_PROGRESS = 'Đang xử lý';

/** The inbox shows the overdue feedback in progress: the box is ticked, the status chosen, every row in progress. */
async function assertFiltered(page) {
  // The page follows its URL a moment after the URL changes: wait for the ticked box rather than read it at once.
  await page.locator('.ant-checkbox-wrapper-checked', { hasText: 'Chỉ ý kiến quá hạn' }).waitFor();
  await page
    .locator('.ant-select', { has: page.getByRole('combobox', { name: 'Trạng thái' }) })
    .getByText(IN_PROGRESS)
    .waitFor();
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  // The rows of the previous filter stay on screen while the next page loads.
  await page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
  // The status column (the deadline column has tags too).
  const statuses = await page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(5) .ant-tag').allInnerTexts();
  assert.ok(statuses.length > 0, 'some overdue feedback is in progress in the demo data');
  assert.ok(
    statuses.every((text) => text === IN_PROGRESS),
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
    // A click, not check(): the box follows the URL, which changes a moment later.
    await page.getByRole('checkbox', { name: 'Chỉ ý kiến quá hạn' }).click();
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
