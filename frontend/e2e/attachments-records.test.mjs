// Browser flow of the attachments panel on a record other than feedback: an inspector opens an inspection,
// drops the signed conclusion as a PDF on its conclusion tab, sees it listed, downloads it and deletes it;
// a viewer sees the file but no drop zone and no delete button.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, apiToken, APP_URL, signIn, USERS, withPage } from './support.mjs';

const NAME = `Kết luận kiểm tra ${Date.now().toString(36)}.pdf`;
// Its own comment line, so that no earlier run's file has the same content (the same content is one file).
const CONCLUSION = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n' +
    `% ${NAME}\n`,
);

let inspectionId;

async function openConclusionTab(page) {
  await page.goto(`${APP_URL}/inspections/${inspectionId}`);
  await page.getByTestId('inspection-status').waitFor();
  await page.getByRole('tab', { name: 'Kết luận' }).click();
  return page.getByTestId('attachments-inspection-conclusion');
}

test('an inspector attaches the signed conclusion as a PDF, downloads it and the viewer sees it', async () => {
  const token = await apiToken(USERS.inspector);
  const page1 = await api(token, 'GET', '/inspections?size=1');
  inspectionId = page1.items[0]?.id;
  assert.ok(inspectionId, 'the demo data holds an inspection the inspector sees');

  await withPage('inspector-attaches-conclusion', async (page) => {
    await signIn(page, USERS.inspector);
    const panel = await openConclusionTab(page);
    await panel
      .locator('input[type=file]')
      .setInputFiles({ name: NAME, mimeType: 'application/pdf', buffer: CONCLUSION });
    const row = panel.getByTestId('attachment-row').filter({ hasText: NAME });
    await row.waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'Tải về' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), NAME);
    const { readFile } = await import('node:fs/promises');
    assert.ok((await readFile(await download.path())).toString('latin1').startsWith('%PDF-1.4'));
    assert.equal(await row.getByRole('button', { name: 'Xem' }).count(), 1, 'a PDF can be previewed');
  });

  await withPage('viewer-sees-conclusion', async (page) => {
    await signIn(page, USERS.viewer);
    const panel = await openConclusionTab(page);
    const row = panel.getByTestId('attachment-row').filter({ hasText: NAME });
    await row.waitFor();
    assert.equal(await panel.locator('input[type=file]').count(), 0, 'a viewer adds no files');
    assert.equal(await row.getByRole('button', { name: 'Xóa' }).count(), 0, 'a viewer deletes no files');
  });

  await withPage('inspector-deletes-conclusion', async (page) => {
    await signIn(page, USERS.inspector);
    const panel = await openConclusionTab(page);
    const row = panel.getByTestId('attachment-row').filter({ hasText: NAME });
    await row.getByRole('button', { name: 'Xóa' }).click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await row.waitFor({ state: 'detached' });
  });
});
