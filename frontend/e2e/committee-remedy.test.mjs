// Browser flow of issue 17's "Done when": an officer records a committee meeting whose conclusion is
// the remedy of a shortcoming, marks the remedy done with its evidence, and the dashboard's target on
// the regulations' coverage turns from "at risk" to "on track" once the records (issued regulations,
// made through the API as the commune would) justify it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, apiToken, assertAccessible, chooseOption, signIn, uniqueCode, USERS, withPage } from './support.mjs';

const STATUS = { ON_TRACK: 'Đúng tiến độ', AT_RISK: 'Có nguy cơ không đạt', MET: 'Đạt', MISSED: 'Không đạt' };

/** Today in Vietnam (the server's "today" for plans and targets), as yyyy-mm-dd. */
function todayInVietnam() {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * A coverage threshold that 3 of 4 units (75 %) do not meet yet but that their pace so far, projected
 * linearly to the year's end from 0 % at the start of the year, does — the server's rule
 * (TargetProgress): projected = 0.75 × days in the year / days elapsed, at most 100 %.
 */
function thresholdFor(today) {
  const year = Number(today.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const elapsed = (Date.parse(`${today}T00:00:00Z`) - start) / 86_400_000 + 1;
  const total = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  const projected = Math.min(1, (0.75 * total) / elapsed);
  assert.ok(projected > 0.752, 'on the year\'s last day no pace can be "on track" short of the target');
  return Math.floor(((0.75 + projected) / 2) * 1000) / 1000;
}

test('an officer records a meeting whose conclusion is a remedy, marks it done, and the target turns on track', async () => {
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  const admin = await apiToken(USERS.admin);
  const officer = await apiToken(USERS.officerHaLong);

  // A commune of Hạ Long with three villages, all there since 2020 and none with a regulation yet.
  const haLong = (await api(admin, 'GET', '/units?q=193')).items.find((unit) => unit.code === '193');
  const code = uniqueCode();
  const commune = await api(admin, 'POST', '/units', {
    code: `${code}-X`,
    name: `Xã Thử Ban Chỉ đạo ${code}`,
    type: 'COMMUNE',
    parentId: haLong.id,
    validFrom: '2020-01-01',
  });
  const villages = [];
  for (const index of [1, 2, 3]) {
    villages.push(
      await api(admin, 'POST', '/units', {
        code: `${code}-T${index}`,
        name: `Thôn ${index} ${code}`,
        type: 'VILLAGE',
        parentId: commune.id,
        validFrom: '2020-01-01',
      }),
    );
  }

  // The district's committee (made here if the demo has none), its plan for this year, and a target
  // on the new commune: the share of its units with an issued regulation.
  const committees = (await api(officer, 'GET', '/committees?size=200')).items;
  const committee =
    committees.find((c) => c.unit.code === '193') ??
    (await api(officer, 'POST', '/committees', {
      unitId: haLong.id,
      name: 'Ban Chỉ đạo thực hiện dân chủ ở cơ sở thành phố Hạ Long',
      decisionNumber: '15-QĐ/TU',
      decisionDate: '2021-03-02',
    }));
  const plans = await api(officer, 'GET', `/committees/${committee.id}/plans`);
  if (!plans.some((plan) => plan.year === year)) {
    await api(officer, 'POST', `/committees/${committee.id}/plans`, {
      year,
      theme: 'Nâng cao chất lượng thực hiện dân chủ ở cơ sở',
    });
  }
  const threshold = thresholdFor(today);
  const label = `Quy chế dân chủ ở ${commune.name}`;
  const plan = await api(officer, 'POST', `/committees/${committee.id}/plans/${year}/targets`, {
    figureKey: 'regulations.share',
    comparator: 'GE',
    threshold,
    unitId: commune.id,
    label,
  });
  const target = plan.targets.find((t) => t.label === label);
  assert.equal(target.status, 'AT_RISK', 'no unit of the commune has a regulation yet');

  // The shortcoming the committee named about the commune, still without a remedy.
  const shortcoming = await api(officer, 'POST', `/committees/${committee.id}/shortcomings`, {
    year,
    kind: 'NO_REGULATION',
    description: `Các thôn của ${commune.name} chưa có hương ước`,
    subjectiveCauses: 'Cấp ủy chưa quan tâm chỉ đạo',
    objectiveCauses: 'Cán bộ mới được bố trí',
    unitIds: [commune.id],
  });

  const action = `Chỉ đạo ${commune.name} ban hành quy chế và hương ước trong tháng`;
  const evidence = `Đã ban hành quy chế, hương ước của ba thôn (${code})`;
  await withPage('officer-committee-remedy', async (page) => {
    await signIn(page, USERS.officerHaLong, { landing: 'dashboard' });
    const yearSelect = page.getByRole('combobox', { name: 'Năm' });
    await chooseOption(page, yearSelect, `Năm ${year}`);
    const dashboardTarget = page.getByTestId(`dashboard-target-${target.id}`);
    await dashboardTarget.waitFor();
    assert.equal((await dashboardTarget.innerText()).trim(), STATUS.AT_RISK);

    // The meeting, with its conclusion: a task that remedies the shortcoming, owned by the commune.
    await page.getByRole('menuitem', { name: /Ban Chỉ đạo/ }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/committees'));
    await page.getByText(committee.name, { exact: true }).first().waitFor();
    await page.getByRole('tab', { name: 'Cuộc họp, kết luận' }).click();
    await page.getByRole('button', { name: 'Ghi nhận cuộc họp' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi nhận cuộc họp' });
    await dialog.getByLabel('Ngày họp').fill(today);
    await dialog.getByLabel('Nội dung', { exact: true }).fill(`Họp thường kỳ về quy chế dân chủ ${code}`);
    await dialog.getByLabel('Nội dung kết luận').fill(action);
    // Checked before any select is opened: Ant Design leaves an opened select's list behind, unnamed.
    await assertAccessible(page, 'the meeting form');
    await chooseOption(
      page,
      dialog.getByRole('combobox', { name: 'Khắc phục hạn chế' }),
      `${year} · ${shortcoming.kindLabel} — ${shortcoming.description}`,
    );
    await chooseOption(page, dialog.getByRole('combobox', { name: 'Đơn vị chủ trì' }), commune.name);
    await dialog.getByLabel('Thời hạn').fill(today);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(action).waitFor();

    // The remedy the meeting created, marked done with its evidence.
    await page.getByRole('tab', { name: 'Hạn chế và giải pháp' }).click();
    const remedyRow = page
      .getByRole('tabpanel', { name: 'Hạn chế và giải pháp' })
      .locator('.ant-flex')
      .filter({
        has: page.getByText(`• ${action}`, { exact: true }),
      });
    await remedyRow.getByRole('button', { name: 'Đánh dấu hoàn thành' }).click();
    const completeDialog = page.getByRole('dialog', { name: 'Đánh dấu hoàn thành' });
    await completeDialog.getByLabel('Kết quả, minh chứng').fill(evidence);
    await completeDialog.getByRole('button', { name: 'Đánh dấu hoàn thành' }).click();
    await completeDialog.waitFor({ state: 'detached' });
    await remedyRow.getByText(evidence).waitFor();
    await remedyRow.getByText('Đã hoàn thành', { exact: true }).waitFor();

    const recorded = await api(officer, 'GET', `/committees/${committee.id}/shortcomings/${shortcoming.id}`);
    assert.equal(recorded.remedies.length, 1);
    assert.equal(recorded.remedies[0].action, action);
    assert.equal(recorded.remedies[0].ownerUnit.id, commune.id);
    assert.equal(recorded.remedies[0].status, 'DONE');
    assert.equal(recorded.remedies[0].evidence, evidence);
    assert.ok(recorded.remedied);

    // The records that justify it: the three villages' conventions, issued today.
    for (const [index, village] of villages.entries()) {
      await api(officer, 'POST', '/regulations', {
        unitId: village.id,
        title: `Hương ước ${village.name}`,
        status: 'ISSUED',
        number: `${index + 1}/HƯ-${code}`,
        issueDate: today,
      });
    }
    const moved = (await api(officer, 'GET', `/committees/${committee.id}/plans/${year}`)).targets.find(
      (t) => t.id === target.id,
    );
    assert.equal(moved.value, 0.75);
    assert.equal(moved.status, 'ON_TRACK', `75 % now, projected ${moved.projected} against ${threshold}`);

    // The regulations came from elsewhere (the API): the dashboard shows them once reloaded.
    await page.getByRole('menuitem', { name: /Tổng quan$/ }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/dashboard'));
    await page.reload();
    await chooseOption(page, page.getByRole('combobox', { name: 'Năm' }), `Năm ${year}`);
    await page.getByTestId(`dashboard-target-${target.id}`).getByText(STATUS.ON_TRACK).waitFor();
  });
});
