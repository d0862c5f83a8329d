// Browser flow of the reorganisation wizard against the real Keycloak and backend: a small district
// made for the test (two communes since 2020) has them merged into a new ward on 01/01/2026; the
// Units page then shows the structure of 31/12/2025 and of 01/01/2026.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APP_URL, api, apiToken, chooseOption, signIn, tree, uniqueCode, USERS, withPage } from './support.mjs';

/** Searches a select for `search` as a person types it and picks the option titled `title`. */
async function pick(page, combobox, search, title) {
  await combobox.click();
  await page.keyboard.type(search);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`).click();
}

/** Opens the branch of the tree named `name` (the tree shows only the root's children at first). */
async function expand(page, name) {
  await tree(page)
    .locator('.ant-tree-treenode', { hasText: name })
    .first()
    .locator('.ant-tree-switcher')
    .first()
    .click();
}

test('admin merges two communes through the wizard and sees the tree on the day before and the day after', async () => {
  const token = await apiToken(USERS.admin);
  const province = (await api(token, 'GET', '/units?type=PROVINCE')).items[0];
  const code = uniqueCode();
  const district = await api(token, 'POST', '/units', {
    code: `${code}-D`,
    name: `Huyện Thử ${code}`,
    type: 'DISTRICT',
    parentId: province.id,
    validFrom: '2020-01-01',
  });
  const communeA = await api(token, 'POST', '/units', {
    code: `${code}-A`,
    name: `Xã Thử A ${code}`,
    type: 'COMMUNE',
    parentId: district.id,
    validFrom: '2020-01-01',
  });
  const communeB = await api(token, 'POST', '/units', {
    code: `${code}-B`,
    name: `Xã Thử B ${code}`,
    type: 'COMMUNE',
    parentId: district.id,
    validFrom: '2020-01-01',
  });
  const merged = `Phường Mới ${code}`;

  await withPage('admin-reorganisation-wizard', async (page) => {
    await signIn(page, USERS.admin);
    await page.getByRole('button', { name: 'Sắp xếp đơn vị' }).click();
    await page.getByRole('heading', { name: 'Sắp xếp đơn vị hành chính' }).waitFor();

    // The plan: effective 01/01/2026, one new ward formed from both communes.
    await page.getByLabel('Ngày hiệu lực').fill('01/01/2026');
    await page.getByLabel('Ngày hiệu lực').press('Enter');
    await page.getByLabel('Số văn bản căn cứ').fill(`E2E/${code}`);
    await page.getByRole('button', { name: 'Thêm đơn vị mới' }).click();
    const row = page.locator('.ant-card', { hasText: 'Đơn vị mới 1' }).last();
    await row.getByLabel('Mã đơn vị').fill(`${code}-M`);
    await row.getByLabel('Tên đơn vị').fill(merged);
    await chooseOption(page, row.getByLabel('Loại đơn vị'), 'Xã/phường/thị trấn');
    await pick(page, row.getByLabel('Đơn vị cấp trên'), `${code}-D`, `${district.name} (${district.code})`);
    const mergedFrom = row.getByLabel('Hợp thành từ các đơn vị cũ');
    await pick(page, mergedFrom, `${code}-A`, `${communeA.name} (${communeA.code})`);
    await page.keyboard.press('Escape');
    await pick(page, mergedFrom, `${code}-B`, `${communeB.name} (${communeB.code})`);
    await page.keyboard.press('Escape');

    // The preview names what is created and closed, and writes nothing yet.
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const created = page.locator('.ant-card', { hasText: 'Đơn vị được thành lập (1)' }).last();
    await created.getByText(merged).waitFor();
    const closed = page.locator('.ant-card', { hasText: 'Đơn vị kết thúc (2)' }).last();
    await closed.getByText(communeA.name).waitFor();
    await closed.getByText(communeB.name).waitFor();
    const before = await api(token, 'GET', `/units/${district.id}/tree?on=2026-01-01`);
    assert.deepEqual(before.children.map((child) => child.name).sort(), [communeA.name, communeB.name].sort());

    await page.getByRole('button', { name: 'Áp dụng', exact: true }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Áp dụng', exact: true }).click();
    await page
      .locator('.ant-result-title', { hasText: 'Đã áp dụng phương án sắp xếp có hiệu lực từ ngày 01/01/2026' })
      .waitFor();

    // The day before: the district with its two communes.
    await page.getByRole('button', { name: 'Xem cơ cấu ngày 31/12/2025' }).click();
    await page.waitForURL((url) => url.search.includes('on=2025-12-31'));
    await page.getByText('Cơ cấu tổ chức ngày 31/12/2025').waitFor();
    await expand(page, district.name);
    await tree(page).getByText(communeA.name, { exact: true }).waitFor();
    await tree(page).getByText(communeB.name, { exact: true }).waitFor();
    assert.equal(await tree(page).getByText(merged, { exact: true }).count(), 0);

    // The day after: the new ward in their place.
    await page.goto(`${APP_URL}/units?on=2026-01-01`);
    await page.getByText('Cơ cấu tổ chức ngày 01/01/2026').waitFor();
    await expand(page, district.name);
    await tree(page).getByText(merged, { exact: true }).waitFor();
    assert.equal(await tree(page).getByText(communeA.name, { exact: true }).count(), 0);

    // The lineage of the new ward names both communes, with the legal basis.
    await page.getByRole('searchbox').fill(`${code}-M`);
    await page.getByRole('button', { name: `Lịch sử hình thành của ${merged}` }).click();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText('Hình thành từ').waitFor();
    await drawer.getByText(`${communeA.name} (${communeA.code})`).waitFor();
    await drawer.getByText(`${communeB.name} (${communeB.code})`).waitFor();
    await drawer.getByText(`Căn cứ: E2E/${code}`).first().waitFor();
  });
});
