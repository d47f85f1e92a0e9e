import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { atPath, seeText, tick, visible } from './support/expect-ui';
import { openPage, signIn, signOut } from './support/flows';
import { apiCall, apiLogin, createOpenCall, fundingKindFen, tinyPdf, wanText } from './support/project-api';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const CALL_TITLE = '2026年陇西县科技计划项目（浏览器测试批次）';
const PROJECT = '高性能防腐涂层钢管生产线智能化改造';
const RETURN_REASON = '项目简介未写明预期经济指标，请补充后重新提交';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;
let applicationId = 0;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser();
  const staff = await apiLogin(server.base, 'staff', DEMO_PASSWORD);
  await createOpenCall(server.base, staff, CALL_TITLE);
}, 180_000);

afterAll(async () => {
  // Each cleanup runs even if the other throws: a leaked server or browser would outlive the suite.
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

explainFailures(() => ({ page: browser?.page, server }));

const ctx = () => {
  if (!server || !browser) throw new Error('server or browser did not start');
  return { base: server.base, page: browser.page };
};

/** Opens the application as staff and makes one move through the transition dialog. */
async function staffMove(page: Page, label: string, reason?: string): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(label) });
  await visible(dialog);
  if (reason) await dialog.getByLabel('理由').fill(reason);
  await dialog.getByRole('button', { name: '确定' }).click();
  await seeText(page, `已${label}`);
}

async function scoreAs(page: Page, base: string, username: string, scores: [string, string]): Promise<void> {
  await signIn(page, base, username, DEMO_PASSWORD);
  await openPage(page, base, '/project/reviews');
  const row = page.getByRole('row').filter({ hasText: PROJECT });
  await visible(row);
  await row.getByText('评分', { exact: true }).click();
  const drawer = page.locator('.ant-drawer-content');
  await visible(drawer.getByText('项目实施方案'));
  await drawer.getByLabel(/技术创新性/).fill(scores[0]);
  await drawer.getByLabel(/实施可行性/).fill(scores[1]);
  await drawer.getByLabel('评审意见').fill('技术路线清晰，建议支持。');
  await screenshot(page, `p06-${username}-score`);
  await drawer.getByRole('button', { name: '提交评分' }).click();
  await seeText(page, '已提交评分');
  await visible(page.getByRole('row').filter({ hasText: PROJECT }).getByText('已提交'));
  await signOut(page);
}

