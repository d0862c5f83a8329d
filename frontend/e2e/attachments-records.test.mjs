// Browser flow of the attachments panel on a record other than feedback: an inspector opens an inspection,
// drops the signed conclusion as a PDF on its conclusion tab, sees it listed, downloads it and deletes it;
// a viewer sees the file but no drop zone and no delete button.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, API_URL, apiToken, APP_URL, signIn, USERS, withPage } from './support.mjs';

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

// A register without a detail page (directive documents): a viewer, whom the edit drawer is not offered, opens the
// document's files from the list's paperclip, read-only, and downloads the signed text.
const SIGNED = `Văn bản ký ${Date.now().toString(36)}.pdf`;

test("a viewer opens a directive document's files from the list's paperclip and downloads them", async () => {
  const viewerToken = await apiToken(USERS.viewer);
  const document = (await api(viewerToken, 'GET', '/documents?size=1&sort=issueDate,desc')).items[0];
  assert.ok(document, 'the demo data holds a directive document the viewer reads');

  const adminToken = await apiToken(USERS.admin);
  const form = new FormData();
  form.append(
    'file',
    new Blob([Buffer.concat([CONCLUSION, Buffer.from(`% ${SIGNED}\n`)])], { type: 'application/pdf' }),
    SIGNED,
  );
  form.append('visibility', 'STAFF');
  const response = await fetch(`${API_URL}/api/v1/attachments/document/${document.id}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken}` },
    body: form,
  });
  assert.ok(response.ok, `the admin attaches the signed text: HTTP ${response.status} ${await response.text()}`);
  const attached = (await api(adminToken, 'GET', `/attachments/document/${document.id}`)).items.find(
    (file) => file.fileName === SIGNED,
  );
  assert.ok(attached, 'the signed text is stored under its name');

  try {
    await withPage('viewer-opens-document-files', async (page) => {
      await signIn(page, USERS.viewer);
      await page.goto(`${APP_URL}/documents`);
      const row = page.locator('tr.ant-table-row').filter({ hasText: document.number }).first();
      await row.getByRole('button', { name: new RegExp(`tệp đính kèm: ${escape(document.number)}$`) }).click();
      const drawer = page.getByTestId('attachments-drawer');
      const file = drawer.getByTestId('attachment-row').filter({ hasText: SIGNED });
      await file.waitFor();
      assert.equal(await drawer.locator('input[type=file]').count(), 0, 'the drawer adds no files');
      assert.equal(await file.getByRole('button', { name: 'Xóa' }).count(), 0, 'the drawer deletes no files');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        file.getByRole('button', { name: 'Tải về' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), SIGNED);
    });
  } finally {
    await api(adminToken, 'DELETE', `/attachments/document/${document.id}/${attached.id}`);
  }
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