describe('project application, review and funding in the browser', () => {
  it('the enterprise user applies to the open call with an attachment', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    await openPage(page, base, '/project/mine');
    await page.getByRole('button', { name: '新建申报' }).click();
    const picker = page.getByRole('dialog', { name: '选择申报批次' });
    await visible(picker.getByText(CALL_TITLE));
    await picker.locator('.ant-list-item', { hasText: CALL_TITLE }).getByRole('button', { name: '申报' }).click();
    await atPath(page, '/project/mine/new');

    await page.getByLabel('项目名称').fill(PROJECT);
    await page.getByLabel('申请金额（万元）').fill('200');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('项目负责人').fill('王建国');
    await page.getByLabel('项目简介').fill('对防腐涂层钢管生产线实施智能化改造，提升产品合格率。');
    await page.getByRole('button', { name: '下一步' }).click();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '项目实施方案.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await seeText(page, '已上传“项目实施方案.pdf”');
    await screenshot(page, 'p01-enterprise-attachment');
    await page.getByRole('button', { name: '下一步' }).click();
    await visible(page.locator('.ant-descriptions').getByText('王建国'));
    await page.getByRole('button', { name: '提交申报' }).click();
    await seeText(page, '已提交申报书');
    await page.waitForURL((u) => /^\/project\/mine\/\d+$/.test(u.pathname));
    applicationId = Number(new URL(page.url()).pathname.split('/').pop());
    await visible(page.locator('.ant-tag', { hasText: '已提交' }));
    await screenshot(page, 'p02-enterprise-submitted');
    await signOut(page);
  });

  it('staff return it for changes with a reason', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, '/project/applications');
    await page.getByRole('tab', { name: '已提交' }).click();
    await page.getByRole('link', { name: PROJECT }).click();
    await atPath(page, `/project/applications/${applicationId}`);
    await staffMove(page, '受理审核');
    await staffMove(page, '退回修改', RETURN_REASON);
    await visible(page.locator('.ant-descriptions-title .ant-tag', { hasText: '退回修改' }));
    await screenshot(page, 'p03-staff-returned');
    await signOut(page);
  });

  it('the enterprise sees the reason and resubmits', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    await openPage(page, base, `/project/mine/${applicationId}`);
    await seeText(page, RETURN_REASON);
    await page.getByRole('button', { name: '修改申报书' }).click();
    await atPath(page, `/project/mine/${applicationId}/edit`);
    await visible(page.getByTestId('return-reason').getByText(RETURN_REASON));
    await page.getByRole('button', { name: '下一步' }).click();
    await page
      .getByLabel('项目简介')
      .fill('对防腐涂层钢管生产线实施智能化改造，预计年新增产值 3000 万元、合格率提升至 99.5%。');
    await page.getByRole('button', { name: '下一步' }).click();
    await visible(page.getByText('项目实施方案.pdf'));
    await page.getByRole('button', { name: '下一步' }).click();
    await screenshot(page, 'p04-enterprise-resubmit');
    await page.getByRole('button', { name: '修改后重新提交' }).click();
    await seeText(page, '已重新提交申报书');
    await visible(page.locator('.ant-tag', { hasText: '已提交' }));
    await signOut(page);
  });

  it('staff recommend it and assign two experts', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, `/project/applications/${applicationId}`);
    await staffMove(page, '受理审核');
    await staffMove(page, '推荐上报');
    // 吴专家 declares a conflict with the applicant: the dialog must show it before anything is saved.
    const staffApi = await apiLogin(base, 'staff', DEMO_PASSWORD);
    const wu = (
      await apiCall<{ userId: number; name: string; version: number }[]>(base, staffApi, 'GET', '/experts')
    ).find((x) => x.name === '吴专家')!;
    await apiCall(base, staffApi, 'PUT', `/experts/${wu.userId}`, {
      version: wu.version,
      conflicts: [{ name: '甘肃青龙管业有限责任公司', reason: '曾任该公司技术顾问' }],
    });
    await page.getByRole('button', { name: '指派专家' }).click();
    const dialog = page.getByRole('dialog', { name: /指派评审专家/ });
    await visible(dialog.getByText('每份申报书至少 2 名专家'));
    const wuRow = dialog.getByRole('row').filter({ hasText: '吴专家' });
    await visible(wuRow.getByText('专家申报了回避：曾任该公司技术顾问'));
    expect(await wuRow.getByRole('checkbox').isDisabled()).toBe(true);
    await tick(dialog.getByRole('row').filter({ hasText: '周专家' }).getByRole('checkbox'));
    await tick(dialog.getByRole('row').filter({ hasText: '孙专家' }).getByRole('checkbox'));
    await visible(dialog.getByText('本次已选 2 名'));
    await page.waitForTimeout(400); // let antd's checkbox animation settle, so the screenshot shows both ticks
    await screenshot(page, 'p05-staff-assign-candidates');
    await dialog.getByRole('button', { name: '确定' }).click();
    await seeText(page, '已指派 2 项评审任务');
    await visible(page.getByRole('row').filter({ hasText: '周专家' }).getByText('待评审'));
    await screenshot(page, 'p05-staff-assigned', { fullPage: true });
    await signOut(page);
  });

  it('expert and expert2 each score it', async () => {
    const { base, page } = ctx();
    await scoreAs(page, base, 'expert', ['42', '45.5']);
    await scoreAs(page, base, 'expert2', ['38', '40']);
  });

  it('the leader confirms the ranking', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'leader', DEMO_PASSWORD);
    await openPage(page, base, '/project/calls');
    await page.getByRole('row').filter({ hasText: CALL_TITLE }).getByRole('link', { name: '评审排名' }).click();
    const row = page.getByRole('row').filter({ hasText: PROJECT });
    await visible(row);
    // Mean of 87.50 and 78.00.
    await visible(row.getByText('82.75'));
    await page.getByRole('button', { name: '确认排名' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
    await seeText(page, '已确认评审排名');
    await visible(page.getByTestId('ranking-confirmed'));
    await screenshot(page, 'p07-leader-ranking');
    await signOut(page);
  });

  it('staff register the project, record its funds, and the ledger shows the grant total of its own kind', async () => {
    const { base, page } = ctx();
    const staffApi = await apiLogin(base, 'staff', DEMO_PASSWORD);
    const before = await fundingKindFen(base, staffApi);

    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, `/project/applications/${applicationId}`);
    // A detail page names the browser tab after its record, not just the product.
    await page.waitForFunction((title) => document.title === title, `${PROJECT} - 科创 · 县科技局业务平台`);
    await staffMove(page, '登记立项');
    await page.getByRole('button', { name: '登记资金' }).click();
    const dialog = page.getByRole('dialog', { name: /登记资金/ });
    await visible(dialog);
    await dialog.locator('.ant-form-item', { hasText: '资金来源' }).locator('.ant-select-selector').click();
    await page.locator('.ant-select-item-option[title="县级"]').click();
    await dialog.getByLabel('金额（万元）').fill('200');
    await dialog.getByLabel('文号').fill('陇科发〔2026〕12号');
    await screenshot(page, 'p08-staff-funding');
    await dialog.getByRole('button', { name: '确定' }).click();
    await seeText(page, '已登记 200.00 万元');

    await openPage(page, base, '/project/funding');
    await visible(page.getByRole('row').filter({ hasText: PROJECT }));
    // Only the grants grow, and the grant total is shown on its own: kinds are never added together.
    const after = await fundingKindFen(base, staffApi);
    expect(after.get('grant')! - before.get('grant')!).toBe(200_0000_00n);
    for (const kind of ['allocation', 'disbursement', 'matching']) expect(after.get(kind)).toBe(before.get(kind));
    await visible(page.getByTestId('funding-total-grant').getByText(`下达资金 ${wanText(after.get('grant')!)} 万元`));
    expect(await page.getByTestId('funding-totals').innerText()).not.toContain('合计');
    await screenshot(page, 'p09-funding-ledger');
    await signOut(page);
  });
});
